import { Link, NavLink, Outlet } from 'react-router';
import { paths } from '../paths';
import { ChromeContext } from '../ui/chrome';
import { PageErrorBoundary } from '../ui/page-error-boundary';
import { SITE_NAME } from '../ui/use-document-title';

export function FullLayout() {
  return (
    <ChromeContext.Provider value="full">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={paths.home.getHref()} className="site-name">
            {SITE_NAME}
          </Link>
          <nav aria-label="Site">
            <ul className="site-nav">
              <li>
                <NavLink to={paths.compare.getHref()}>Compare</NavLink>
              </li>
              <li>
                <NavLink to={paths.embedCode.getHref()}>Embed</NavLink>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="page">
        <PageErrorBoundary>
          <Outlet />
        </PageErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>
          Ratings and facts are sourced from project documentation, release notes and repositories,
          and each version number shows the date it was last checked. Opinions are labelled as such.
          No cookies, no tracking.
        </p>
      </footer>
    </ChromeContext.Provider>
  );
}
