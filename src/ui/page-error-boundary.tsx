import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { paths } from '../paths';
import { useChrome } from './chrome';
import { ErrorBoundary } from './error-boundary';

/** What a page that failed to render shows: what happened, and ways on. */
function PageFailed() {
  const chrome = useChrome();
  return (
    <div className="page-failed" role="alert">
      <h1>Something went wrong</h1>
      <p>
        This page could not be shown. It is our fault, not yours. Reloading may help; your answers
        so far are kept.
      </p>
      <ul className="link-list">
        <li>
          <Link to={paths.question.getHref('kind', chrome)} reloadDocument={chrome === 'full'}>
            Start over from the first question
          </Link>
        </li>
        <li>
          <Link to={paths.compare.getHref('', chrome)} reloadDocument={chrome === 'full'}>
            Compare Django, Flask and FastAPI
          </Link>
        </li>
      </ul>
    </div>
  );
}

/**
 * Keeps a page's render error from blanking the app: the layout stays, the page shows
 * PageFailed. Keyed by path, so moving to another page tries again.
 */
export function PageErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary key={pathname} fallback={<PageFailed />}>
      {children}
    </ErrorBoundary>
  );
}
