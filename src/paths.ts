/**
 * Route paths and link builders (docs/contracts.md section 1). Every page builds its links here;
 * components never concatenate URLs. Paths are relative to the deployment base.
 */
import type { QuestionId } from './domain/questions';

/** Full site or the compact `/embed…` chrome used inside iframes. */
export type Chrome = 'full' | 'embed';

const EMBED_PREFIX = '/embed';

function prefixed(chrome: Chrome, path: string): string {
  return chrome === 'embed' ? `${EMBED_PREFIX}${path}` : path;
}

function withQuery(path: string, query: string): string {
  return query === '' ? path : `${path}?${query}`;
}

export const paths = {
  home: { path: '/', getHref: () => '/' },
  question: {
    path: '/questions/:questionId',
    getHref: (id: QuestionId, chrome: Chrome = 'full') => prefixed(chrome, `/questions/${id}`),
  },
  review: { path: '/review', getHref: (chrome: Chrome = 'full') => prefixed(chrome, '/review') },
  result: {
    path: '/result',
    /** `query` is an encoded share query (domain/share-link). */
    getHref: (query: string, chrome: Chrome = 'full') =>
      withQuery(prefixed(chrome, '/result'), query),
  },
  compare: {
    path: '/compare',
    getHref: (query = '', chrome: Chrome = 'full') =>
      withQuery(prefixed(chrome, '/compare'), query),
  },
  embedCode: { path: '/embed-code', getHref: () => '/embed-code' },
  performance: { path: '/performance', getHref: () => '/performance' },
  team: {
    path: '/team',
    /** `query` is an encoded team query (domain/team-link); none starts a new team. */
    getHref: (query = '') => withQuery('/team', query),
  },
  embed: { path: EMBED_PREFIX, getHref: () => EMBED_PREFIX },
} as const;

/** The deployment base without its trailing slash: '' at the root, '/picker' under a sub-path. */
export function basePrefix(): string {
  return import.meta.env.BASE_URL.replace(/\/$/, '');
}

/**
 * True for `/embed` and `/embed/*` (not `/embed-code` or `/embed.js`), given a path without the
 * deployment base.
 */
export function isEmbedPath(path: string): boolean {
  return path === EMBED_PREFIX || path.startsWith(`${EMBED_PREFIX}/`);
}

/** A path without trailing slashes, as the routes match it: `/compare/` is `/compare`. */
export function withoutTrailingSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/** Strips the deployment base from a browser pathname. */
export function routePath(pathname: string): string {
  const base = basePrefix();
  if (base !== '' && (pathname === base || pathname.startsWith(`${base}/`))) {
    return pathname.slice(base.length) || '/';
  }
  return pathname;
}

/** The origin a server render makes absolute URLs with: it has no `window` to ask. */
let serverOrigin = '';

/**
 * Runs a synchronous server render as if the page were at `origin`, so its absolute URLs match
 * the ones the browser makes when it hydrates the HTML. Synchronous, so that renders for
 * requests to different origins never see each other's.
 */
export function renderAtOrigin<T>(origin: string, render: () => T): T {
  const previous = serverOrigin;
  serverOrigin = origin;
  try {
    return render();
  } finally {
    serverOrigin = previous;
  }
}

/** An absolute URL on this page's own origin and base, for Copy link, messages and snippets. */
export function absoluteUrl(href: string): string {
  const origin = typeof window === 'undefined' ? serverOrigin : window.location.origin;
  return `${origin}${basePrefix()}${href}`;
}
