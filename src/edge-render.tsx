/**
 * Server entry of the edge build (edge/worker.ts): renders a result page, full or embedded, with
 * its query, so the HTML a shared link returns already holds the recommendation. The browser
 * hydrates it: the tree is the client's (src/server-tree.tsx) and `data-query-rendered` tells
 * the client's first render to read the query too (src/ui/use-hydrated.ts).
 */
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { preloadPageAt } from './app/routes';
import { resultLinkPreview, type LinkPreview } from './domain/link-preview';
import { resolveResultLink } from './domain/links/resolve';
import type { EmbedTheme } from './domain/links/share-link';
import { buildResultReport } from './domain/result-report';
import { MODEL_REGISTRY } from './domain/scoring-models';
import { basePrefix, isEmbedPath, paths, renderAtOrigin, routePath } from './paths';
import { ServerApp } from './server-tree';
import { SITE_NAME } from './ui/use-document-title';

/** The pages the edge renders; every other path is a static file or the app's fallback. */
export const RENDERED_PATHS: readonly string[] = [
  paths.result.getHref(''),
  paths.result.getHref('', 'embed'),
];

/** The rendered page's path without the base (`/result`, `/embed/result`), or undefined. */
export function renderedPath(pathname: string): string | undefined {
  const path = routePath(pathname);
  const underBase = basePrefix() === '' || path !== pathname;
  return underBase && RENDERED_PATHS.includes(path) ? path : undefined;
}

export interface RenderedPage {
  /** The HTML inside `#root`. */
  readonly body: string;
  /** The document title, as the page sets it once it runs. */
  readonly title: string;
  /** The link preview, when the link shows a recommendation. */
  readonly preview: LinkPreview | undefined;
  /** The full-site result link for the same answers and model, as Copy link writes it. */
  readonly shareHref: string;
  /** The embed's theme, to set on `<html>` before the first paint. */
  readonly theme: EmbedTheme;
}

/** What the page shows, worked out from the link through the same report as the page. */
function describeLink(path: string, search: string, today: string) {
  const resolved = resolveResultLink(search, MODEL_REGISTRY, { embed: isEmbedPath(path) });
  if (resolved.kind === 'newer') {
    return {
      title: 'Link from a newer version',
      preview: undefined,
      shareHref: paths.result.getHref(''),
      theme: resolved.theme,
    };
  }
  const report = buildResultReport({
    answers: resolved.link.answers,
    model: resolved.model,
    today,
  });
  return {
    title: report.verdict.headline,
    preview: resultLinkPreview(report),
    shareHref: paths.result.getHref(resolved.shareQuery),
    theme: resolved.link.theme,
  };
}

/** Set where a lazy part of the page could not render synchronously, as yet unloaded. */
const CLIENT_RENDERED_BOUNDARY = '<!--$!-->';

/**
 * Renders `url` (a path from `renderedPath`). The render itself is synchronous, so the origin it
 * makes absolute URLs with is this request's alone; lazily loaded pages are loaded first, once
 * per worker, by an asynchronous render that waits for them.
 */
export async function renderPage(url: URL): Promise<RenderedPage> {
  const path = renderedPath(url.pathname);
  if (path === undefined) throw new Error(`The edge does not render ${url.pathname}`);
  // The page's lazy modules (and the frame's chrome on `/embed…`), as the browser loads them
  // before its first render.
  await preloadPageAt(path);
  const element = <ServerApp path={path} search={url.search} />;
  let body = renderAtOrigin(url.origin, () => renderToString(element));
  for (let attempt = 0; body.includes(CLIENT_RENDERED_BOUNDARY) && attempt < 3; attempt += 1) {
    const { prelude } = await prerender(element);
    await prelude.cancel();
    body = renderAtOrigin(url.origin, () => renderToString(element));
  }
  if (body.includes(CLIENT_RENDERED_BOUNDARY) || body.includes('<script')) {
    throw new Error(`Rendering ${url.pathname} left a suspended boundary`);
  }
  const { title, ...link } = describeLink(path, url.search, new Date().toISOString().slice(0, 10));
  return { body, title: `${title} – ${SITE_NAME}`, ...link };
}
