import { useMemo, type ReactNode } from 'react';
import { WhenToChooseSection } from '../comparison/when-to-choose-section';
import { visibleFeatureRows } from '../domain/comparison-markdown';
import { ormAdvice } from '../domain/content/orm-advice';
import { FEATURE_ROWS } from '../domain/content/feature-rows';
import type { ScoringModel } from '../domain/model-types';
import type { ResultReport } from '../domain/result-report';
import { recipeFor } from '../domain/stack-recipe';
import { ErrorBoundary } from '../ui/error-boundary';
import { DecisionRecordSection } from './decision-record-section';
import { Fold } from './fold';
import { GlossarySection } from './glossary-section';
import { OrmAdviceSection } from './orm-advice-section';
import { RisksSection } from './risks-section';
import { resultSections } from './result-sections';
import { RuledOutNote } from './ruled-out-note';
import { SectionFailed } from './section-failed';
import { RESULT_SECTION_IDS as IDS, type ResultSectionId } from './section-links';
import { SideBySideSection } from './side-by-side-section';
import { StackRecipeSection } from './stack-recipe-section';
import { useOpenSections } from './use-open-sections';
import { WhatIfSection } from './what-if-section';
import { WhySection } from './why-section';
import './result-tools.css';

/**
 * The result below the first screen, a chunk of its own (first screen first), in the order a
 * reviewer needs it. Each section folds to a line; only the comparison of the rows the answers
 * weighted starts open, so the page stays short, and "Open all sections" shows everything.
 */
export function ResultDetails({
  report,
  model,
  resultUrl,
}: {
  report: ResultReport;
  model: ScoringModel;
  resultUrl: string;
}) {
  const { answers, winner } = report;
  const sections = resultSections(winner);
  const ids = sections.map((section) => section.id);
  const title = (id: ResultSectionId) => sections.find((section) => section.id === id)?.title ?? id;
  const order = report.ranking.map((entry) => entry.id);
  const weightedCriteria = report.weights.rows.map((row) => row.criterion.id);
  const pipInstall = useMemo(() => recipeFor(answers, winner).pipInstall, [answers, winner]);
  // The comparison starts open when it has weighted rows to show; all sixteen are too long.
  const comparisonIsShort =
    !report.weights.generalView &&
    visibleFeatureRows(FEATURE_ROWS, weightedCriteria, true).length > 0;
  const { open, toggle, setAll } = useOpenSections(comparisonIsShort ? [IDS.sideBySide] : []);
  const allOpen = ids.every((id) => open.has(id));

  function section(
    id: ResultSectionId,
    summary: ReactNode,
    failedName: string,
    body: ReactNode,
    printAlways = false,
  ) {
    return (
      <Fold
        id={id}
        title={title(id)}
        summary={summary}
        open={open.has(id)}
        onToggle={() => toggle(id)}
        printAlways={printAlways}
      >
        <ErrorBoundary fallback={<SectionFailed name={failedName} />}>{body}</ErrorBoundary>
      </Fold>
    );
  }

  return (
    <>
      <div className="result-body__tools">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setAll(ids, !allOpen)}
        >
          {allOpen ? 'Fold all sections' : 'Open all sections'}
        </button>
      </div>
      {section(
        IDS.why,
        'Why the others came lower, and where every point of each score comes from, criterion by criterion.',
        'explanation',
        <WhySection report={report} title={title(IDS.why)} />,
      )}
      {section(
        IDS.watch,
        report.risks.length === 0
          ? report.summary.risksIntro
          : 'Every weak spot we know of, each with what its rating rests on and its sources.',
        'list of risks',
        <RisksSection report={report} title={title(IDS.watch)} />,
      )}
      {section(
        IDS.howClose,
        report.closeness.sentence,
        '“What would change the answer” section',
        <WhatIfSection report={report} title={title(IDS.howClose)} />,
      )}
      {section(
        IDS.sideBySide,
        `${FEATURE_ROWS.length} features, the three frameworks in ranking order.`,
        'feature comparison',
        <SideBySideSection
          weightedCriteria={weightedCriteria}
          highlight={winner}
          frameworks={order}
          showPriorities={!report.weights.generalView}
          cardNotes={Object.fromEntries(
            report.mustHaves.failures.map((failure) => [
              failure.id,
              <RuledOutNote key={failure.id} failure={failure} modelId={model.id} />,
            ]),
          )}
        />,
        // The handout's comparison: the weighted rows, printed even when folded.
        comparisonIsShort,
      )}
      {section(
        IDS.database,
        ormAdvice(answers.orm, winner).headline,
        'database advice',
        <OrmAdviceSection orm={answers.orm} winner={winner} />,
      )}
      {section(
        IDS.recipe,
        <code>{pipInstall}</code>,
        'stack recipe',
        <StackRecipeSection answers={answers} winner={winner} />,
      )}
      {section(
        IDS.decisionRecord,
        'An Architecture Decision Record (MADR) of this result, to download or copy.',
        'decision record',
        <DecisionRecordSection report={report} resultUrl={resultUrl} />,
      )}
      {section(
        IDS.whenToChoose,
        'Rules of thumb for each framework, from common practice.',
        '“When to choose” guide',
        <WhenToChooseSection highlight={winner} frameworks={order} />,
      )}
      {section(
        IDS.glossary,
        'ASGI, WSGI, ORM, Pydantic and OpenAPI, a sentence each.',
        'glossary',
        <GlossarySection />,
      )}
    </>
  );
}
