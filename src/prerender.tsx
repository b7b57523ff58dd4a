/**
 * Server entry of the build's page pipeline (scripts/vite-plugin-pages.ts), built by the same
 * `vite build` as the client: the table of the site's built pages, and their render. Adding a
 * prerendered page is one line in PRERENDERED_PAGES. The tree is the client's, with a
 * StaticRouter in place of the BrowserRouter (src/server-tree.tsx).
 */
import { prerender } from 'react-dom/static';
import { QUESTIONS } from './domain/questions';
import { RENDERED_PATHS } from './edge-render';
import { paths } from './paths';
import { ServerApp } from './server-tree';
import { SITE_NAME } from './ui/use-document-title';

export interface PrerenderedPage {
  /** The route path, without the deployment base. */
  readonly path: string;
  readonly title: string;
  /**
   * The lazily loaded page module the route renders (src/app/routes.tsx), whose chunks the page
   * requests with the entry's.
   */
  readonly lazyModule?: string;
}

/** The result page's module: the edge's pages render it, and the fallbacks ask for it on a result link. */
export const RESULT_PAGE_MODULE = 'src/result/result-page.tsx';

/**
 * The full-site pages whose HTML does not depend on the query: written as files, so they paint
 * before any JavaScript runs.
 */
export const PRERENDERED_PAGES: readonly PrerenderedPage[] = [
  { path: paths.home.getHref(), title: 'Django, Flask or FastAPI?' },
  ...QUESTIONS.map((question) => ({
    path: paths.question.getHref(question.id),
    title: question.title,
  })),
  { path: paths.review.getHref(), title: 'Check your answers' },
  {
    path: paths.compare.getHref(),
    title: 'Django, Flask and FastAPI compared',
    lazyModule: 'src/compare/compare-page.tsx',
  },
  {
    path: paths.embedCode.getHref(),
    title: 'Embed the picker',
    lazyModule: 'src/embed/embed-code-page.tsx',
  },
  {
    path: paths.performance.getHref(),
    title: 'Performance, measured',
    lazyModule: 'src/performance/performance-page.tsx',
  },
].map((page) => ({ ...page, title: `${page.title} – ${SITE_NAME}` }));

/** The app shell's title (200.html), before the app names the page it renders. */
export const SHELL_TITLE = SITE_NAME;

/** The not-found page (404.html): any path that is no route renders it. */
export const NOT_FOUND_PAGE = { path: '/__not-found__', title: `Page not found – ${SITE_NAME}` };

/** The result pages a server renders per request with their query (the edge build). */
export const EDGE_PAGE_PATHS = RENDERED_PATHS;

/**
 * The HTML inside `#root` for a route, once every lazy page in it has loaded. Fizz outlines a
 * large Suspense boundary as a fallback plus an inline script that swaps it in, which the CSP
 * rightly blocks; an unlimited chunk size keeps every boundary in place.
 */
export async function renderRoute(path: string): Promise<string> {
  // The web-streams API, which Node, browsers and workers share: src/ is written for them all.
  const { prelude } = await prerender(<ServerApp path={path} />, {
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  });
  const html = await new Response(prelude).text();
  if (html.includes('<template') || html.includes('<script')) {
    throw new Error(`Prerendering ${path} left a suspended boundary`);
  }
  return html;
}
