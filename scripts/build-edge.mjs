/**
 * `npm run build:edge` (after `npm run build`): bundles the edge build's worker into dist-edge/,
 * for `npm run start:edge` (wrangler dev) or `wrangler deploy -c edge/wrangler.jsonc`. The
 * static files stay those of the static build; the worker carries the result pages' templates,
 * which that same build wrote beside its output (scripts/vite-plugin-pages.ts), and its
 * `_headers`. No second client build: the templates name the static build's own chunks.
 *
 * Usage: node scripts/build-edge.mjs [static build dir]   (default: dist)
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { readCommandLine } from './lib/command-line.mjs';
import { pagesReportFile, readPagesReport } from './lib/pages-report.mjs';

const { positionals } = readCommandLine(
  'node scripts/build-edge.mjs [static build dir]   (default: dist)',
  { allowPositionals: true },
);
const staticDir = resolve(positionals[0] ?? 'dist');
const OUT_DIR = 'dist-edge';
const started = performance.now();

const report = await readPagesReport(staticDir);
const templates = Object.fromEntries(
  Object.entries(report.edgeTemplates).map(([path, { html, scripts }]) => {
    // The report and the files come from one build; a copy of only one of them is caught here.
    for (const file of scripts) {
      if (!existsSync(join(staticDir, file))) {
        throw new Error(`The ${path} template needs ${file}, which ${staticDir} lacks: rebuild it`);
      }
    }
    return [path, html];
  }),
);
const headersFile = join(staticDir, '_headers');
const headersText = existsSync(headersFile) ? await readFile(headersFile, 'utf8') : '';
console.log(
  `edge templates for ${Object.keys(templates).join(', ')} from ${pagesReportFile(staticDir)}; ` +
    `_headers from ${headersFile}`,
);

const VIRTUAL_ID = 'virtual:edge-build';
const headersParser = resolve('edge/headers-file.ts');

console.log('== worker');
await build({
  // The worker is built on its own: the site's config builds the pages.
  configFile: false,
  base: report.base,
  logLevel: 'warn',
  plugins: [
    react(),
    {
      name: 'python-framework-picker:edge-build',
      resolveId: (id) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
      load: (id) =>
        id === `\0${VIRTUAL_ID}`
          ? [
              `import { parseHeadersFile } from ${JSON.stringify(headersParser)};`,
              `export default {`,
              `  base: ${JSON.stringify(report.base)},`,
              `  templates: ${JSON.stringify(templates)},`,
              `  headerRules: parseHeadersFile(${JSON.stringify(headersText)}),`,
              `};`,
            ].join('\n')
          : undefined,
    },
  ],
  // Workers resolve packages with the `workerd` and `worker` conditions (React's edge builds).
  resolve: { conditions: ['workerd', 'worker', 'browser', 'import', 'default'] },
  ssr: { target: 'webworker', noExternal: true },
  build: {
    ssr: 'edge/worker.ts',
    outDir: OUT_DIR,
    emptyOutDir: true,
    manifest: false,
    ssrManifest: false,
    copyPublicDir: false,
    target: 'es2022',
    minify: true,
    rollupOptions: { output: { entryFileNames: 'worker.js' } },
  },
});
console.log(`built ${OUT_DIR}/worker.js in ${Math.round(performance.now() - started)} ms`);
