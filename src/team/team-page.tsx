import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { formatDay } from '../domain/dates';
import { FRAMEWORK_NAMES } from '../domain/frameworks';
import { readPastedText } from '../domain/links/pasted-link';
import { resolveTeamLink } from '../domain/links/resolve-team';
import {
  cleanMemberName,
  encodeTeamQuery,
  MAX_TEAM_MEMBERS,
  type Team,
} from '../domain/links/team-link';
import type { ModelDeclaration } from '../domain/model-types';
import type { Answers } from '../domain/questions';
import { decideAsTeam, type TeamDecision } from '../domain/team-aggregate';
import { mergeIntoTeam, rosterOf, withDetails, type Incoming } from '../domain/team-members';
import {
  answerFormError,
  answersAddedSentence,
  askedSentence,
  countWord,
  holdsSentence,
  memberList,
  notEveryonesPickSentence,
  pasteSentences,
  removedSentence,
  rosterSentences,
  sendBackSentence,
  sentenceText,
  teamTitle,
  type Sentence,
} from '../domain/team-text';
import { absoluteUrl, paths } from '../paths';
import { CopyField } from '../ui/copy-field';
import { FrameworkPatterns } from '../ui/framework-key';
import { IgnoredNotice } from '../ui/ignored-notice';
import { useModelRegistry } from '../ui/model-registry-context';
import { NewerVersionPage } from '../ui/newer-version-page';
import { KEEP_FOCUS } from '../ui/page-heading';
import { PageHeading } from '../ui/page-heading';
import { RankingList } from '../ui/ranking-list';
import {
  readTeamPageState,
  teamViewOf,
  type TeamPageState,
  type TeamRole,
} from '../ui/team-page-state';
import { useDocumentTitle } from '../ui/use-document-title';
import { useToday } from '../ui/use-result-link';
import { SentencesText, SentenceText } from './sentences';
import { TeamAnswerForm } from './team-answer-form';
import { TeamDetailsForm, type TeamDetails } from './team-details-form';
import { TeamPasteForm } from './team-paste-form';
import { TeamRecordSection } from './team-record-section';
import { MembersTable, MustHaveMarksSection, PivotSection, SplitsSection } from './team-results';
import './team.css';

/** The one line every "nothing found" answer to a paste ends with. */
const PASTE_HELP =
  'Paste the whole link of a result page (…/result?…) or a team page (…/team?…), as it was sent to you.';

/**
 * Several people's answers, one decision. Everything is in the URL: the lead starts a team and
 * sends its link; each teammate answers on their own (the team's pick stays hidden until they have,
 * so it cannot sway them) and sends their reply back; the lead pastes the replies, which merge
 * without losing or doubling anyone. Nothing is stored or sent anywhere.
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
  const teamModel = resolved.kind === 'team' ? resolved.model : registry.current;
  const { prefill, note, role } = readTeamPageState(location.state, teamModel);
  const view = resolved.kind === 'team' ? teamViewOf(resolved.decoded.team, role) : undefined;
  // The team's pick is worked out for the team's view only: a teammate answering first never has
  // it computed, let alone shown.
  const decision = useMemo(
    () =>
      resolved.kind === 'team' && view === 'team' && resolved.decoded.team.members.length > 0
        ? decideAsTeam(resolved.decoded.team.members, resolved.model, registry, today)
        : undefined,
    [resolved, view, registry, today],
  );
  useDocumentTitle(
    resolved.kind === 'newer'
      ? 'Team link from a newer version'
      : view === 'start'
        ? 'Decide with your team'
        : `${sentenceText(teamTitle(resolved.decoded.team))}: team decision`,
  );

  if (resolved.kind === 'newer') {
    return (
      <NewerVersionPage
        what="team link"
        version={resolved.version}
        startHref={paths.team.getHref()}
        startLabel="Start a new team"
      />
    );
  }
  const { decoded, model } = resolved;
  const { team } = decoded;

  const go = (next: Team, state: TeamPageState, replace = false) => {
    void navigate(paths.team.getHref(encodeTeamQuery(next)), { state, replace });
  };
  const topNote = (...sentences: Sentence[]): TeamPageState['note'] => ({ at: 'top', sentences });

  const actions: TeamActions = {
    start: (details) => go(withDetails(team, details), { role: 'lead', prefill }),
    saveDetails: (details) =>
      go(withDetails(team, details), {
        role: role ?? 'lead',
        note: topNote([{ text: 'Saved the decision’s details.', echoed: false }]),
      }),
    addAnswers: (name, answers) => {
      const outcome = mergeIntoTeam(team, [
        { members: [{ name, answers, modelId: team.modelId }], from: 'form' },
      ]);
      const error = answerFormError(outcome);
      if (error) return error;
      const added = answersAddedSentence(outcome);
      // The lead adding their own answers stays the lead; anyone else has now answered.
      go(outcome.team, {
        role: role === 'lead' ? 'lead' : 'answered',
        note: topNote(...(added ? [added] : []), holdsSentence(outcome.team.members.length)),
      });
      return undefined;
    },
    paste: (text, name) => {
      const read = readPastedText(text, registry);
      const usable = read.links.filter((link) => link.kind !== 'newer');
      const newer = read.links.length - usable.length;
      if (usable.length === 0) {
        return [
          {
            text:
              newer > 0
                ? `That link was made by a newer version of the picker: open it on the site it came from.`
                : read.others.length > 0
                  ? `That is not a result or team link. ${PASTE_HELP}`
                  : `No result or team link found in that text. ${PASTE_HELP}`,
            echoed: false,
          },
        ];
      }
      const results = usable.filter((link) => link.kind === 'result').length;
      if (cleanMemberName(name) !== '' && results !== 1) {
        return [
          {
            text:
              results === 0
                ? 'A team link names its own members: leave the name empty.'
                : 'A name goes with one result link: paste them one at a time to name each, or leave the name empty.',
            echoed: false,
          },
        ];
      }
      const incoming = usable.map((link): Incoming => {
        if (link.kind === 'result') {
          return {
            members: [
              { name: cleanMemberName(name), answers: link.answers, modelId: link.modelId },
            ],
          };
        }
        const { name: decisionName, lead, expected, members } = link.decoded.team;
        return { members, details: { name: decisionName, lead, expected } };
      });
      const outcome = mergeIntoTeam(team, incoming);
      const sentences = pasteSentences({
        outcome,
        others: read.others,
        newer,
        links: read.links.length,
        ignored: usable.map((link, index) => ({
          link: index + 1,
          parts: link.kind === 'result' ? link.ignored : link.decoded.ignored,
        })),
      });
      go(outcome.team, { role: 'lead', ...KEEP_FOCUS, note: { at: 'paste', sentences } });
      return undefined;
    },
    remove: (index) => {
      const member = team.members[index];
      if (!member) return;
      go(
        { ...team, members: team.members.filter((_, i) => i !== index) },
        { role: role ?? 'lead', note: topNote(removedSentence(member, index)) },
      );
    },
    viewFirst: () => {
      const state: TeamPageState = { role: 'viewing' };
      void navigate({ search: location.search }, { state, replace: true });
    },
  };

  const notices = (
    <>
      {decoded.ignored.length > 0 && <IgnoredNotice ignored={decoded.ignored} what="team link" />}
    </>
  );
  const noteAtTop = note?.at === 'top' && (
    <p className="notice" role="status">
      <SentencesText sentences={note.sentences} />
    </p>
  );

  if (view === 'start') {
    return (
      <div className="team-page">
        {notices}
        <PageHeading>Decide with your team</PageHeading>
        {noteAtTop}
        <p className="lede">
          Each person answers the questions on their own; the picker combines the answers into one
          recommendation and shows where you agree and where you split. Start the team, send its
          link, and paste the replies you get back. Everything stays in the link: nothing is stored
          or sent anywhere.
        </p>
        <section className="section" aria-labelledby="team-start-heading">
          <h2 id="team-start-heading">Start the team</h2>
          <TeamDetailsForm team={team} submitLabel="Start the team" onSave={actions.start} />
        </section>
        <section className="section" aria-labelledby="team-paste-heading">
          <h2 id="team-paste-heading">Already have replies or result links?</h2>
          <p>Paste them here and they make a team of their own.</p>
          <TeamPasteForm note={undefined} onPaste={actions.paste} />
        </section>
      </div>
    );
  }

  if (view === 'answer-first') {
    const count = team.members.length;
    return (
      <div className="team-page">
        {notices}
        <p className="eyebrow">Team decision</p>
        <PageHeading>
          <SentenceText sentence={teamTitle(team)} />
        </PageHeading>
        {noteAtTop}
        <p className="lede">
          <SentenceText sentence={askedSentence(team)} /> Answer on your own: the team’s answers and
          its pick show once you have added yours, so they cannot sway you.
          {count > 0 &&
            ` ${countWord(count).replace(/^./, (first) => first.toUpperCase())} ${count === 1 ? 'person has' : 'people have'} answered so far.`}
        </p>
        <div className="actions">
          <button type="button" className="button button--secondary" onClick={actions.viewFirst}>
            Show me the team’s view first
          </button>
        </div>
        <AnswerSection
          key={location.key}
          model={model}
          team={team}
          prefill={prefill}
          initialName=""
          heading="Your answers"
          open
          onAdd={actions.addAnswers}
        />
      </div>
    );
  }

  return (
    <TeamView
      formKey={location.key}
      team={team}
      model={model}
      decision={decision}
      role={role ?? 'lead'}
      prefill={prefill}
      current={resolved.current}
      modelNamed={decoded.modelNamed}
      notices={notices}
      noteAtTop={noteAtTop}
      pasteNote={note?.at === 'paste' ? note.sentences : undefined}
      actions={actions}
    />
  );
}

interface TeamActions {
  start: (details: TeamDetails) => void;
  saveDetails: (details: TeamDetails) => void;
  addAnswers: (name: string, answers: Answers) => Sentence | undefined;
  paste: (text: string, name: string) => Sentence | undefined;
  remove: (index: number) => void;
  viewFirst: () => void;
}

/**
 * The team's view: who has answered and who is still expected first (with the lead's tools: the
 * link to send and the field for replies), then the team's pick and everything behind it. A
 * teammate who has just answered gets their reply to send back above it all.
 */
function TeamView({
  formKey,
  team,
  model,
  decision,
  role,
  prefill,
  current,
  modelNamed,
  notices,
  noteAtTop,
  pasteNote,
  actions,
}: {
  /** A fresh answer form after every change: nothing typed for one person stays for the next. */
  formKey: string;
  team: Team;
  model: ModelDeclaration;
  decision: TeamDecision | undefined;
  role: TeamRole;
  prefill: Answers;
  current: boolean;
  modelNamed: boolean;
  notices: ReactNode;
  noteAtTop: ReactNode;
  pasteNote: readonly Sentence[] | undefined;
  actions: TeamActions;
}) {
  const teamUrl = absoluteUrl(paths.team.getHref(encodeTeamQuery(team)));
  const roster = rosterOf(team);
  const answered = role === 'answered';
  // Someone who has not answered yet (the lead, or a teammate looking first) answers near the top.
  const answerSoon = role === 'viewing' || (role === 'lead' && roster.leadPlace === undefined);
  const answerSection = (
    <AnswerSection
      key={formKey}
      model={model}
      team={team}
      prefill={prefill}
      // The lead's own name, on the lead's page, until the lead is a member.
      initialName={role === 'lead' && roster.leadPlace === undefined ? (team.lead ?? '') : ''}
      heading={answerSoon ? 'Add your answers' : 'Add another person’s answers'}
      open={team.members.length === 0 || Object.keys(prefill).length > 0}
      onAdd={actions.addAnswers}
    />
  );
  return (
    <div className="team-page">
      <FrameworkPatterns />
      {notices}
      <p className="eyebrow">
        Team decision
        {team.lead && (
          <>
            , asked by <bdi>{team.lead}</bdi>
          </>
        )}
      </p>
      <PageHeading>
        <SentenceText sentence={teamTitle(team)} />
      </PageHeading>
      {noteAtTop}
      {answered && (
        <section className="section team-reply" aria-labelledby="team-reply-heading">
          <h2 id="team-reply-heading">Send your reply</h2>
          <p>
            Your reply is the team link with your answers in it.{' '}
            <SentenceText sentence={sendBackSentence(team)} />
          </p>
          <CopyField label="Your reply" value={teamUrl} buttonLabel="Copy your reply" />
        </section>
      )}
      <section className="section" aria-labelledby="team-roster-heading">
        <h2 id="team-roster-heading">Who has answered</h2>
        <p>
          <SentencesText sentences={rosterSentences(team, roster)} />
        </p>
        {!answered && (
          <>
            <h3>Send the team link</h3>
            <p>
              Send it to everyone you ask. Each answers on their own and sends their reply back to
              you.
            </p>
            <CopyField label="Team link" value={teamUrl} buttonLabel="Copy team link" />
            <h3>Add the replies you get</h3>
            <TeamPasteForm note={pasteNote} onPaste={actions.paste} />
          </>
        )}
      </section>
      {answerSoon && answerSection}
      {decision && (
        <TeamPick
          team={team}
          decision={decision}
          current={current}
          modelNamed={modelNamed}
          model={model}
          onRemove={actions.remove}
        />
      )}
      {decision && <TeamRecordSection team={team} decision={decision} teamUrl={teamUrl} />}
      {!answerSoon && answerSection}
      {!answered && (
        <details className="section team-details">
          <summary>Change the decision’s name, who asked or who is expected</summary>
          <TeamDetailsForm team={team} submitLabel="Save" onSave={actions.saveDetails} />
        </details>
      )}
    </div>
  );
}

/** The team's pick and everything behind it: scores, each member's own, splits, what changes it. */
function TeamPick({
  team,
  decision,
  current,
  modelNamed,
  model,
  onRemove,
}: {
  team: Team;
  decision: TeamDecision;
  current: boolean;
  modelNamed: boolean;
  model: ModelDeclaration;
  onRemove: (index: number) => void;
}) {
  const count = team.members.length;
  const winnerName = FRAMEWORK_NAMES[decision.winner];
  const notEveryones = notEveryonesPickSentence(decision);
  return (
    <>
      <section className="section" aria-labelledby="team-pick-heading">
        <h2 id="team-pick-heading">{winnerName} is the team’s pick</h2>
        {!current && (
          <p className="notice" role="note">
            This team’s combined answers are scored with {decision.report.model.line}
            {modelNamed ? ', as its link asks' : ', which team links without a model use'}.
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
            {model.id}, released {formatDay(model.released)}, and answers it does not ask do not
            count for it.
          </p>
        )}
        <p className="lede">
          On the combined answers of {countWord(count)} {count === 1 ? 'person' : 'people'},{' '}
          {winnerName} scores {decision.report.ranking[0]?.score} of 100.
          {decision.report.weights.generalView &&
            ' The combined answers state no priority yet, so this is a general view.'}
        </p>
        {notEveryones && (
          <p className="notice" role="note">
            {notEveryones}
          </p>
        )}
        <RankingList ranking={decision.report.ranking} />
      </section>
      <section className="section" aria-labelledby="team-members-heading">
        <h2 id="team-members-heading">Each member’s own result</h2>
        <p>Scores out of 100; each member’s own pick in bold.</p>
        <MembersTable decision={decision} labelledBy="team-members-heading" onRemove={onRemove} />
      </section>
      <SplitsSection decision={decision} />
      <PivotSection decision={decision} />
      <MustHaveMarksSection decision={decision} />
    </>
  );
}

/** The one-page form, open or behind a button; the team's full notice when it holds the most. */
function AnswerSection({
  model,
  team,
  prefill,
  initialName,
  heading,
  open: initiallyOpen,
  onAdd,
}: {
  model: ModelDeclaration;
  team: Team;
  prefill: Answers;
  initialName: string;
  heading: string;
  open: boolean;
  onAdd: (name: string, answers: Answers) => Sentence | undefined;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  const formRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Opened by the button: move focus into the form, which replaced the button.
    if (open && !initiallyOpen) formRef.current?.querySelector('input')?.focus();
  }, [open, initiallyOpen]);
  const full = team.members.length >= MAX_TEAM_MEMBERS;
  return (
    <section className="section" aria-labelledby="team-add-heading">
      <h2 id="team-add-heading">{heading}</h2>
      {full && (
        <p className="notice notice--warning" role="note">
          This team has {MAX_TEAM_MEMBERS} members, the most a team link holds. Remove someone to
          add more.
        </p>
      )}
      {open ? (
        <div ref={formRef}>
          <p>
            The same questions as the wizard, on one page. Skip any you have no view on: a skipped
            question does not count for you.
          </p>
          <TeamAnswerForm
            model={model}
            initialAnswers={prefill}
            initialName={initialName}
            expectedNames={rosterOf(team).stillExpected}
            submitLabel="Add my answers to the team"
            onAdd={onAdd}
          />
        </div>
      ) : (
        <div className="actions">
          <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
            Answer the questions
          </button>
        </div>
      )}
    </section>
  );
}
