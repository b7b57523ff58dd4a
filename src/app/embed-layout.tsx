import { Suspense, useLayoutEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { applyEmbedTheme, readEmbedBoot } from '../embed/embed-boot';
import { useEmbedBridge } from '../embed/use-embed-bridge';
import { absoluteUrl, paths } from '../paths';
import { ChromeContext } from '../ui/chrome';
import { PageErrorBoundary } from '../ui/page-error-boundary';
import { SITE_NAME } from '../ui/use-document-title';
import { currentAnswers, useAnswersStore } from '../wizard/answers-store';
import '../embed/embed.css';

/** Embed-only query keys, which the full page does not take. */
const EMBED_ONLY_KEYS = ['theme', 'parentOrigin'];

/** Full-site pages computed from their query; the wizard's pages read none. */
const PAGES_WITH_QUERY: readonly string[] = [paths.result.path, paths.compare.path];

/**
 * The full-site URL of the page the frame shows, for "Open full page". A question or review page
 * opens without the frame's preset answers: on the full site a question's query means an answer
 * submitted before the app started, which would be recorded without the visitor choosing it.
 */
function fullPageUrl(pathname: string, search: string): string {
  const path = pathname.replace(/^\/embed(?=\/|$)/, '') || '/';
  if (!PAGES_WITH_QUERY.includes(path)) return absoluteUrl(path);
  const params = new URLSearchParams(search);
  for (const key of EMBED_ONLY_KEYS) params.delete(key);
  const query = params.toString();
  return absoluteUrl(query === '' ? path : `${path}?${query}`);
}

/**
 * Compact chrome for iframes: no site header or footer, one link out. The layout stays mounted
 * while the frame moves between steps, so it reads the frame's URL once, on the first render.
 */
export function EmbedLayout() {
  const location = useLocation();
  const [boot] = useState(() => readEmbedBoot(location.search));
  const replaceAll = useAnswersStore((state) => state.replaceAll);

  // Before the first paint, so the preset answers and the theme never flash in late.
  useLayoutEffect(() => {
    applyEmbedTheme(boot.theme);
    if (Object.keys(boot.answers).length > 0) replaceAll(boot.answers);
  }, [boot, replaceAll]);

  useEmbedBridge(boot.targetOrigin, currentAnswers);

  return (
    <ChromeContext.Provider value="embed">
      {/* Named, and with no footer landmark: inside a host page, which has its own main and
          footer, the frame's landmarks must stay distinguishable. */}
      <main className="page page--embed" aria-label={SITE_NAME}>
        {/* Moves between steps are transitions: once a page has shown, this boundary keeps it
            while the next one loads, so the frame never collapses to a loading line on the way.
            Outside the error boundary, which starts afresh on every page; its fallback only
            shows on a cold load. */}
        <Suspense
          fallback={
            <p className="loading" role="status">
              Loading…
            </p>
          }
        >
          <PageErrorBoundary>
            <Outlet />
          </PageErrorBoundary>
        </Suspense>
      </main>
      <div className="embed-footer">
        <a
          href={fullPageUrl(location.pathname, location.search)}
          target="_blank"
          rel="noopener noreferrer"
        >
          Open full page
          <span className="visually-hidden"> of {SITE_NAME} (opens in a new tab)</span>
        </a>
      </div>
    </ChromeContext.Provider>
  );
}
