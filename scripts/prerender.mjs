/**
 * Build step after `vite build` and the server build of src/prerender.tsx: writes the HTML of
 * every full-site page whose content does not depend on the query, so it paints before any
 * JavaScript runs, and pins the whole site's Content-Security-Policy (scripts/page-html.mjs).
 *
 * Usage: node scripts/prerender.mjs <client outDir> <server outDir>
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadPageBuilder } from './page-html.mjs';

const [clientDir = 'dist', serverDir = 'dist-ssr'] = process.argv.slice(2);

const started = performance.now();
const client = resolve(clientDir);
const server = await import(pathToFileURL(resolve(serverDir, 'prerender.js')).href);
const { base, page, fallbackShell } = await loadPageBuilder(client);

for (const route of server.PRERENDER_ROUTES) {
  const body = await server.renderRoute(route.path);
  // `/compare` is written as compare.html: static hosts and CDNs serve it for the clean URL
  // (nginx: `try_files $uri $uri.html /index.html`), and so does `vite preview`.
  const file = route.path === '/' ? join(client, 'index.html') : join(client, `${route.path}.html`);
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, await page({ ...route, body }));
  console.log(`prerendered ${route.path.padEnd(20)} ${(body.length / 1024).toFixed(1)} KB`);
}

// An empty shell for hosts that serve 200.html as the single-page-app fallback (see README).
await writeFile(join(client, '200.html'), fallbackShell());
await (await import('./host-files.mjs')).writeHostFiles({ client, base, server });
await rm(resolve(serverDir), { recursive: true, force: true });
console.log(
  `prerendered ${server.PRERENDER_ROUTES.length} pages in ${Math.round(performance.now() - started)} ms`,
);
