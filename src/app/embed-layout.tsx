import { Outlet, useLocation } from 'react-router';
import { absoluteUrl } from '../paths';
import { ChromeContext } from '../ui/chrome';
import { SITE_NAME } from '../ui/use-document-title';

/** Embed-only query keys, which the full page does not take. */
const EMBED_ONLY_KEYS = ['theme', 'parentOrigin'];

/** The full-site URL of the page the frame shows, for "Open full page". */
function fullPageUrl(pathname: string, search: string): string {
  const path = pathname.replace(/^\/embed(?=\/|$)/, '') || '/';
  const params = new URLSearchParams(search);
  for (const key of EMBED_ONLY_KEYS) params.delete(key);
  const query = params.toString();
  return absoluteUrl(query === '' ? path : `${path}?${query}`);
}

/** Compact chrome for iframes: no site header or footer, one link out. */
export function EmbedLayout() {
  const location = useLocation();
  return (
    <ChromeContext.Provider value="embed">
      <main className="page page--embed">
        <Outlet />
      </main>
      <footer className="embed-footer">
        <a href={fullPageUrl(location.pathname, location.search)} target="_blank" rel="noopener">
          Open full page
          <span className="visually-hidden"> of {SITE_NAME} (opens in a new tab)</span>
        </a>
      </footer>
    </ChromeContext.Provider>
  );
}
