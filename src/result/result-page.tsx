import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { FRAMEWORK_NAMES } from '../domain/frameworks';
import { scoreAnswers, winnerOf, type ScoringResult } from '../domain/scoring';
import { findModel } from '../domain/scoring-models';
import { encodeShareQuery } from '../domain/share-link';
import { absoluteUrl, paths } from '../paths';
import { useChrome } from '../ui/chrome';
import { CopyField } from '../ui/copy-field';
import { ErrorBoundary } from '../ui/error-boundary';
import { PageHeading } from '../ui/page-heading';
import { useDocumentTitle } from '../ui/use-document-title';
import { useAnswersStore } from '../wizard/answers-store';
import { StartOverButton } from '../wizard/start-over-button';
import { DecisionRecordSection } from './decision-record-section';
import { FeatureCards } from './feature-cards';
import { IgnoredNotice } from './ignored-notice';
import { useModelRegistry } from './model-registry-context';
import { MustHavesSection } from './must-haves-section';
import { OrmAdviceSection } from './orm-advice-section';
import { RankingList } from './ranking-list';
import { ReasonsSection } from './reasons-section';
import { RuledOutNote } from './ruled-out-note';
import { ScoreBreakdownSection } from './score-breakdown-section';
import { StackRecipeSection } from './stack-recipe-section';
import { closeCallGap } from '../domain/what-if-text';
import { useDecodedLink } from './use-decoded-link';
import { WhatIfSection } from './what-if-section';
import { WhenToChooseSection } from './when-to-choose-section';

function headlineFor(result: ScoringResult): string {
  const name = FRAMEWORK_NAMES[winnerOf(result).id];
  if (result.generalView) return `${name}, in a general view`;
  if (!result.winnerMeetsMustHaves) return `${name} comes closest`;
  return `${name} is the best fit`;
}

function SectionFailed({ name }: { name: string }) {
  return (
    <p className="notice notice--warning" role="alert">
      The {name} could not be shown. The rest of the result is unaffected; reloading the page may
      help.
    </p>
  );
}

/** The recommendation, computed from the URL alone so a shared link opens it anywhere. */
export function ResultPage() {
  const link = useDecodedLink();
  const registry = useModelRegistry();
  const chrome = useChrome();
  const navigate = useNavigate();
  const replaceAll = useAnswersStore((state) => state.replaceAll);
  const model = findModel(registry, link.modelId) ?? registry.current;
  const result = useMemo(() => scoreAnswers(link.answers, model), [link.answers, model]);
  const headline = headlineFor(result);
  useDocumentTitle(link.newerScheme ? 'Link from a newer version' : headline);

  if (link.newerScheme !== undefined) {
    return <NewerSchemePage version={link.newerScheme} />;
  }

  const winner = winnerOf(result);
  const runnerUp = result.ranking[1];
  const isOldModel = model.id !== registry.current.id;
  const shareQuery = encodeShareQuery(link.answers, model.id);
  const resultUrl = absoluteUrl(paths.result.getHref(shareQuery));

  return (
    <div className="result-page">
      {link.ignored.length > 0 && <IgnoredNotice ignored={link.ignored} />}
      {isOldModel && (
        <div className="notice" role="note">
          <p>
            This result was computed with the scoring model of {model.releasedLabel} ({model.id}),
            as the link asks. The ratings have changed since.
          </p>
          <p>
            <Link
              to={paths.result.getHref(encodeShareQuery(link.answers, registry.current.id), chrome)}
            >
              See today’s result for the same answers
            </Link>
          </p>
        </div>
      )}
      <p className="eyebrow">Your recommendation</p>
      <PageHeading>{headline}</PageHeading>
      <p className="lede">
        {result.generalView
          ? 'You have not stated any priorities yet, so every framework criterion counts the same. Answer a few questions to make this yours.'
          : result.winnerMeetsMustHaves
            ? `${FRAMEWORK_NAMES[winner.id]} scores ${winner.score} of 100 on what you told us matters.`
            : `No framework meets all your must-haves. ${FRAMEWORK_NAMES[winner.id]} fails the fewest and scores ${winner.score} of 100.`}
      </p>
      {result.closeCall && runnerUp && (
        <p className="notice" role="note">
          <strong>A close call.</strong> {FRAMEWORK_NAMES[winner.id]} ({winner.score}) and{' '}
          {FRAMEWORK_NAMES[runnerUp.id]} ({runnerUp.score}) are{' '}
          {closeCallGap(winner, runnerUp, result)}: both are reasonable choices; “How sure to be”
          below says what would tip it.
        </p>
      )}
      <RankingList result={result} />
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            replaceAll(link.answers);
            void navigate(paths.review.getHref(chrome));
          }}
        >
          Change answers
        </button>
        <StartOverButton />
      </div>

      <ErrorBoundary fallback={<SectionFailed name="explanation" />}>
        <ReasonsSection result={result} />
        <MustHavesSection result={result} answers={link.answers} model={model} />
      </ErrorBoundary>
      <ErrorBoundary fallback={<SectionFailed name="score breakdown" />}>
        <ScoreBreakdownSection result={result} />
      </ErrorBoundary>
      <ErrorBoundary fallback={<SectionFailed name="“How sure to be” section" />}>
        <WhatIfSection answers={link.answers} model={model} result={result} />
      </ErrorBoundary>
      <section className="section" aria-labelledby="share-heading">
        <h2 id="share-heading">Share this result</h2>
        <p>
          The link opens this same recommendation on any machine, computed with the same ratings.
        </p>
        <CopyField label="Link to this result" value={resultUrl} buttonLabel="Copy link" />
        <p className="print-only">Link to this result: {resultUrl}</p>
      </section>
      <ErrorBoundary fallback={<SectionFailed name="feature comparison" />}>
        <FeatureCards
          weightedCriteria={winner.contributions.map((c) => c.criterion.id)}
          highlight={winner.id}
          showPriorities={!result.generalView}
          cardNotes={Object.fromEntries(
            result.ranking.map((entry) => [
              entry.id,
              <RuledOutNote key={entry.id} entry={entry} answers={link.answers} model={model} />,
            ]),
          )}
        />
      </ErrorBoundary>
      <ErrorBoundary fallback={<SectionFailed name="database advice" />}>
        <OrmAdviceSection orm={link.answers.orm} winner={winner.id} />
      </ErrorBoundary>
      <ErrorBoundary fallback={<SectionFailed name="“When to choose” guide" />}>
        <WhenToChooseSection highlight={winner.id} />
      </ErrorBoundary>
      <ErrorBoundary fallback={<SectionFailed name="stack recipe" />}>
        <StackRecipeSection answers={link.answers} winner={winner.id} />
      </ErrorBoundary>
      <ErrorBoundary fallback={<SectionFailed name="decision record" />}>
        <DecisionRecordSection
          answers={link.answers}
          model={model}
          resultUrl={resultUrl}
          winner={winner.id}
        />
      </ErrorBoundary>
    </div>
  );
}

function NewerSchemePage({ version }: { version: number }) {
  const chrome = useChrome();
  return (
    <div className="result-page">
      <PageHeading>This link was made by a newer version</PageHeading>
      <p>
        It uses version {version} of our link format, and this copy of the picker only reads version
        1. Open the link on the site it came from, or start over here.
      </p>
      <p>
        <Link className="button" to={paths.question.getHref('kind', chrome)}>
          Start over
        </Link>
      </p>
    </div>
  );
}
