import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  closeCallNote,
  resultHeadline,
  resultLede,
  separatorSentence,
  tieExplanation,
} from '../domain/result-headline';
import { scoreAnswers, winnerOf } from '../domain/scoring';
import { findModel } from '../domain/scoring-models';
import { describeIgnored, encodeShareQuery, type IgnoredPart } from '../domain/share-link';
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
import { useModelRegistry } from './model-registry-context';
import { MustHavesSection } from './must-haves-section';
import { OrmAdviceSection } from './orm-advice-section';
import { RankingList } from './ranking-list';
import { ReasonsSection } from './reasons-section';
import { RuledOutNote } from './ruled-out-note';
import { ScoreBreakdownSection } from './score-breakdown-section';
import { StackRecipeSection } from './stack-recipe-section';
import { useDecodedLink } from './use-decoded-link';
import { WhatIfSection } from './what-if-section';
import { WhenToChooseSection } from './when-to-choose-section';

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
  const headline = resultHeadline(result);
  useDocumentTitle(link.newerScheme ? 'Link from a newer version' : headline);

  if (link.newerScheme !== undefined) {
    return <NewerSchemePage version={link.newerScheme} />;
  }

  const winner = winnerOf(result);
  const closeCall = closeCallNote(result);
  const tie = tieExplanation(result);
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
      <p className="lede">{resultLede(result)}</p>
      {closeCall && (
        <p className="notice" role="note">
          <strong>{closeCall.title}</strong> {closeCall.text}
        </p>
      )}
      {tie && (
        <div className="notice" role="note">
          <p>
            <strong>{tie.headline}</strong> {tie.separatorsIntro}
          </p>
          {tie.separators.length > 0 && (
            <ul>
              {tie.separators.map((separator) => (
                <li key={separator.criterion.id}>{separatorSentence(separator)}</li>
              ))}
            </ul>
          )}
          <p>{tie.listedFirst}</p>
        </div>
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

function IgnoredNotice({ ignored }: { ignored: readonly IgnoredPart[] }) {
  return (
    <div className="notice notice--warning" role="note" aria-labelledby="ignored-heading">
      <h2 id="ignored-heading" className="notice__title">
        Part of this link was ignored
      </h2>
      <p>The result below uses every part of the link that we could read.</p>
      <ul>
        {ignored.map((part, index) => (
          <li key={index}>{describeIgnored(part)}</li>
        ))}
      </ul>
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
