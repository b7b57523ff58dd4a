import { useMemo, type ReactNode } from 'react';
import { WhenToChooseSection } from '../comparison/when-to-choose-section';
import { ormAdvice } from '../domain/content/orm-advice';
import { FEATURE_ROWS } from '../domain/content/feature-rows';
import { FRAMEWORK_NAMES } from '../domain/frameworks';
import type { ScoringModel } from '../domain/model-types';
import type { ResultReport } from '../domain/result-report';
import { recipeFor } from '../domain/stack-recipe';
import { ErrorBoundary } from '../ui/error-boundary';
import { DecisionRecordSection } from './decision-record-section';
import { Fold } from './fold';
import { GlossarySection } from './glossary-section';
import { OrmAdviceSection } from './orm-advice-section';
import { ReasonsSection } from './reasons-section';
import { resultSections } from './result-sections';
import { RuledOutNote } from './ruled-out-note';
import { ScoreBreakdownSection } from './score-breakdown-section';
import { SectionFailed } from './section-failed';
import { RESULT_SECTION_IDS as IDS } from './section-links';
import { SideBySideSection } from './side-by-side-section';
import { StackRecipeSection } from './stack-recipe-section';
import { WhatIfSection } from './what-if-section';
import './result-tools.css';

/**
 * The result below the first screen, a chunk of its own (issue 14, first screen first). Each
 * section folds to a line; only what answers "which one and why" starts open.
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
  const name = FRAMEWORK_NAMES[winner];
  const order = report.ranking.map((entry) => entry.id);
  const titles = Object.fromEntries(
    resultSections(winner).map((section) => [section.id, section.title]),
  );
  const pipInstall = useMemo(() => recipeFor(answers, winner).pipInstall, [answers, winner]);
  const weightedCount = report.weights.rows.length;

  function section(
    id: string,
    summary: ReactNode,
    failedName: string,
    body: ReactNode,
    defaultOpen = false,
  ) {
    return (
      <Fold id={id} title={titles[id]} summary={summary} defaultOpen={defaultOpen}>
        <ErrorBoundary fallback={<SectionFailed name={failedName} />}>{body}</ErrorBoundary>
      </Fold>
    );
  }

  return (
    <>
      {section(
        IDS.why,
        `What puts ${name} first, what counts against it, and why not the others.`,
        'explanation',
        <ReasonsSection report={report} />,
        true,
      )}
      {section(
        IDS.howClose,
        'Whether the result is robust, and the smallest change that would put another framework first.',
        '“How close is it?” section',
        <WhatIfSection report={report} />,
        true,
      )}
      {section(
        IDS.sideBySide,
        `${FEATURE_ROWS.length} features, the three frameworks in ranking order.`,
        'feature comparison',
        <SideBySideSection
          weightedCriteria={report.weights.rows.map((row) => row.criterion.id)}
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
        true,
      )}
      {section(
        IDS.points,
        report.weights.generalView
          ? 'Every framework criterion, each framework’s points on it as a bar.'
          : `The ${weightedCount} criteria your answers weighted, heaviest first, as bars.`,
        'score breakdown',
        <ScoreBreakdownSection report={report} />,
      )}
      {section(
        IDS.database,
        ormAdvice(answers.orm, winner).headline,
        'database advice',
        <OrmAdviceSection orm={answers.orm} winner={winner} />,
      )}
      {section(
        IDS.whenToChoose,
        'Rules of thumb for each framework, from common practice.',
        '“When to choose” guide',
        <WhenToChooseSection highlight={winner} frameworks={order} />,
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
        IDS.glossary,
        'ASGI, WSGI, ORM, Pydantic and OpenAPI, a sentence each.',
        'glossary',
        <GlossarySection />,
      )}
    </>
  );
}
