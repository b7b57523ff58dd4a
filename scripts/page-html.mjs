/**
 * How every HTML page of the build is put together: the app shell from `vite build`, its
 * stylesheets inlined, the Content-Security-Policy that pins the inline script and styles by
 * their hashes, and the chunks a page preloads. The build-time prerender (scripts/prerender.mjs)
 * writes the static pages with it; the edge build (scripts/build-edge.mjs) makes the templates
 * its server fills in per request, so both kinds of page follow one policy.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { escapeHtml } from './escape-html.mjs';

/**
 * Runs before the first paint. A static host answers unknown URLs (a shared result, an /embed…
 * page, a typo) with the prerendered home page: this marks the mismatch, so the stylesheet hides
 * the home page's content until the app renders the right page. On a result URL it also starts
 * fetching the result page's chunks beside the app's own, rather than after it.
 */
const ROUTE_GUARD = `(function(){var d=document.documentElement,e=d.getAttribute('data-prerendered-path'),t=function(p){return p.length>1?p.replace(/\\/+$/,''):p},h=t(location.pathname),r=d.getAttribute('data-result-chunks');if(e!==null&&h!==t(e))d.setAttribute('data-route-mismatch','');if(r&&/\\/result$/.test(h))r.split(' ').forEach(function(f){var l=document.createElement('link'),c=/\\.css$/.test(f);l.rel=c?'preload':'modulepreload';if(c)l.as='style';l.crossOrigin='';l.href=f;document.head.appendChild(l)})})();`;

function contentSecurityPolicy(inlineScriptHash, inlineStyleHashes) {
  return [
    "default-src 'self'",
    `script-src 'self' '${inlineScriptHash}'`,
    `style-src 'self' ${inlineStyleHashes.map((hash) => `'${hash}'`).join(' ')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * Reads the client build in `clientDir` (its index.html and Vite manifest) and returns the
 * functions that write its pages.
 */
export async function loadPageBuilder(clientDir) {
  const client = resolve(clientDir);
  const template = await readFile(join(client, 'index.html'), 'utf8');
  const manifest = JSON.parse(await readFile(join(client, '.vite', 'manifest.json'), 'utf8'));
  const base =
    template.match(/<script type="module" crossorigin src="([^"]*?)assets\//)?.[1] ?? '/';

  // Stylesheets are small: inlined, they cost the first paint no extra round trip.
  const stylesheetLink = template.match(
    /<link rel="stylesheet" crossorigin href="[^"]*?(assets\/[^"]+\.css)">/,
  );
  if (!stylesheetLink) throw new Error('index.html links no stylesheet to inline');
  const readCss = async (file) => (await readFile(join(client, file), 'utf8')).trim();
  const mainCss = await readCss(stylesheetLink[1]);
  const STYLES_SLOT = '<!--prerender:styles-->';
  const shell = template.replace(stylesheetLink[0], STYLES_SLOT);

  /** The page's own policy: the route guard and each inlined stylesheet pinned by its hash. */
  function headFor(styles) {
    const policy = contentSecurityPolicy(sha256(ROUTE_GUARD), styles.map(sha256));
    return [
      `<meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      `<script>${ROUTE_GUARD}</script>`,
    ].join('\n    ');
  }

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
    const attributes = [`lang="en"`];
    if (prerenderedPath !== undefined) {
      attributes.push(`data-prerendered-path="${escapeHtml(prerenderedPath)}"`);
    }
    if (prerenderedPath === undefined || prerenderedPath === base) {
      attributes.push(`data-result-chunks="${escapeHtml(RESULT_CHUNKS)}"`);
    }
    return `<html ${attributes.join(' ')}>`;
  }

  /**
   * A whole page: `path` without the base, `body` the HTML inside `#root`, `lazyModule` the
   * lazily loaded page module whose chunks it preloads and whose CSS it inlines.
   */
  async function page({ path, title, body, lazyModule }) {
    const { scripts, styles } = lazyAssets(lazyModule);
    const css = [mainCss, ...(await Promise.all(styles.map(readCss)))];
    const preloads = scripts
      .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}" />`)
      .join('\n    ');
    return shell
      .replace('<html lang="en">', htmlAttributes(`${base}${path.slice(1)}`))
      .replace(/<title>.*?<\/title>/, `<title>${escapeHtml(title)}</title>`)
      .replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${headFor(css)}`)
      .replace(STYLES_SLOT, css.map((text) => `<style>${text}</style>`).join('\n    '))
      .replace('</head>', `  ${preloads}\n  </head>`)
      .replace('<div id="root"></div>', `<div id="root">${body}</div>`);
  }

  /** An empty shell for hosts that serve 200.html as the single-page-app fallback (see README). */
  function fallbackShell() {
    return shell
      .replace('<html lang="en">', htmlAttributes(undefined))
      .replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${headFor([mainCss])}`)
      .replace(STYLES_SLOT, `<style>${mainCss}</style>`);
  }

  return { base, page, fallbackShell };
}
