import { useMemo, type ReactNode } from 'react';
import { WhenToChooseSection } from '../comparison/when-to-choose-section';
import { ormAdvice } from '../domain/content/orm-advice';
import { FEATURE_ROWS } from '../domain/content/feature-rows';
import { FRAMEWORK_NAMES } from '../domain/frameworks';
import type { ScoringModel } from '../domain/model-types';
import type { Answers } from '../domain/questions';
import { winnerOf, type ScoringResult } from '../domain/scoring';
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
 * The result below the first screen, a chunk of its own (first screen first). Each
 * section folds to a line; only what answers "which one and why" starts open.
 */
export function ResultDetails({
  result,
  answers,
  model,
  resultUrl,
  date,
}: {
  result: ScoringResult;
  answers: Answers;
  model: ScoringModel;
  resultUrl: string;
  date: string;
}) {
  const winner = winnerOf(result);
  const name = FRAMEWORK_NAMES[winner.id];
  const order = result.ranking.map((entry) => entry.id);
  const titles = Object.fromEntries(
    resultSections(winner.id).map((section) => [section.id, section.title]),
  );
  const pipInstall = useMemo(() => recipeFor(answers, winner.id).pipInstall, [answers, winner.id]);
  const weightedCount = winner.contributions.length;

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
        <ReasonsSection result={result} />,
        true,
      )}
      {section(
        IDS.howClose,
        'Whether the result is robust, and the smallest change that would put another framework first.',
        '“How close is it?” section',
        <WhatIfSection answers={answers} model={model} result={result} />,
        true,
      )}
      {section(
        IDS.sideBySide,
        `${FEATURE_ROWS.length} features, the three frameworks in ranking order.`,
        'feature comparison',
        <SideBySideSection
          weightedCriteria={winner.contributions.map((c) => c.criterion.id)}
          highlight={winner.id}
          frameworks={order}
          showPriorities={!result.generalView}
          cardNotes={Object.fromEntries(
            result.ranking.map((entry) => [
              entry.id,
              <RuledOutNote key={entry.id} entry={entry} answers={answers} model={model} />,
            ]),
          )}
        />,
        true,
      )}
      {section(
        IDS.points,
        result.generalView
          ? 'Every framework criterion, each framework’s points on it as a bar.'
          : `The ${weightedCount} criteria your answers weighted, heaviest first, as bars.`,
        'score breakdown',
        <ScoreBreakdownSection result={result} />,
      )}
      {section(
        IDS.database,
        ormAdvice(answers.orm, winner.id).headline,
        'database advice',
        <OrmAdviceSection orm={answers.orm} winner={winner.id} />,
      )}
      {section(
        IDS.whenToChoose,
        'Rules of thumb for each framework, from common practice.',
        '“When to choose” guide',
        <WhenToChooseSection highlight={winner.id} frameworks={order} />,
      )}
      {section(
        IDS.recipe,
        <code>{pipInstall}</code>,
        'stack recipe',
        <StackRecipeSection answers={answers} winner={winner.id} />,
      )}
      {section(
        IDS.decisionRecord,
        'An Architecture Decision Record (MADR) of this result, to download or copy.',
        'decision record',
        <DecisionRecordSection answers={answers} model={model} resultUrl={resultUrl} date={date} />,
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
