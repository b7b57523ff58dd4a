/**
 * `npm run build:edge` (after `npm run build`): bundles the edge build's worker into dist-edge/,
 * for `npm run start:edge` (wrangler dev) or `wrangler deploy -c edge/wrangler.jsonc`. The
 * static files stay those of dist/; the worker carries the result pages' templates, made by the
 * same code as the prerendered pages (scripts/page-html.mjs), and the static build's _headers.
 *
 * Usage: node scripts/build-edge.mjs [static build dir]
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { loadPageBuilder } from './page-html.mjs';

const staticDir = resolve(process.argv[2] ?? 'dist');
const OUT_DIR = 'dist-edge';
const SHELL_DIR = resolve(OUT_DIR, 'client-shell');
const started = performance.now();

if (!existsSync(join(staticDir, '200.html'))) {
  console.error(`No static build in ${staticDir}: run \`npm run build\` first.`);
  process.exit(1);
}

// The prerender has replaced the client build's index.html with the home page, so the page
// assembly reads a fresh client build's shell and manifest. Vite builds are reproducible: its
// files are those of the static build, which is checked below.
console.log('== client shell for the templates');
await build({ logLevel: 'warn', build: { outDir: SHELL_DIR, emptyOutDir: true } });
const { base, page } = await loadPageBuilder(SHELL_DIR);

/** The result route's lazily loaded module, whose chunks and CSS the result templates carry. */
const RESULT_MODULE = 'src/result/result-page.tsx';
const manifest = JSON.parse(await readFile(join(SHELL_DIR, '.vite', 'manifest.json'), 'utf8'));
if (!manifest[RESULT_MODULE]) {
  // Without it the rendered result would paint unstyled until the app loads its CSS.
  throw new Error(`${RESULT_MODULE} is no chunk of the client build: update RESULT_MODULE`);
}

/** Every slot must be there exactly once, or the worker would silently leave a part out. */
function withSlot(html, search, replacement) {
  const parts = html.split(search);
  if (parts.length !== 2) throw new Error(`Template has ${parts.length - 1} of ${search}`);
  return parts.join(replacement);
}

/**
 * A result page's template: the page assembly of the static build with slots for what the
 * worker fills in per request. SITE_URL's generic preview tags give way to the result's own.
 */
async function resultTemplate(path) {
  const html = await page({
    path,
    title: '%EDGE:TITLE%',
    body: '%EDGE:BODY%',
    lazyModule: RESULT_MODULE,
  });
  const withoutGenericPreview = html.replace(
    /\n?\s*<meta (?:property="og:|name="twitter:)[^>]*>/g,
    '',
  );
  const marked = withSlot(
    withoutGenericPreview,
    '<html lang="en"',
    '<html lang="en" data-query-rendered%EDGE:THEME%',
  );
  return withSlot(marked, '</head>', '  %EDGE:PREVIEW%\n  </head>');
}

const templates = {
  '/result': await resultTemplate('/result'),
  '/embed/result': await resultTemplate('/embed/result'),
};
await rm(SHELL_DIR, { recursive: true, force: true });
for (const [path, html] of Object.entries(templates)) {
  // Links, and the module lists the page loader reads (data-entry, data-modules, …).
  const urls = [...html.matchAll(/\s(?:src|href|data-[a-z-]+)="([^"]*)"/g)].flatMap((match) =>
    match[1].split(' '),
  );
  for (const file of urls.flatMap((url) => /assets\/.+$/.exec(url) ?? [])) {
    if (!existsSync(join(staticDir, file))) {
      throw new Error(`The ${path} template needs ${file}, which ${staticDir} lacks: rebuild both`);
    }
  }
}
const headersFile = join(staticDir, '_headers');
const headersText = existsSync(headersFile) ? await readFile(headersFile, 'utf8') : '';
console.log(
  `edge templates for ${Object.keys(templates).join(', ')}; _headers from ${headersFile}`,
);

const VIRTUAL_ID = 'virtual:edge-build';
const headersParser = resolve('edge/headers-file.ts');

console.log('== worker');
await build({
  logLevel: 'warn',
  plugins: [
    {
      name: 'python-framework-picker:edge-build',
      resolveId: (id) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
      load: (id) =>
        id === `\0${VIRTUAL_ID}`
          ? [
              `import { parseHeadersFile } from ${JSON.stringify(headersParser)};`,
              `export default {`,
              `  base: ${JSON.stringify(base)},`,
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
