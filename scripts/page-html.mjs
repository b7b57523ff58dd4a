/**
 * How every HTML page of the build is put together: the app shell from `vite build`, its
 * stylesheets inlined, the Content-Security-Policy that pins the inline script and styles by
 * their hashes, and the chunks a page preloads. The build-time prerender (scripts/prerender.mjs)
 * writes the static pages with it; the edge build (scripts/build-edge.mjs) makes the templates
 * its server fills in per request, so both kinds of page follow one policy.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { escapeHtml } from './escape-html.mjs';
import {
  ENTRY_ATTRIBUTE,
  MODULES_ATTRIBUTE,
  PRERENDERED_PATH_ATTRIBUTE,
  RESULT_CHUNKS_ATTRIBUTE,
  bootstrapHead,
} from './page-bootstrap.mjs';

/**
 * Reads the client build in `clientDir` (its index.html and Vite manifest) and returns the
 * functions that write its pages.
 */
export async function loadPageBuilder(clientDir) {
  const client = resolve(clientDir);
  const template = await readFile(join(client, 'index.html'), 'utf8');
  const manifest = JSON.parse(await readFile(join(client, '.vite', 'manifest.json'), 'utf8'));
  // The entry module and the chunks it imports are requested by the page loader, after the first
  // paint on a page of its own (page-bootstrap.mjs): the page names them in attributes of <html>
  // instead of the script and modulepreload links Vite writes.
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
  const entryImports = [];
  const shell = template
    .replace(stylesheetLink[0], STYLES_SLOT)
    .replace(entryTag, '')
    .replace(/\n?\s*<link rel="modulepreload" crossorigin href="([^"]+\.js)">/g, (_, url) => {
      entryImports.push(url);
      return '';
    });

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

  /** `modules`: the page's chunks besides the entry and its imports. */
  function htmlAttributes(prerenderedPath, modules = []) {
    const attributes = [
      `lang="en"`,
      `${ENTRY_ATTRIBUTE}="${escapeHtml(entryUrl)}"`,
      `${MODULES_ATTRIBUTE}="${escapeHtml([...new Set([...entryImports, ...modules])].join(' '))}"`,
    ];
    if (prerenderedPath !== undefined) {
      attributes.push(`${PRERENDERED_PATH_ATTRIBUTE}="${escapeHtml(prerenderedPath)}"`);
    }
    if (prerenderedPath === undefined || prerenderedPath === base) {
      attributes.push(`${RESULT_CHUNKS_ATTRIBUTE}="${escapeHtml(RESULT_CHUNKS)}"`);
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
    const modules = scripts.map((file) => `${base}${file}`);
    return shell
      .replace('<html lang="en">', htmlAttributes(`${base}${path.slice(1)}`, modules))
      .replace(/<title>.*?<\/title>/, `<title>${escapeHtml(title)}</title>`)
      .replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${bootstrapHead(css)}`)
      .replace(STYLES_SLOT, css.map((text) => `<style>${text}</style>`).join('\n    '))
      .replace('<div id="root"></div>', `<div id="root">${body}</div>`);
  }

  /** An empty shell for hosts that serve 200.html as the single-page-app fallback (see README). */
  function fallbackShell() {
    return shell
      .replace('<html lang="en">', htmlAttributes(undefined))
      .replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    ${bootstrapHead([mainCss])}`,
      )
      .replace(STYLES_SLOT, `<style>${mainCss}</style>`);
  }

  return { base, page, fallbackShell };
}
