import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { paths } from '../paths';
import { QuestionPage } from '../wizard/question-page';
import { ReviewPage } from '../wizard/review-page';
import { EmbedLayout } from './embed-layout';
import { FullLayout } from './full-layout';
import { HomePage } from './home-page';
import { NotFoundPage } from '../ui/not-found-page';

// Pages that need the ratings and the result's tools load on demand, keeping the home and
// question pages inside their JavaScript budget.
const ResultPage = lazy(() =>
  import('../result/result-page').then((module) => ({ default: module.ResultPage })),
);
const ComparePage = lazy(() =>
  import('../compare/compare-page').then((module) => ({ default: module.ComparePage })),
);
const TeamPage = lazy(() =>
  import('../team/team-page').then((module) => ({ default: module.TeamPage })),
);
const EmbedCodePage = lazy(() =>
  import('../embed/embed-code-page').then((module) => ({ default: module.EmbedCodePage })),
);

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
 * The pages shared by the full site and the `/embed…` chrome (contracts.md section 1).
 *
 * Every path matches case-sensitively, as static hosts match files and header rules: `/Compare`
 * is not `/compare` anywhere, so the not-found page (which refuses to be framed like every page
 * but the embed) is what it shows, never another page's content under headers meant for none.
 */
function wizardRoutes() {
  return (
    <>
      <Route caseSensitive path="questions/:questionId" element={<QuestionPage />} />
      <Route caseSensitive path="review" element={<ReviewPage />} />
      <Route
        caseSensitive
        path="result"
        element={
          <Loading>
            <ResultPage />
          </Loading>
        }
      />
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
        {wizardRoutes()}
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
          path={paths.team.path}
          element={
            <Loading>
              <TeamPage />
            </Loading>
          }
        />
        {wizardRoutes()}
      </Route>
    </Routes>
  );
}
