import type { ReportReason, ResultReport } from '../domain/result-report';
import { Justification } from '../ui/justification';
import { MeasuredNote } from './measured-note';
import { ScoreBreakdownSection } from './score-breakdown-section';

function ReasonList({ reasons }: { reasons: readonly ReportReason[] }) {
  return (
    <ul className="reasons">
      {reasons.map((reason) => (
        <li key={reason.criterion.id}>
          <strong>{reason.criterion.label}</strong>{' '}
          <span className="reason__ratings">({reason.ratings})</span>
          {reason.fromProjectType && (
            <span className="reason__origin"> {reason.fromProjectType}</span>
          )}
          : <Justification basis={reason.basis} />
          <MeasuredNote measured={reason.measured} />
        </li>
      ))}
    </ul>
  );
}

/**
 * Why the winner and not the others, past the first screen's top reasons: what separates tied
 * frameworks, why each other framework came lower, and where every point of every score comes
 * from.
 */
export function WhySection({ report, title }: { report: ResultReport; title: string }) {
  const name = report.ranking[0]?.name ?? '';
  const { tie } = report;
  return (
    <section className="section" aria-labelledby="why-heading">
      <h2 id="why-heading">{title}</h2>
      {tie && (
        <>
          <p>{tie.separatorsIntro}</p>
          {tie.separators.length > 0 && (
            <ul>
              {tie.separators.map((separator) => (
                <li key={separator.criterion.id}>{separator.sentence}</li>
              ))}
            </ul>
          )}
          <p>{tie.sentence}</p>
        </>
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
      <ScoreBreakdownSection report={report} />
    </section>
  );
}
