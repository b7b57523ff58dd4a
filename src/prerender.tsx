/**
 * Server entry for the build-time prerender (scripts/prerender.mjs): renders the full-site pages
 * whose HTML does not depend on the query, so they paint before any JavaScript runs. The tree is
 * the client's, with a StaticRouter in place of the BrowserRouter (src/server-tree.tsx).
 */
import { prerender } from 'react-dom/static';
import { QUESTIONS } from './domain/questions';
import { paths } from './paths';
import { ServerApp } from './server-tree';
import { SITE_NAME } from './ui/use-document-title';

export interface PrerenderRoute {
  /** The route path, without the deployment base. */
  readonly path: string;
  readonly title: string;
  /** The lazily loaded page module whose CSS and JavaScript the page should preload. */
  readonly lazyModule?: string;
}

export const PRERENDER_ROUTES: readonly PrerenderRoute[] = [
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
].map((route) => ({ ...route, title: `${route.title} – ${SITE_NAME}` }));

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
