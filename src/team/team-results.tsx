import { Link } from 'react-router';
import { FRAMEWORK_NAMES } from '../domain/frameworks';
import { encodeShareQuery } from '../domain/links/share-link';
import type { TeamMember } from '../domain/links/team-link';
import type { QuestionTally, TeamDecision } from '../domain/team-aggregate';
import {
  answerPhrase,
  memberLabel,
  pivotSentence,
  settledSentence,
  splitSentence,
} from '../domain/team-text';
import { paths } from '../paths';
import { FrameworkSwatch } from '../ui/framework-key';

/** A name from a link: text only, isolated so a right-to-left name cannot reorder the sentence. */
function MemberName({ member, index }: { member: TeamMember; index: number }) {
  return <bdi>{memberLabel(member, index)}</bdi>;
}

function NameList({
  members,
  indexes,
}: {
  members: readonly TeamMember[];
  indexes: readonly number[];
}) {
  return (
    <>
      {indexes.map((index, position) => {
        const member = members[index];
        if (!member) return null;
        const separator = position === 0 ? '' : position === indexes.length - 1 ? ' and ' : ', ';
        return (
          <span key={index}>
            {separator}
            <MemberName member={member} index={index} />
          </span>
        );
      })}
    </>
  );
}

/**
 * Each member's own scores, their own pick marked (bold, with its framework's swatch), with a link
 * to their own result and a way to remove them. Four columns, the actions under the name, so the
 * table fits a 320 px phone.
 */
export function MembersTable({
  decision,
  labelledBy,
  onRemove,
}: {
  decision: TeamDecision;
  /** The id of the heading that names the table. */
  labelledBy: string;
  onRemove: (index: number) => void;
}) {
  const frameworks = decision.model.frameworks;
  return (
    <div className="team-table-scroll">
      <table className="team-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">Member</th>
            {frameworks.map((id) => (
              <th scope="col" key={id} className="team-table__score">
                <FrameworkSwatch id={id} />
                {FRAMEWORK_NAMES[id]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {decision.members.map((outcome) => {
            const label = memberLabel(outcome.member, outcome.index);
            return (
              <tr key={outcome.index}>
                <th scope="row" className="team-table__member">
                  <MemberName member={outcome.member} index={outcome.index} />
                  <span className="team-table__actions">
                    <Link
                      to={paths.result.getHref(
                        encodeShareQuery(outcome.member.answers, outcome.member.modelId),
                      )}
                    >
                      Result <span className="visually-hidden">of {label}</span>
                    </Link>
                    <button
                      type="button"
                      className="button button--secondary team-table__remove"
                      onClick={() => onRemove(outcome.index)}
                    >
                      Remove <span className="visually-hidden">{label}</span>
                    </button>
                  </span>
                </th>
                {frameworks.map((id) => {
                  const score = outcome.report.ranking.find((entry) => entry.id === id)?.score;
                  return (
                    <td key={id} className="team-table__score">
                      {id === outcome.winner ? (
                        <strong>
                          <FrameworkSwatch id={id} />
                          {score}
                          <span className="visually-hidden"> (own pick)</span>
                        </strong>
                      ) : (
                        score
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function SplitItem({ tally, members }: { tally: QuestionTally; members: readonly TeamMember[] }) {
  return (
    <li>
      <strong>{tally.question.shortLabel}</strong>: {splitSentence(tally)}; {settledSentence(tally)}
      .
      <ul className="team-split__who">
        {tally.groups.map((group) => (
          <li key={group.value}>
            {answerPhrase(tally.question, group.value)}:{' '}
            <NameList members={members} indexes={group.members} />
          </li>
        ))}
        {tally.skipped.length > 0 && (
          <li>
            skipped: <NameList members={members} indexes={tally.skipped} />
          </li>
        )}
      </ul>
    </li>
  );
}

/** Question by question: where the team splits (biggest first) and where it agrees. */
export function SplitsSection({ decision }: { decision: TeamDecision }) {
  const members = decision.members.map((outcome) => outcome.member);
  return (
    <section className="section" aria-labelledby="team-splits-heading">
      <h2 id="team-splits-heading">Where you agree and where you split</h2>
      {decision.splits.length === 0 ? (
        <p>No splits: everyone who answered a question gave the same answer.</p>
      ) : (
        <>
          <p>Biggest split first: the most people who would have to change their answer.</p>
          <ol className="team-splits" aria-label="Splits">
            {decision.splits.map((tally) => (
              <SplitItem key={tally.question.id} tally={tally} members={members} />
            ))}
          </ol>
        </>
      )}
      {decision.agreements.length > 0 && (
        <>
          <h3>Everyone who answered agrees on</h3>
          <ul aria-label="Agreements">
            {decision.agreements.map((tally) => (
              <li key={tally.question.id}>
                <strong>{tally.question.shortLabel}</strong>:{' '}
                {tally.teamValue ? answerPhrase(tally.question, tally.teamValue) : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {decision.tallies.some((tally) => tally.groups.length === 0) && (
        <p>
          No one answered:{' '}
          {decision.tallies
            .filter((tally) => tally.groups.length === 0)
            .map((tally) => tally.question.shortLabel)
            .join(', ')}
          .
        </p>
      )}
    </section>
  );
}

/** Which single disagreement, settled another way, would change the team's pick. */
export function PivotSection({ decision }: { decision: TeamDecision }) {
  const name = FRAMEWORK_NAMES[decision.winner];
  return (
    <section className="section" aria-labelledby="team-pivot-heading">
      <h2 id="team-pivot-heading">What would change the team’s pick</h2>
      {decision.pivots.length === 0 ? (
        <p>
          {decision.splits.length === 0
            ? `Nothing to settle: the team agrees on every answer it gave, and ${name} follows from them.`
            : `No single disagreement changes it: settle any of them on any answer a member gave and ${name} still comes first.`}
        </p>
      ) : (
        <ul>
          {decision.pivots.map((pivot) => (
            <li key={pivot.tally.question.id}>{pivotSentence(pivot)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The must-haves members marked, apart from the team's answers: a must-have of one is a concern. */
export function MustHaveMarksSection({ decision }: { decision: TeamDecision }) {
  if (decision.mustHaveMarks.length === 0) return null;
  const members = decision.members.map((outcome) => outcome.member);
  const name = FRAMEWORK_NAMES[decision.winner];
  return (
    <section className="section" aria-labelledby="team-must-heading">
      <h2 id="team-must-heading">Must-haves some of you marked</h2>
      <p>
        A must-have counts for the team only when most of those who answered marked it; each one is
        listed here so no one’s is lost.
      </p>
      <ul>
        {decision.mustHaveMarks.map((mark) => (
          <li key={mark.criterion.id}>
            <strong>{mark.criterion.label}</strong> (
            <NameList members={members} indexes={mark.members} />
            ): {mark.forTeam ? 'a must-have for the team' : 'not a must-have for the team'};{' '}
            {mark.pickFails ? `${name} does not meet it.` : `${name} meets it.`}
          </li>
        ))}
      </ul>
    </section>
  );
}
