import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { FRAMEWORK_NAMES } from '../domain/frameworks';
import { resolveTeamLink } from '../domain/links/resolve';
import {
  cleanDecisionName,
  encodeTeamQuery,
  MAX_DECISION_NAME_LENGTH,
  MAX_TEAM_MEMBERS,
  mergeMembers,
  type Team,
  type TeamMember,
} from '../domain/links/team-link';
import { formatDay } from '../domain/dates';
import type { ModelDeclaration } from '../domain/model-types';
import type { Answers } from '../domain/questions';
import { decideAsTeam } from '../domain/team-aggregate';
import { countWord, memberLabel, memberList, notEveryonesPickSentence } from '../domain/team-text';
import { absoluteUrl, paths } from '../paths';
import { useModelRegistry } from '../ui/model-registry-context';
import { CopyField } from '../ui/copy-field';
import { IgnoredNotice } from '../ui/ignored-notice';
import { NewerVersionPage } from '../ui/newer-version-page';
import { PageHeading } from '../ui/page-heading';
import { RankingList } from '../ui/ranking-list';
import { useDocumentTitle } from '../ui/use-document-title';
import { useToday } from '../ui/use-result-link';
import { TeamAnswerForm } from './team-answer-form';
import { readTeamPageState, type TeamPageState } from './team-navigation';
import { TeamPasteForm } from './team-paste-form';
import { TeamRecordSection } from './team-record-section';
import { MembersTable, MustHaveMarksSection, PivotSection, SplitsSection } from './team-results';
import './team.css';

/** A name inside a sentence, isolated so that a right-to-left name cannot reorder the rest. */
function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}

/**
 * Several people's answers, one decision. Everything is in the URL: each person adds their
 * answers and gets a new link carrying everyone's so far; nothing is stored or sent anywhere.
 */
export function TeamPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const registry = useModelRegistry();
  const today = useToday();
  const resolved = useMemo(
    () => resolveTeamLink(location.search, registry),
    [location.search, registry],
  );
  const decision = useMemo(
    () =>
      resolved.kind === 'team'
        ? decideAsTeam(resolved.decoded.team.members, resolved.model, registry, today)
        : undefined,
    [resolved, registry, today],
  );
  const teamModel = resolved.kind === 'team' ? resolved.model : registry.current;
  const { prefill, note } = readTeamPageState(location.state, teamModel);
  useDocumentTitle(
    resolved.kind === 'newer'
      ? 'Team link from a newer version'
      : resolved.decoded.team.name === ''
        ? 'Decide with your team'
        : `${resolved.decoded.team.name}: team decision`,
  );

  if (resolved.kind === 'newer' || !decision) {
    return (
      <NewerVersionPage
        what="team link"
        version={resolved.kind === 'newer' ? resolved.version : 0}
        startHref={paths.team.getHref()}
        startLabel="Start a new team"
      />
    );
  }
  const { decoded, model } = resolved;
  const { team } = decoded;
  const count = team.members.length;
  const winnerName = FRAMEWORK_NAMES[decision.winner];

  const teamUrl = absoluteUrl(paths.team.getHref(encodeTeamQuery(team)));
  const go = (next: Team, message: string, replace = false) => {
    const state: TeamPageState = { note: message };
    void navigate(paths.team.getHref(encodeTeamQuery(next)), { state, replace });
  };
  const addMembers = (incoming: readonly TeamMember[], message: string) => {
    const next = mergeMembers(team, incoming);
    const added = next.members.length - count;
    const left = incoming.length - added;
    const leftOut =
      left > 0
        ? ` ${countWord(left)} already in the team or over the limit of ${MAX_TEAM_MEMBERS}, left out.`
        : '';
    go(
      next,
      `${message}${leftOut} The team link now carries ${countWord(next.members.length)} ${next.members.length === 1 ? 'person’s' : 'people’s'} answers: copy it and send it on.`,
    );
  };
  const addOwn = (name: string, answers: Answers) => {
    const member = { name, answers, modelId: team.modelId };
    addMembers([member], `Added ${isolated(memberLabel(member, count))}’s answers.`);
  };
  const notEveryones = notEveryonesPickSentence(decision);

  return (
    <div className="team-page">
      {decoded.ignored.length > 0 && <IgnoredNotice ignored={decoded.ignored} what="team link" />}
      {!resolved.current && (
        <p className="notice" role="note">
          This team’s combined answers are scored with {decision.report.model.line}
          {decoded.modelNamed ? ', as its link asks' : ', which team links without a model use'}.
        </p>
      )}
      {decision.otherModels.length > 0 && (
        <p className="notice" role="note">
          {memberList(
            decision.members.map((outcome) => outcome.member),
            decision.otherModels,
          )}{' '}
          answered under another scoring model than the team’s (
          {decision.otherModels
            .map((index) => decision.members[index]?.member.modelId)
            .filter((id, at, all) => all.indexOf(id) === at)
            .join(', ')}
          ): each own result below uses that model, as their own link does; the team’s pick uses{' '}
          {model.id}, released {formatDay(model.released)}, and answers it does not ask do not count
          for it.
        </p>
      )}
      <p className="eyebrow">{team.name === '' ? 'Team decision' : <bdi>{team.name}</bdi>}</p>
      <PageHeading>
        {count === 0 ? 'Decide with your team' : `${winnerName} is the team’s pick`}
      </PageHeading>
      {note && (
        <p className="notice" role="status">
          {note}
        </p>
      )}
      {count === 0 ? (
        <p className="lede">
          Each person answers the questions on their own; the picker combines the answers into one
          recommendation and shows where you agree and where you split. Add your answers, then send
          the link to your team: each person adds theirs and sends the new link on. Everything stays
          in the link: nothing is stored or sent anywhere.
        </p>
      ) : (
        <p className="lede">
          On the combined answers of {countWord(count)} {count === 1 ? 'person' : 'people'},{' '}
          {winnerName} scores {decision.report.ranking[0]?.score} of 100.
          {decision.report.weights.generalView &&
            ' The combined answers state no priority yet, so this is a general view.'}
        </p>
      )}
      {notEveryones && (
        <p className="notice" role="note">
          {notEveryones}
        </p>
      )}
      {count > 0 && <RankingList ranking={decision.report.ranking} />}

      <AddAnswersSection
        model={model}
        key={location.key}
        collapsed={count > 0 && Object.keys(prefill).length === 0}
        addAnother={note !== undefined}
        prefill={prefill}
        full={count >= MAX_TEAM_MEMBERS}
        onAdd={addOwn}
      />

      <section className="section" aria-labelledby="team-link-heading">
        <h2 id="team-link-heading">Send the team link</h2>
        <p>
          It carries the decision’s name and everyone’s answers so far. Whoever opens it can add
          theirs and send the new link on, or back to you.
        </p>
        <CopyField label="Team link" value={teamUrl} buttonLabel="Copy team link" />
        <DecisionNameForm
          key={`name-${location.key}`}
          name={team.name}
          onSave={(name) =>
            go(
              { ...team, name },
              name === '' ? 'Removed the decision’s name.' : 'Saved the decision’s name.',
              true,
            )
          }
        />
      </section>

      <section className="section" aria-labelledby="team-paste-heading">
        <h2 id="team-paste-heading">Add someone from their link</h2>
        <p>
          Someone who went through the wizard on their own can send you their result link; a
          teammate may also send back a team link of their own. Paste either here.
        </p>
        <TeamPasteForm onAdd={addMembers} />
      </section>

      {count > 0 && (
        <>
          <section className="section" aria-labelledby="team-members-heading">
            <h2 id="team-members-heading">Who answered</h2>
            <MembersTable
              decision={decision}
              onRemove={(index) => {
                const member = team.members[index];
                go(
                  { ...team, members: team.members.filter((_, i) => i !== index) },
                  `Removed ${isolated(member ? memberLabel(member, index) : `Member ${index + 1}`)}.`,
                );
              }}
            />
          </section>
          <SplitsSection decision={decision} />
          <PivotSection decision={decision} />
          <MustHaveMarksSection decision={decision} />
          <TeamRecordSection team={team} decision={decision} teamUrl={teamUrl} />
        </>
      )}
    </div>
  );
}

function AddAnswersSection({
  model,
  collapsed,
  addAnother,
  prefill,
  full,
  onAdd,
}: {
  model: ModelDeclaration;
  /** The form waits behind a button, so that the team's result stays in view. */
  collapsed: boolean;
  /** Someone was just added from this page: the button offers to add another person. */
  addAnother: boolean;
  prefill: Answers;
  full: boolean;
  onAdd: (name: string, answers: Answers) => void;
}) {
  const [open, setOpen] = useState(!collapsed);
  const formRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Opened by the button: move focus into the form, which replaced the button.
    if (open && collapsed) formRef.current?.querySelector('input')?.focus();
  }, [open, collapsed]);
  return (
    <section className="section" aria-labelledby="team-add-heading">
      <h2 id="team-add-heading">Add your answers</h2>
      {open ? (
        <div ref={formRef}>
          <p>
            The same questions as the wizard, on one page. Skip any you have no view on: a skipped
            question does not count for you.
          </p>
          <TeamAnswerForm model={model} initialAnswers={prefill} full={full} onAdd={onAdd} />
        </div>
      ) : (
        <>
          <p>
            Answer the same questions as the wizard, on one page, and get a new team link that
            carries your answers too.
          </p>
          <div className="actions">
            <button
              type="button"
              className={addAnother ? 'button button--secondary' : 'button'}
              onClick={() => setOpen(true)}
            >
              {addAnother ? 'Add another person’s answers' : 'Answer the questions'}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function DecisionNameForm({ name, onSave }: { name: string; onSave: (name: string) => void }) {
  const id = useId();
  const [value, setValue] = useState(name);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSave(cleanDecisionName(value));
  }
  return (
    <form className="team-form team-form--inline" noValidate onSubmit={handleSubmit}>
      <div className="team-form__name">
        <label htmlFor={id}>Name the decision (optional)</label>
        <input
          id={id}
          type="text"
          maxLength={MAX_DECISION_NAME_LENGTH}
          placeholder="e.g. Backend for the billing service"
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button button--secondary">
          Save name
        </button>
      </div>
    </form>
  );
}
