/**
 * Build step after `vite build` and the server build of src/prerender.tsx: writes the HTML of
 * every full-site page whose content does not depend on the query, so it paints before any
 * JavaScript runs, and pins the whole site's Content-Security-Policy.
 *
 * Usage: node scripts/prerender.mjs <client outDir> <server outDir>
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ENTRY_ATTRIBUTE,
  PRERENDERED_PATH_ATTRIBUTE,
  RESULT_CHUNKS_ATTRIBUTE,
  bootstrapHead,
} from './page-bootstrap.mjs';

const [clientDir = 'dist', serverDir = 'dist-ssr'] = process.argv.slice(2);

function escapeHtml(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const started = performance.now();
const client = resolve(clientDir);
const template = await readFile(join(client, 'index.html'), 'utf8');
const manifest = JSON.parse(await readFile(join(client, '.vite', 'manifest.json'), 'utf8'));
const server = await import(pathToFileURL(resolve(serverDir, 'prerender.js')).href);
// The entry module is started by the page loader after the first paint (page-bootstrap.mjs); the
// page only preloads it, so it is fetched and compiled while the HTML paints.
const entryScript = template.match(
  /<script type="module" crossorigin src="(([^"]*?)assets\/[^"]+\.js)"><\/script>/,
);
if (!entryScript) throw new Error('index.html has no entry module script');
const [entryTag, entryUrl, base] = entryScript;

// Stylesheets are small: inlined, they cost the first paint no extra round trip.
const stylesheetLink = template.match(
  /<link rel="stylesheet" crossorigin href="[^"]*?(assets\/[^"]+\.css)">/,
);
if (!stylesheetLink) throw new Error('index.html links no stylesheet to inline');
const readCss = async (file) => (await readFile(join(client, file), 'utf8')).trim();
const mainCss = await readCss(stylesheetLink[1]);
const STYLES_SLOT = '<!--prerender:styles-->';
const shell = template
  .replace(stylesheetLink[0], STYLES_SLOT)
  .replace(entryTag, `<link rel="modulepreload" crossorigin href="${entryUrl}">`);

/** The JavaScript and CSS of a lazily loaded page, so its prerendered HTML is ready at once. */
function lazyAssets(moduleId) {
  const scripts = [];
  const styles = [];
  const seen = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    // The entry chunk is the page's own module script.
    if (!chunk.isEntry) scripts.push(chunk.file);
    // A chunk that imports the entry lists the entry's stylesheet too: it is inlined already.
    for (const file of chunk.css ?? []) {
      if (file !== stylesheetLink[1] && !styles.includes(file)) styles.push(file);
    }
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  if (moduleId) visit(moduleId);
  return { scripts, styles };
}

/** What the fallback pages (the home page and 200.html) preload when the URL is a result. */
const resultAssets = lazyAssets('src/result/result-page.tsx');
const RESULT_CHUNKS = [...resultAssets.scripts, ...resultAssets.styles]
  .map((file) => `${base}${file}`)
  .join(' ');

function htmlAttributes(prerenderedPath) {
  const attributes = [`lang="en"`, `${ENTRY_ATTRIBUTE}="${escapeHtml(entryUrl)}"`];
  if (prerenderedPath !== undefined) {
    attributes.push(`${PRERENDERED_PATH_ATTRIBUTE}="${escapeHtml(prerenderedPath)}"`);
  }
  if (prerenderedPath === undefined || prerenderedPath === base) {
    attributes.push(`${RESULT_CHUNKS_ATTRIBUTE}="${escapeHtml(RESULT_CHUNKS)}"`);
  }
  return `<html ${attributes.join(' ')}>`;
}

async function page({ path, title, body, lazyModule }) {
  const { scripts, styles } = lazyAssets(lazyModule);
  const css = [mainCss, ...(await Promise.all(styles.map(readCss)))];
  const preloads = scripts
    .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}" />`)
    .join('\n    ');
  return shell
    .replace('<html lang="en">', htmlAttributes(`${base}${path.slice(1)}`))
    .replace(/<title>.*?<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${bootstrapHead(css)}`)
    .replace(STYLES_SLOT, css.map((text) => `<style>${text}</style>`).join('\n    '))
    .replace('</head>', `  ${preloads}\n  </head>`)
    .replace('<div id="root"></div>', `<div id="root">${body}</div>`);
}

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
await writeFile(
  join(client, '200.html'),
  shell
    .replace('<html lang="en">', htmlAttributes(undefined))
    .replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    ${bootstrapHead([mainCss])}`,
    )
    .replace(STYLES_SLOT, `<style>${mainCss}</style>`),
);
await (await import('./host-files.mjs')).writeHostFiles({ client, base, server });
await rm(resolve(serverDir), { recursive: true, force: true });
console.log(
  `prerendered ${server.PRERENDER_ROUTES.length} pages in ${Math.round(performance.now() - started)} ms`,
);
