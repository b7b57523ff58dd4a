/**
 * The JavaScript budget (issue: home and question pages load at most 95 KB gzipped, goal 90).
 * Prints every chunk's raw and gzipped size, then the JavaScript each budgeted page loads before
 * it is interactive: the entry and the modules its loader requests, as the build's report lists
 * them from the chunk graph (scripts/lib/pages-report.mjs); fails over budget, and when
 * `embed.js` is over its 2 KB. Sizes use zlib's default level 6, as most servers and CDNs do.
 *
 * Usage: node scripts/check-size.mjs [outDir]   (default: dist)
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readCommandLine } from './lib/command-line.mjs';
import { readPagesReport } from './lib/pages-report.mjs';

const { positionals } = readCommandLine('node scripts/check-size.mjs [outDir]   (default: dist)', {
  allowPositionals: true,
});
const [outDir = 'dist'] = positionals;
const BUDGET_KB = 95;
const GOAL_KB = 90;
const BUDGETED_PAGES = ['/', '/questions/kind', '/questions/team'];
// The host-page script (src/embed-host/embed-script.ts), which every build emits.
const EMBED_SCRIPT = 'embed.js';
const EMBED_BUDGET_KB = 2;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = new Map();

async function sizeOf(file) {
  if (!sizes.has(file)) {
    const content = await readFile(join(outDir, file));
    sizes.set(file, { raw: content.length, gzip: gzipSync(content).length });
  }
  return sizes.get(file);
}

const report = await readPagesReport(outDir);
const assets = (await readdir(join(outDir, 'assets'))).filter((name) => /\.(js|css)$/.test(name));
console.log(`Chunks in ${outDir}/assets (raw, gzipped):`);
for (const file of [...assets.sort().map((name) => join('assets', name)), EMBED_SCRIPT]) {
  const size = await sizeOf(file).catch(() => {
    throw new Error(`${outDir} has no ${file}: rebuild it`);
  });
  const name = file.replace(/^assets\//, '');
  console.log(`  ${name.padEnd(48)} ${kb(size.raw).padStart(10)} ${kb(size.gzip).padStart(10)}`);
}

let failed = false;
console.log(
  `\nJavaScript loaded by each budgeted page (budget ${BUDGET_KB} KB gzipped, goal ${GOAL_KB} KB):`,
);
for (const path of BUDGETED_PAGES) {
  const page = report.pages.find((built) => built.path === path);
  if (!page) throw new Error(`The build wrote no page for ${path}`);
  let total = 0;
  for (const file of new Set(page.scripts)) total += (await sizeOf(file)).gzip;
  const verdict =
    total > BUDGET_KB * 1024
      ? 'OVER BUDGET'
      : total > GOAL_KB * 1024
        ? 'within budget, over goal'
        : 'within goal';
  if (total > BUDGET_KB * 1024) failed = true;
  console.log(`  ${path.padEnd(20)} ${kb(total).padStart(10)}  ${verdict}`);
}

const embedScript = await sizeOf(EMBED_SCRIPT);
if (embedScript.gzip > EMBED_BUDGET_KB * 1024) {
  console.log(
    `\n${EMBED_SCRIPT} is ${kb(embedScript.gzip)} gzipped: over its ${EMBED_BUDGET_KB} KB budget.`,
  );
  failed = true;
}
if (failed) {
  console.error('\nSize check failed.');
  process.exit(1);
}
console.log('\nSize check passed.');
