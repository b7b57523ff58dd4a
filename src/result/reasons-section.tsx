import type { ReportReason, ResultReport } from '../domain/result-report';
import { Justification } from '../ui/justification';
import { PerformanceLink } from '../ui/performance-link';

function ReasonItem({ reason }: { reason: ReportReason }) {
  return (
    <li>
      <strong>{reason.criterion.label}</strong>{' '}
      <span className="reason__ratings">({reason.ratings})</span>
      {reason.fromProjectType && (
        <span className="reason__origin"> {reason.fromProjectType}</span>
      )}: <Justification basis={reason.basis} />
      {reason.measured && (
        <span className="reason__measured">
          {' '}
          {reason.measured} <PerformanceLink>How it was measured</PerformanceLink>
        </span>
      )}
    </li>
  );
}

function ReasonList({ reasons }: { reasons: readonly ReportReason[] }) {
  return (
    <ul className="reasons">
      {reasons.map((reason) => (
        <ReasonItem key={reason.criterion.id} reason={reason} />
      ))}
    </ul>
  );
}

/**
 * Why the winner won and what counts against it (each read against the runner-up), what to watch
 * whatever the answers weighted, and why each other framework came lower.
 */
export function ReasonsSection({ report }: { report: ResultReport }) {
  const name = report.ranking[0]?.name ?? '';
  const runnerUp = report.ranking[1]?.name ?? '';
  return (
    <section className="section" aria-labelledby="reasons-heading">
      <h2 id="reasons-heading">Why {name}</h2>
      {report.reasons.for.length > 0 ? (
        <>
          <p>
            Where {name} is rated above {runnerUp}, the runner-up, on what you weighted:
          </p>
          <ReasonList reasons={report.reasons.for} />
        </>
      ) : (
        <p>
          {report.reasons.noneFor}; {report.edge.yours}.
        </p>
      )}
      <h3>What counts against {name}</h3>
      {report.reasons.against.length > 0 ? (
        <ReasonList reasons={report.reasons.against} />
      ) : (
        <p>{report.reasons.noneAgainst}</p>
      )}
      <h3>What to watch with {name}</h3>
      <p>{report.watchIntro}</p>
      {report.watch.length > 0 && (
        <ul className="reasons reasons--watch">
          {report.watch.map((item) => (
            <li key={item.criterion.id}>
              <strong>{item.criterion.label}</strong>{' '}
              <span className="reason__ratings">
                ({name} {item.rating}/3{item.always ? ', whatever the project' : ''})
              </span>
              : <Justification basis={item.basis} />
            </li>
          ))}
        </ul>
      )}
      {report.others.map((other) => (
        <div key={other.id}>
          <h3>Why not {other.name}</h3>
          {other.mustHaves && <p>{other.mustHaves}</p>}
          {other.behind.length > 0 && (
            <>
              <p>Where it is rated below {name}:</p>
              <ReasonList reasons={other.behind} />
            </>
          )}
          {other.ahead.length > 0 && (
            <>
              <p>Where it is rated above {name}, which was not enough:</p>
              <ReasonList reasons={other.ahead} />
            </>
          )}
          {other.level && <p>{other.level}</p>}
        </div>
      ))}
    </section>
  );
}
