/**
 * Build step after `vite build` and the server build of src/prerender.tsx: writes the HTML of
 * every full-site page whose content does not depend on the query, so it paints before any
 * JavaScript runs, and pins the whole site's Content-Security-Policy.
 *
 * Usage: node scripts/prerender.mjs <client outDir> <server outDir>
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [clientDir = 'dist', serverDir = 'dist-ssr'] = process.argv.slice(2);

/**
 * A static host answers unknown URLs (a shared result, an /embed… page, a typo) with the
 * prerendered home page. This runs before the first paint and marks the mismatch, so the
 * stylesheet hides the home page's content until the app renders the right page.
 */
const ROUTE_GUARD = `(function(){var d=document.documentElement,e=d.getAttribute('data-prerendered-path'),t=function(p){return p.length>1?p.replace(/\\/+$/,''):p};if(e!==null&&t(location.pathname)!==t(e))d.setAttribute('data-route-mismatch','')})();`;

function contentSecurityPolicy(inlineScriptHash, inlineStyleHash) {
  return [
    "default-src 'self'",
    `script-src 'self' '${inlineScriptHash}'`,
    `style-src 'self' '${inlineStyleHash}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

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
const base = template.match(/<script type="module" crossorigin src="([^"]*?)assets\//)?.[1] ?? '/';

const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

// The main stylesheet is small: inlined, it costs the first paint no extra round trip.
const stylesheetLink = template.match(
  /<link rel="stylesheet" crossorigin href="[^"]*?(assets\/[^"]+\.css)">/,
);
if (!stylesheetLink) throw new Error('index.html links no stylesheet to inline');
const css = (await readFile(join(client, stylesheetLink[1]), 'utf8')).trim();
const shell = template.replace(stylesheetLink[0], `<style>${css}</style>`);

const head = [
  `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(sha256(ROUTE_GUARD), sha256(css))}" />`,
  `<script>${ROUTE_GUARD}</script>`,
].join('\n    ');

/** The CSS and JavaScript a lazily loaded page needs, so its prerendered HTML is styled at once. */
function preloadsFor(moduleId) {
  const links = [];
  const seen = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    links.push(`<link rel="modulepreload" crossorigin href="${base}${chunk.file}" />`);
    for (const css of chunk.css ?? [])
      links.push(`<link rel="stylesheet" crossorigin href="${base}${css}" />`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  if (moduleId) visit(moduleId);
  return links.join('\n    ');
}

function page({ path, title, body, lazyModule }) {
  return shell
    .replace(
      '<html lang="en">',
      `<html lang="en" data-prerendered-path="${escapeHtml(`${base}${path.slice(1)}`)}">`,
    )
    .replace(/<title>.*?<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${head}`)
    .replace('</head>', `  ${preloadsFor(lazyModule)}\n  </head>`)
    .replace('<div id="root"></div>', `<div id="root">${body}</div>`);
}

for (const route of server.PRERENDER_ROUTES) {
  const body = await server.renderRoute(route.path);
  // `/compare` is written as compare.html: static hosts and CDNs serve it for the clean URL
  // (nginx: `try_files $uri $uri.html /index.html`), and so does `vite preview`.
  const file = route.path === '/' ? join(client, 'index.html') : join(client, `${route.path}.html`);
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, page({ ...route, body }));
  console.log(`prerendered ${route.path.padEnd(20)} ${(body.length / 1024).toFixed(1)} KB`);
}

// An empty shell for hosts that serve 200.html as the single-page-app fallback (see README).
await writeFile(
  join(client, '200.html'),
  shell.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${head}`),
);
await rm(resolve(serverDir), { recursive: true, force: true });
console.log(
  `prerendered ${server.PRERENDER_ROUTES.length} pages in ${Math.round(performance.now() - started)} ms`,
);
