/**
 * The JavaScript budget (issue: home and question pages load at most 95 KB gzipped, goal 90).
 * Prints every chunk's raw and gzipped size, then the JavaScript each budgeted page loads before
 * it is interactive (the entry and modules its `<html>` names for the page loader, see
 * page-bootstrap.mjs), and fails over budget. Sizes use
 * zlib's default level 6, as most servers and CDNs do.
 *
 * Usage: node scripts/check-size.mjs [outDir]
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const outDir = process.argv[2] ?? 'dist';
const BUDGET_KB = 95;
const GOAL_KB = 90;
const BUDGETED_PAGES = ['index.html', 'questions/kind.html', 'questions/team.html'];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = new Map();

async function sizeOf(file) {
  if (!sizes.has(file)) {
    const content = await readFile(join(outDir, file));
    sizes.set(file, { raw: content.length, gzip: gzipSync(content).length });
  }
  return sizes.get(file);
}

const assets = (await readdir(join(outDir, 'assets'))).filter((name) => /\.(js|css)$/.test(name));
console.log(`Chunks in ${outDir}/assets (raw, gzipped):`);
for (const name of assets.sort()) {
  const size = await sizeOf(join('assets', name));
  console.log(`  ${name.padEnd(48)} ${kb(size.raw).padStart(10)} ${kb(size.gzip).padStart(10)}`);
}
// The host-page script (src/embed-host/embed-script.ts), which every build emits.
const EMBED_SCRIPT = 'embed.js';
const embedScript = await sizeOf(EMBED_SCRIPT).catch(() => {
  throw new Error(`${outDir} has no ${EMBED_SCRIPT}: every build emits it`);
});
console.log(
  `  ${EMBED_SCRIPT.padEnd(48)} ${kb(embedScript.raw).padStart(10)} ${kb(embedScript.gzip).padStart(10)}`,
);

/** The asset files of the modules the page loader starts: `data-entry` and `data-modules`. */
function loaderModules(html, page) {
  const root = /<html [^>]*>/.exec(html)?.[0] ?? '';
  const attribute = (name) => new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1];
  const entry = attribute('data-entry');
  if (!entry) throw new Error(`${page} names no entry module`);
  return [entry, ...(attribute('data-modules') ?? '').split(' ')].filter(Boolean).map((url) => {
    const file = /assets\/[^/]+\.js$/.exec(url)?.[0];
    if (!file) throw new Error(`${page} names ${url}, not a chunk of the build`);
    return file;
  });
}

let failed = false;
console.log(
  `\nJavaScript loaded by each budgeted page (budget ${BUDGET_KB} KB gzipped, goal ${GOAL_KB} KB):`,
);
for (const page of BUDGETED_PAGES) {
  const html = await readFile(join(outDir, page), 'utf8');
  const scripts = loaderModules(html, page);
  let total = 0;
  for (const file of new Set(scripts)) total += (await sizeOf(file)).gzip;
  const verdict =
    total > BUDGET_KB * 1024
      ? 'OVER BUDGET'
      : total > GOAL_KB * 1024
        ? 'within budget, over goal'
        : 'within goal';
  if (total > BUDGET_KB * 1024) failed = true;
  console.log(
    `  /${page.replace(/(index)?\.html$/, '').padEnd(20)} ${kb(total).padStart(10)}  ${verdict}`,
  );
}

if (embedScript.gzip > 2048) {
  console.log(`\nembed.js is ${kb(embedScript.gzip)} gzipped: over its 2 KB budget.`);
  failed = true;
}
if (failed) {
  console.error('\nSize check failed.');
  process.exit(1);
}
console.log('\nSize check passed.');
