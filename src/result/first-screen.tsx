import type { ReactNode } from 'react';
import type { ReportReason, ResultReport, RiskItem } from '../domain/result-report';
import { Justification } from '../ui/justification';
import { PageHeading } from '../ui/page-heading';
import { RankingList } from '../ui/ranking-list';
import { sectionTitle } from './result-sections';
import { MeasuredNote } from './measured-note';
import { SectionLink } from './section-link';
import { RESULT_SECTION_IDS } from './section-links';

/**
 * What a design review asks first, on one screen: the verdict and the ranking, the top reasons
 * for the winner, the actions, and what to watch with it, each reason and risk with its sources
 * one click away. In that order on a phone, where the verdict and the first reason come first;
 * on a wider page in two columns, read down each (result-page.css). Everything here comes from
 * the report's verdict and summary; the sections below explain each item in full.
 * Server-rendered by the edge build, so nothing here depends on the clock.
 */
export function FirstScreen({ report, actions }: { report: ResultReport; actions: ReactNode }) {
  const { verdict, tie, summary, closeness } = report;
  const name = report.ranking[0]?.name ?? '';
  return (
    <div className="first-screen">
      <div className="first-screen__verdict">
        <p className="eyebrow">Your recommendation</p>
        <PageHeading>{verdict.headline}</PageHeading>
        <p className="lede">{verdict.lede}</p>
        {tie && <p className="first-screen__tie">{tie.sentence}</p>}
        {verdict.caveat && <p className="verdict-caveat">{verdict.caveat}</p>}
        {report.closeCallNote && (
          <p className="notice" role="note">
            <strong>{closeness.title}</strong> {report.closeCallNote}
          </p>
        )}
      </div>
      <div className="first-screen__ranking">
        <RankingList ranking={report.ranking} />
      </div>
      <section className="first-screen__why" aria-labelledby="summary-why-heading">
        <h2 id="summary-why-heading" className="first-screen__title">
          Why {name}
        </h2>
        <p className="first-screen__intro">{summary.reasonsIntro}</p>
        {summary.reasons.length > 0 && (
          <ol className="key-points">
            {summary.reasons.map((reason) => (
              <SummaryReason key={reason.criterion.id} reason={reason} />
            ))}
          </ol>
        )}
      </section>
      <div className="first-screen__actions">{actions}</div>
      <section className="first-screen__watch" aria-labelledby="summary-watch-heading">
        <h2 id="summary-watch-heading" className="first-screen__title">
          What to watch
        </h2>
        <p className="first-screen__intro">{summary.risksIntro}</p>
        {summary.risks.length > 0 && (
          <ul className="key-points">
            {summary.risks.map((risk) => (
              <SummaryRisk key={risk.criterion.id} risk={risk} />
            ))}
          </ul>
        )}
        {summary.moreRisks > 0 && (
          <p className="first-screen__more">
            <SectionLink id={RESULT_SECTION_IDS.watch}>
              All {report.risks.length} under “{sectionTitle(RESULT_SECTION_IDS.watch, name)}”
            </SectionLink>
          </p>
        )}
        {!report.closeCallNote && (
          <p className="first-screen__closeness">
            {closeness.title && <strong>{closeness.title} </strong>}
            {closeness.sentence}{' '}
            <SectionLink id={RESULT_SECTION_IDS.howClose}>
              {sectionTitle(RESULT_SECTION_IDS.howClose, name)}
            </SectionLink>
          </p>
        )}
      </section>
    </div>
  );
}

function SummaryReason({ reason }: { reason: ReportReason }) {
  return (
    <li className="key-point">
      <p className="key-point__title">
        <strong>{reason.criterion.label}</strong>{' '}
        <span className="reason__ratings">{reason.ratings}</span>
        {reason.fromProjectType && (
          <span className="reason__origin">, {reason.fromProjectType}</span>
        )}
      </p>
      <div className="key-point__basis">
        <Justification basis={reason.basis} />
        <MeasuredNote measured={reason.measured} folded />
      </div>
    </li>
  );
}

function SummaryRisk({ risk }: { risk: RiskItem }) {
  return (
    <li className="key-point key-point--risk">
      <p className="key-point__title">
        <strong>{risk.criterion.label}</strong>{' '}
        <span className="reason__ratings">{risk.detail}</span>
      </p>
      <div className="key-point__basis">
        <Justification basis={risk.basis} />
        <MeasuredNote measured={risk.measured} folded />
      </div>
    </li>
  );
}
