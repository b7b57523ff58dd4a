/**
 * The files a static host needs beside the pages, written at the end of scripts/prerender.mjs:
 *
 * - `404.html`: the not-found page (prerendered into the app shell), which Cloudflare Pages,
 *   Netlify and the shipped nginx configs (deploy/nginx/) send with status 404 for every path that
 *   is neither a file nor an app route;
 * - `_headers` and `_redirects` from public/, with the base in front of every path for a
 *   BASE_PATH build;
 * - and no `.vite/` folder: the build manifest (source file names) is for the prerender only.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Any path that is no route: the routes render the not-found page for it. */
const NOT_FOUND_PROBE = '/__not-found__';

/** `/embed/*` under `/picker/`: `/picker/embed/*`. Paths only; full URLs are left alone. */
function withBase(path, base) {
  return path.startsWith('/') ? `${base}${path.slice(1)}` : path;
}

/** A `_headers` file with the base in front of each rule's path (the unindented lines). */
export function headersForBase(text, base) {
  return text
    .split('\n')
    .map((line) => (line.startsWith('/') ? withBase(line, base) : line))
    .join('\n');
}

/** A `_redirects` file with the base in front of each rule's source and target. */
export function redirectsForBase(text, base) {
  return text
    .split('\n')
    .map((line) => {
      if (line.trim() === '' || line.trimStart().startsWith('#')) return line;
      const [from = '', to = '', ...rest] = line.trim().split(/\s+/);
      return [withBase(from, base), withBase(to, base), ...rest].join(' ');
    })
    .join('\n');
}

/**
 * The not-found page as a file: the fallback shell (200.html) with the page's title and, inside
 * `#root`, the not-found page the routes render for any unknown path, so it reads before (and
 * without) JavaScript. It carries no prerendered path, so the app renders over it for whatever
 * address it was served at.
 */
function notFoundPage(shell, body) {
  const root = '<div id="root"></div>';
  if (!shell.includes(root)) throw new Error('200.html has no empty #root to prerender into');
  return shell
    .replace(/<title>(.*?)<\/title>/, (_match, site) => `<title>Page not found – ${site}</title>`)
    .replace(root, `<div id="root">${body}</div>`);
}

/**
 * Writes the host files into the client build.
 *
 * @param {{ client: string, base: string, server: { renderRoute: (path: string) => Promise<string> } }} build
 *   the client build folder, its deployment base (`/` or `/picker/`) and the prerender's server module
 */
export async function writeHostFiles({ client, base, server }) {
  const shell = await readFile(join(client, '200.html'), 'utf8');
  await writeFile(
    join(client, '404.html'),
    notFoundPage(shell, await server.renderRoute(NOT_FOUND_PROBE)),
  );
  if (base !== '/') {
    for (const [file, rebase] of [
      ['_headers', headersForBase],
      ['_redirects', redirectsForBase],
    ]) {
      const text = await readFile(join(client, file), 'utf8');
      await writeFile(join(client, file), rebase(text, base));
    }
  }
  await rm(join(client, '.vite'), { recursive: true, force: true });
  console.log(`host files: 404.html, _headers and _redirects for ${base}; manifest removed`);
}
