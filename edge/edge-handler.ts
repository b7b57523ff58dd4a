/**
 * The edge build's request handler, in the WinterCG shape (`fetch(request) → Response`) that
 * Cloudflare Workers, Deno, Netlify and Vercel edge functions run: result pages (`/result?…`,
 * `/embed/result?…`) are rendered with their query, so a shared link paints its recommendation
 * and unfurls with it; every other request goes to the static build.
 */
import { escapeHtml } from '../scripts/escape-html.mjs';
import { renderedPath, renderPage, type RenderedPage } from '../src/edge-render';
import { headersFor, type HeaderRule } from './headers-file';

/** What scripts/build-edge.mjs takes from the client build. */
export interface EdgeBuild {
  /** The deployment base, e.g. `/`. */
  readonly base: string;
  /** Page templates by rendered path, with `%EDGE:…%` slots (see `fillTemplate`). */
  readonly templates: Readonly<Record<string, string>>;
  /** The static build's `_headers`, applied to the pages rendered here too. */
  readonly headerRules: readonly HeaderRule[];
}

/** Serves a request from the static build (the host's file server or asset binding). */
export type StaticFiles = (request: Request) => Promise<Response>;

/** The Open Graph and Twitter tags of a rendered result: the verdict, its scores and its card. */
function previewTags(page: RenderedPage, origin: string, base: string): string {
  const { preview } = page;
  if (!preview) return '';
  const root = `${origin}${base}`;
  const image = `${root}${preview.imageFile}`;
  const tags: [kind: 'property' | 'name', key: string, content: string][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', 'Python Framework Picker'],
    ['property', 'og:title', preview.title],
    ['property', 'og:description', preview.description],
    ['property', 'og:url', `${root}${page.shareHref.slice(1)}`],
    ['property', 'og:image', image],
    ['property', 'og:image:width', '1200'],
    ['property', 'og:image:height', '630'],
    ['property', 'og:image:alt', preview.imageAlt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', preview.title],
    ['name', 'twitter:description', preview.description],
    ['name', 'twitter:image', image],
  ];
  return tags
    .map(([kind, key, content]) => `<meta ${kind}="${key}" content="${escapeHtml(content)}" />`)
    .join('\n    ');
}

/**
 * Fills a template's slots. Split and joined rather than `String.replace`, which would read
 * `$&` and the like in the rendered text as replacement patterns.
 */
function fillTemplate(template: string, slots: Readonly<Record<string, string>>): string {
  return template
    .split(/(%EDGE:[A-Z]+%)/)
    .map((part) => {
      const name = /^%EDGE:([A-Z]+)%$/.exec(part)?.[1];
      return name === undefined ? part : (slots[name] ?? '');
    })
    .join('');
}

/** A handler for `build`, falling back to `staticFiles` for everything it does not render. */
export function createEdgeHandler(build: EdgeBuild, staticFiles: StaticFiles) {
  return async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const readOnly = request.method === 'GET' || request.method === 'HEAD';
    const path = readOnly ? renderedPath(url.pathname) : undefined;
    const template = path === undefined ? undefined : build.templates[path];
    if (template === undefined) return staticFiles(request);
    let page: RenderedPage;
    try {
      page = await renderPage(url);
    } catch (error) {
      // The static build's fallback renders the page in the browser instead: never a blank page.
      console.error(error);
      return staticFiles(request);
    }
    const html = fillTemplate(template, {
      // The title, like everything from the render, is escaped here or by React.
      TITLE: escapeHtml(page.title),
      THEME: page.theme === 'auto' ? '' : ` data-theme="${page.theme}"`,
      PREVIEW: previewTags(page, url.origin, build.base),
      BODY: page.body,
    });
    const headers = headersFor(build.headerRules, url.pathname);
    headers.set('Content-Type', 'text/html; charset=utf-8');
    // The page is computed from its URL alone, but names this deployment's asset files.
    headers.set('Cache-Control', 'no-cache');
    return new Response(request.method === 'HEAD' ? null : html, { headers });
  };
}
