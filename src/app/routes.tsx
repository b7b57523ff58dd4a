import { Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { isEmbedPath, paths, withoutTrailingSlash } from '../paths';
import { lazyPage, type LazyPage } from '../ui/lazy-page';
import { QuestionPage } from '../wizard/question-page';
import { ResultAnswerActions } from '../wizard/result-answer-actions';
import { ReviewPage } from '../wizard/review-page';
import { FullLayout } from './full-layout';
import { HomePage } from './home-page';
import { NotFoundPage } from '../ui/not-found-page';

// Pages that need the ratings and the result's tools load on demand, keeping the home and
// question pages inside their JavaScript budget.
const ResultPage = lazyPage(() =>
  import('../result/result-page').then((module) => module.ResultPage),
);
// The frame's compact result: the verdict and what backs it, the rest on the full page.
const EmbeddedResultPage = lazyPage(() =>
  import('../embed/embedded-result').then((module) => module.EmbeddedResult),
);
const ComparePage = lazyPage(() =>
  import('../compare/compare-page').then((module) => module.ComparePage),
);
const TeamPage = lazyPage(() => import('../team/team-page').then((module) => module.TeamPage));
const EmbedCodePage = lazyPage(() =>
  import('../embed/embed-code-page').then((module) => module.EmbedCodePage),
);
const PerformancePage = lazyPage(() =>
  import('../performance/performance-page').then((module) => module.PerformancePage),
);
// The frame's chrome and its messages to the host page: only `/embed…` pages load them.
const EmbedLayout = lazyPage(() => import('./embed-layout').then((module) => module.EmbedLayout));

/** The lazily loaded pages by path without the base, as the routes below match them. */
const LAZY_PAGES: Readonly<Record<string, Pick<LazyPage<object>, 'preload'>>> = {
  [paths.result.path]: ResultPage,
  [`${paths.embed.path}${paths.result.path}`]: EmbeddedResultPage,
  [paths.compare.path]: ComparePage,
  [`${paths.embed.path}${paths.compare.path}`]: ComparePage,
  [paths.team.path]: TeamPage,
  [paths.embedCode.path]: EmbedCodePage,
  [paths.performance.path]: PerformancePage,
};

/**
 * Loads the page at `path` (without the base) if it is one loaded on demand, so that the app's
 * first render shows it at once instead of a loading notice. Resolves either way.
 */
export function preloadPageAt(path: string): Promise<unknown> {
  const page = LAZY_PAGES[withoutTrailingSlash(path)];
  return Promise.all([page?.preload(), isEmbedPath(path) ? EmbedLayout.preload() : undefined]).then(
    () => undefined,
  );
}

function Loading({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p className="loading" role="status">
          Loading…
        </p>
      }
    >
      {children}
    </Suspense>
  );
}

/**
 * The pages shared by the full site and the `/embed…` chrome (docs/contracts.md section 1).
 *
 * Every path matches case-sensitively, as static hosts match files and header rules: `/Compare`
 * is not `/compare` anywhere, so the not-found page (which refuses to be framed like every page
 * but the embed) is what it shows, never another page's content under headers meant for none.
 */
function wizardRoutes(result: ReactNode) {
  return (
    <>
      <Route caseSensitive path="questions/:questionId" element={<QuestionPage />} />
      <Route caseSensitive path="review" element={<ReviewPage />} />
      <Route caseSensitive path="result" element={result} />
      <Route
        caseSensitive
        path="compare"
        element={
          <Loading>
            <ComparePage />
          </Loading>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </>
  );
}

/** Every route of the app, declared once for the browser, memory and static routers. */
export function AppRoutes() {
  return (
    <Routes>
      <Route caseSensitive path={paths.embed.path} element={<EmbedLayout />}>
        {/* The embed has no home page: it starts at the first question. */}
        <Route index element={<Navigate to={paths.question.getHref('kind', 'embed')} replace />} />
        {/* No Suspense of its own: while it loads, the page the reader came from stays, held by
            the layout's boundary, so the frame never collapses to a loading line on the way. */}
        {wizardRoutes(<EmbeddedResultPage AnswerActions={ResultAnswerActions} />)}
      </Route>
      <Route element={<FullLayout />}>
        <Route index element={<HomePage />} />
        <Route
          caseSensitive
          path={paths.embedCode.path}
          element={
            <Loading>
              <EmbedCodePage />
            </Loading>
          }
        />
        <Route
          caseSensitive
          path={paths.performance.path}
          element={
            <Loading>
              <PerformancePage />
            </Loading>
          }
        />
        <Route
          caseSensitive
          path={paths.team.path}
          element={
            <Loading>
              <TeamPage />
            </Loading>
          }
        />
        {wizardRoutes(
          <Loading>
            <ResultPage AnswerActions={ResultAnswerActions} />
          </Loading>,
        )}
      </Route>
    </Routes>
  );
}
