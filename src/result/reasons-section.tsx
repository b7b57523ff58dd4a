import {
  gapsBehind,
  leadsOf,
  weaknessesOf,
  winningEdgeClause,
  type Reason,
} from '../domain/explain';
import { MEASURED_CRITERION, measuredSentence } from '../domain/content/bench-measured';
import { criterionSources } from '../domain/criterion-sources';
import { FRAMEWORK_NAMES, type FrameworkId } from '../domain/frameworks';
import type { ScoringResult } from '../domain/scoring';
import { SourcesDisclosure } from '../ui/sources-disclosure';
import { Justification } from '../ui/justification';
import { PerformanceLink } from '../ui/performance-link';

function ReasonItem({ reason, about }: { reason: Reason; about: FrameworkId }) {
  return (
    <li>
      <strong>{reason.criterion.label}</strong>{' '}
      <span className="reason__ratings">
        ({FRAMEWORK_NAMES[about]} {reason.rating}/3, {FRAMEWORK_NAMES[reason.other]}{' '}
        {reason.otherRating}/3)
      </span>
      : <Justification criterion={reason.criterion} about={about} />
      {reason.criterion.id === MEASURED_CRITERION && (
        <span className="reason__measured">
          {' '}
          {measuredSentence(about)} <PerformanceLink>How it was measured</PerformanceLink>
        </span>
      )}
      <SourcesDisclosure sources={criterionSources(reason.criterion, about)} />
    </li>
  );
}

/** Why the winner won, what counts against it, and why each other framework came lower. */
export function ReasonsSection({ result }: { result: ScoringResult }) {
  const [winner, ...others] = result.ranking;
  if (!winner) return null;
  const leads = leadsOf(result, winner.id);
  const weaknesses = weaknessesOf(result, winner.id);
  const name = FRAMEWORK_NAMES[winner.id];
  return (
    <section className="section" aria-labelledby="reasons-heading">
      <h2 id="reasons-heading">Why {name}</h2>
      {leads.length > 0 ? (
        <ul className="reasons reasons--for">
          {leads.map((reason) => (
            <ReasonItem key={reason.criterion.id} reason={reason} about={winner.id} />
          ))}
        </ul>
      ) : (
        <p>
          {name} is not rated above the others on any single priority; {winningEdgeClause(result)}.
        </p>
      )}
      <h3>What counts against {name}</h3>
      {weaknesses.length > 0 ? (
        <ul className="reasons reasons--against">
          {weaknesses.map((reason) => (
            <ReasonItem key={reason.criterion.id} reason={reason} about={winner.id} />
          ))}
        </ul>
      ) : (
        <p>Nothing you weighted: no other framework is rated higher on any of your priorities.</p>
      )}
      {others.map((other) => {
        const gaps = gapsBehind(result, other.id, winner.id);
        return (
          <div key={other.id}>
            <h3>Why not {FRAMEWORK_NAMES[other.id]}</h3>
            {other.failedMustHaves.length > 0 && (
              <p>
                It fails {other.failedMustHaves.length === 1 ? 'a must-have' : 'must-haves'}:{' '}
                {other.failedMustHaves.map((c) => c.label).join(', ')}.
              </p>
            )}
            {gaps.length > 0 ? (
              <ul className="reasons reasons--against">
                {gaps.map((reason) => (
                  <ReasonItem key={reason.criterion.id} reason={reason} about={other.id} />
                ))}
              </ul>
            ) : (
              other.failedMustHaves.length === 0 && (
                <p>
                  It is rated as high as {name} on everything you weighted; the fixed order (Django,
                  FastAPI, Flask) broke the tie.
                </p>
              )
            )}
          </div>
        );
      })}
    </section>
  );
}
