import type { ResultReport, RiskItem } from '../domain/result-report';
import { Justification } from '../ui/justification';
import { MeasuredNote } from './measured-note';

function RiskList({ risks }: { risks: readonly RiskItem[] }) {
  return (
    <ul className="reasons reasons--watch">
      {risks.map((risk) => (
        <li key={risk.criterion.id}>
          <strong>{risk.criterion.label}</strong>{' '}
          <span className="reason__ratings">({risk.detail})</span>:{' '}
          <Justification basis={risk.basis} />
          <MeasuredNote measured={risk.measured} />
        </li>
      ))}
    </ul>
  );
}

/**
 * Everything that counts against the winner, where the first screen shows the first few: where
 * it falls short on what was weighted (a failed must-have, a lower rating than the runner-up),
 * then its weak spots on what was not, risks whatever the project first.
 */
export function RisksSection({ report, title }: { report: ResultReport; title: string }) {
  const shortfalls = report.risks.filter((risk) => risk.kind !== 'watch');
  const watch = report.risks.filter((risk) => risk.kind === 'watch');
  if (report.weights.generalView) {
    // Every criterion counts the same: there is no weighted and unweighted to tell apart.
    return (
      <section className="section" aria-labelledby="risks-heading">
        <h2 id="risks-heading">{title}</h2>
        <p>{report.summary.risksIntro}</p>
        <RiskList risks={report.risks} />
      </section>
    );
  }
  return (
    <section className="section" aria-labelledby="risks-heading">
      <h2 id="risks-heading">{title}</h2>
      <h3>On what you weighted</h3>
      {shortfalls.length > 0 ? (
        <RiskList risks={shortfalls} />
      ) : (
        <p>{report.reasons.noneAgainst}</p>
      )}
      <h3>On what you did not</h3>
      <p>{report.watchIntro}</p>
      {watch.length > 0 && <RiskList risks={watch} />}
    </section>
  );
}
