import { lazy, Suspense, useMemo, useState, type ComponentType } from 'react';
import { Link } from 'react-router';
import {
  closeCallNote,
  resultHeadline,
  resultLede,
  separatorSentence,
  tieExplanation,
} from '../domain/result-headline';
import type { Answers } from '../domain/questions';
import { scoreAnswers, winnerOf } from '../domain/scoring';
import { findModel } from '../domain/scoring-models';
import { encodeShareQuery } from '../domain/share-link';
import { verdictCaveat } from '../domain/verdict-caveat';
import { absoluteUrl, paths } from '../paths';
import { useChrome } from '../ui/chrome';
import { ErrorBoundary } from '../ui/error-boundary';
import { FrameworkPatterns } from '../ui/framework-key';
import { useModelRegistry } from '../ui/model-registry-context';
import { PageHeading } from '../ui/page-heading';
import { useDecodedLink } from '../ui/use-decoded-link';
import { localDate } from '../ui/download-file';
import { useDocumentTitle } from '../ui/use-document-title';
import { useHydrated } from '../ui/use-hydrated';
import { afterFirstPaint } from '../ui/after-first-paint';
import { DecideWithTeamLink } from '../ui/decide-with-team-link';
import { ActionBar, OnThisPage } from './action-bar';
import { IgnoredNotice } from './ignored-notice';
import { MustHavesSection } from './must-haves-section';
import { RankingList } from '../ui/ranking-list';
import { resultSections } from './result-sections';
import { SectionFailed } from './section-failed';
import './result-page.css';

// First screen first: the verdict, ranking, must-have notes and action bar come from
// this chunk; the sections below are a chunk of their own, requested after the first paint. A
// server (the edge build) renders the first screen only, so its HTML stays small enough to paint
// at once, and the browser's hydration renders the same before it loads the rest.
const ResultDetails = lazy(() =>
  afterFirstPaint()
    .then(() => import('./result-details'))
    .then((module) => ({ default: module.ResultDetails })),
);

/** What the result page takes from other features; app/ composes them in. */
export interface ResultPageProps {
  /** The wizard's "Change answers" and "Start over", for the result's answers. */
  readonly AnswerActions: ComponentType<{ answers: Answers }>;
}

/** The recommendation, computed from the URL alone so a shared link opens it anywhere. */
export function ResultPage({ AnswerActions }: ResultPageProps) {
  const link = useDecodedLink();
  const registry = useModelRegistry();
  const chrome = useChrome();
  const model = findModel(registry, link.modelId) ?? registry.current;
  const result = useMemo(() => scoreAnswers(link.answers, model), [link.answers, model]);
  // The decision record's date, taken once when the page opens.
  const [date] = useState(() => localDate(new Date()));
  const headline = resultHeadline(result);
  const hydrated = useHydrated();
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
  const order = result.ranking.map((entry) => entry.id);
  const caveat = verdictCaveat(result);

  return (
    <div className="result-page">
      <FrameworkPatterns />
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
      {caveat && <p className="verdict-caveat">{caveat}</p>}
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
      <ActionBar
        resultUrl={resultUrl}
        frameworks={order}
        record={{ answers: link.answers, model, date, resultUrl, winner: winner.id }}
        teamLink={
          // A team page is a page of the full site: inside a frame it would leave the wizard.
          chrome === 'full' && (
            <DecideWithTeamLink
              answers={link.answers}
              model={model}
              className="button button--secondary"
            />
          )
        }
      />
      <p className="print-only">Link to this result: {resultUrl}</p>
      <div className="actions result-page__edit">
        <AnswerActions answers={link.answers} />
      </div>
      <ErrorBoundary fallback={<SectionFailed name="must-haves" />}>
        <MustHavesSection result={result} answers={link.answers} model={model} />
      </ErrorBoundary>
      <div className="result-body">
        {chrome === 'full' && <OnThisPage sections={resultSections(winner.id)} />}
        <div className="result-body__sections">
          <ErrorBoundary fallback={<SectionFailed name="rest of the result" />}>
            <Suspense fallback={<DetailsLoading />}>
              {hydrated ? (
                <ResultDetails
                  result={result}
                  answers={link.answers}
                  model={model}
                  resultUrl={resultUrl}
                  date={date}
                />
              ) : (
                <DetailsLoading />
              )}
            </Suspense>
          </ErrorBoundary>
        </div>
      </div>
    </div>
  );
}

/**
 * Holds the space the sections will take, so nothing above or beside them moves when they arrive
 * (and the footer stays below the fold until then). A page rendered on a server and opened with
 * JavaScript off keeps it: it says so instead of loading forever.
 */
function DetailsLoading() {
  return (
    <p className="loading result-body__loading" role="status">
      <span className="result-body__loading-scripted">Loading the details…</span>
      <span className="result-body__loading-unscripted">
        The reasons, the side-by-side comparison and the starter app need JavaScript.
      </span>
    </p>
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
