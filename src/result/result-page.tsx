import { lazy, Suspense, type ComponentType } from 'react';
import { Link } from 'react-router';
import type { ResultReport } from '../domain/result-report';
import type { ScoringModel } from '../domain/model-types';
import type { Answers } from '../domain/questions';
import { absoluteUrl, paths } from '../paths';
import { useChrome } from '../ui/chrome';
import { ErrorBoundary } from '../ui/error-boundary';
import { FrameworkPatterns } from '../ui/framework-key';
import { IgnoredNotice } from '../ui/ignored-notice';
import { NewerVersionPage } from '../ui/newer-version-page';
import { useDocumentTitle } from '../ui/use-document-title';
import { useHydrated } from '../ui/use-hydrated';
import { useResultReport } from '../ui/use-result-link';
import { afterFirstPaint } from '../ui/after-first-paint';
import { DecideWithTeamLink } from '../ui/decide-with-team-link';
import { ActionBar, OnThisPage } from './action-bar';
import { FirstScreen } from './first-screen';
import { FirstSteps } from './first-steps';
import { resultSections } from './result-sections';
import { SectionFailed } from './section-failed';
import './result-page.css';

// First screen first: the verdict, ranking, top reasons, risks and actions come from this chunk;
// the sections below are a chunk of their own, requested after the first paint. A server (the
// edge build) renders the first screen only, so its HTML stays small enough to paint at once, and
// the browser's hydration renders the same before it loads the rest.
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
  const { resolved, report } = useResultReport();
  const chrome = useChrome();
  useDocumentTitle(report?.verdict.headline ?? 'Link from a newer version');
  if (resolved.kind === 'newer' || !report) {
    return (
      <NewerVersionPage
        what="link"
        version={resolved.kind === 'newer' ? resolved.version : 0}
        startHref={paths.question.getHref('kind', chrome)}
        startLabel="Start over"
      />
    );
  }
  const { link, model } = resolved;
  const resultUrl = absoluteUrl(paths.result.getHref(resolved.shareQuery));
  return (
    <div className="result-page">
      <FrameworkPatterns />
      {link.ignored.length > 0 && (
        <IgnoredNotice
          ignored={link.ignored}
          suggestionHref={(query) => paths.result.getHref(query, chrome)}
        />
      )}
      {!resolved.current && (
        // One short paragraph, so that on a phone the verdict and the first reason still fit.
        <p className="notice model-notice" role="note">
          This result was computed with {report.model.line}
          {link.modelNamed ? ', as the link asks' : ', which links without a model use'}. The
          ratings have changed since:{' '}
          <Link to={paths.result.getHref(resolved.currentQuery, chrome)}>
            see today’s result for the same answers
          </Link>
          .
        </p>
      )}
      <FirstScreen
        report={report}
        actions={
          <ActionBar
            resultUrl={resultUrl}
            record={{ report, resultUrl }}
            leading={report.leadingAction}
            teamLink={
              // A team page is a page of the full site: inside a frame it would leave the wizard.
              chrome === 'full' && (
                <DecideWithTeamLink
                  answers={link.answers}
                  className="button button--secondary button--small"
                />
              )
            }
          />
        }
      />
      {/* A learner's first steps lead what follows the first screen, which keeps the verdict,
          the first reason and the actions in view on a phone. */}
      {report.firstSteps && <FirstSteps steps={report.firstSteps} />}
      <p className="print-only">Link to this result: {resultUrl}</p>
      <Details report={report} model={model} resultUrl={resultUrl} />
      <div className="actions result-page__edit">
        <AnswerActions answers={report.answers} />
      </div>
    </div>
  );
}

function Details({
  report,
  model,
  resultUrl,
}: {
  report: ResultReport;
  model: ScoringModel;
  resultUrl: string;
}) {
  const chrome = useChrome();
  const hydrated = useHydrated();
  return (
    <div className="result-body">
      {chrome === 'full' && <OnThisPage sections={resultSections(report.winner)} />}
      <div className="result-body__sections">
        <ErrorBoundary fallback={<SectionFailed name="rest of the result" />}>
          <Suspense fallback={<DetailsLoading />}>
            {hydrated ? (
              <ResultDetails report={report} model={model} resultUrl={resultUrl} />
            ) : (
              <DetailsLoading />
            )}
          </Suspense>
        </ErrorBoundary>
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
        The full explanation, the side-by-side comparison and the starter app need JavaScript.
      </span>
    </p>
  );
}
