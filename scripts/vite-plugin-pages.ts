/**
 * The page pipeline: one `vite build` writes every HTML file of the site from the client build's
 * chunk graph, with no second pass over Vite's output.
 *
 * - The builder builds the server entry (src/prerender.tsx, the table of pages and their render)
 *   first, then the client; the client's `generateBundle` renders each page with the server
 *   build and emits the prerendered pages, the app shell (200.html), the not-found page
 *   (404.html) and the host files (`_headers`, `_redirects`, rebased for a BASE_PATH build).
 * - Every page is written whole by scripts/pages/page-document.ts: the inline loader
 *   (src/boot/page-loader.ts, bundled and minified here) pinned by the hash of its emitted text,
 *   the one stylesheet inlined and pinned, and on `<html>` the modules the loader requests.
 * - The edge's result-page templates come from the same build, into a report beside the output
 *   (scripts/lib/pages-report.mjs) that the edge build and the size check read.
 * - In development the dev server serves the same document, with Vite's module script.
 *
 * index.html only names the entry for Vite; the HTML Vite makes of it is replaced.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import {
  ENTRY_ATTRIBUTE,
  MODULES_ATTRIBUTE,
  PRERENDERED_PATH_ATTRIBUTE,
  QUERY_RENDERED_ATTRIBUTE,
  RESULT_CHUNKS_ATTRIBUTE,
} from '../src/boot/page-attributes.ts';
import { bundleClassicScript } from './lib/classic-script.ts';
import { pagesReportFile, type BuiltPage, type PagesReport } from './lib/pages-report.mjs';
import { chunkGraph, type ChunkGraph } from './pages/chunk-graph.ts';
import { HOST_FILES } from './pages/host-files.ts';
import { pageDocument, type Attribute } from './pages/page-document.ts';
import { socialMetaTags } from './pages/social-meta.ts';

/**
 * What the server entry (src/prerender.tsx) exports, as its build is read here: the table of
 * pages and their render. tests/unit/page-table.test.ts holds the entry to this shape.
 */
export interface ServerEntry {
  readonly PRERENDERED_PAGES: readonly {
    readonly path: string;
    readonly title: string;
    readonly lazyModule?: string;
  }[];
  readonly RESULT_PAGE_MODULE: string;
  readonly SHELL_TITLE: string;
  readonly NOT_FOUND_PAGE: { readonly path: string; readonly title: string };
  readonly EDGE_PAGE_PATHS: readonly string[];
  renderRoute(path: string): Promise<string>;
}

const SERVER_ENTRY = 'src/prerender.tsx';
const SERVER_FILE = 'pages-server.js';
const LOADER_ENTRY = 'src/boot/page-loader.ts';
const APP_ENTRY = '/src/main.tsx';
/** The app's name, the title of a page before the app names it. */
const SITE_NAME_MODULE = '/src/ui/use-document-title.ts';

/** What a server fills in per request in an edge template (edge/edge-handler.ts). */
const EDGE_SLOTS = {
  title: '%EDGE:TITLE%',
  body: '%EDGE:BODY%',
  theme: '%EDGE:THEME%',
  preview: '%EDGE:PREVIEW%',
};

/** The server build's folder, beside the client's, removed once the pages are written. */
const serverOutDir = (clientOutDir: string) => `${clientOutDir}-server`;

/** The inline loader as every page carries it. */
export function buildPageLoader(): Promise<string> {
  return bundleClassicScript(LOADER_ENTRY);
}

interface PageRequest {
  /** The route without the base; none for the app shell and the not-found page. */
  readonly path?: string;
  readonly title: string;
  readonly body?: string;
  readonly lazyModule?: string;
  /** A template the edge fills in per request. */
  readonly edge?: boolean;
}

interface BuildContext {
  readonly graph: ChunkGraph;
  readonly base: string;
  readonly loader: string;
  /** The link-preview tags of a static page. */
  readonly meta: readonly (readonly Attribute[])[];
  /** The result page's module, whose chunks the fallback pages name. */
  readonly resultModule: string;
}

/** Writes the pages of one build: each page's HTML, and the files its loader requests. */
function pageWriter({ graph, base, loader, meta, resultModule }: BuildContext) {
  const url = (file: string) => `${base}${file}`;
  const resultChunks = graph.lazyChunks(resultModule);
  return function page({ path, title, body, lazyModule, edge = false }: PageRequest) {
    const modules = [
      ...new Set([...graph.entryImports, ...(lazyModule ? graph.lazyChunks(lazyModule) : [])]),
    ];
    const rootAttributes: Attribute[] = [
      [ENTRY_ATTRIBUTE, url(graph.entry)],
      [MODULES_ATTRIBUTE, modules.map(url).join(' ')],
    ];
    if (path !== undefined) {
      rootAttributes.push([PRERENDERED_PATH_ATTRIBUTE, url(path.slice(1))]);
    }
    // The pages a static host serves for a result link: the home page (nginx) and the shell.
    if (path === undefined || path === '/') {
      rootAttributes.push([RESULT_CHUNKS_ATTRIBUTE, resultChunks.map(url).join(' ')]);
    }
    if (edge) rootAttributes.unshift([QUERY_RENDERED_ATTRIBUTE, true]);
    const html = pageDocument({
      title,
      rootAttributes,
      loader,
      meta: edge ? [] : meta,
      styles: [graph.stylesheet.text],
      ...(body === undefined ? {} : { body }),
      ...(edge ? { rootSlot: EDGE_SLOTS.theme, headSlot: EDGE_SLOTS.preview } : {}),
    });
    return { html, scripts: [graph.entry, ...modules] };
  };
}

export function pages({ siteUrl }: { siteUrl: string | undefined }): Plugin[] {
  let report: PagesReport | undefined;
  return [
    {
      name: 'python-framework-picker:pages-builder',
      apply: 'build',
      config(config) {
        // Another server entry built on its own (`vite build --ssr other.ts`) is left alone.
        if (config.build?.ssr) return;
        return {
          builder: {},
          environments: {
            ssr: {
              build: {
                ssr: SERVER_ENTRY,
                outDir: serverOutDir(config.build?.outDir ?? 'dist'),
                emptyOutDir: true,
                copyPublicDir: false,
                rolldownOptions: { output: { entryFileNames: SERVER_FILE } },
              },
            },
          },
        };
      },
      async buildApp(builder) {
        const { client, ssr } = builder.environments;
        // A single build of another entry (`vite build --ssr other.ts`): Vite's own order.
        if (!client || !ssr) return;
        try {
          await builder.build(ssr);
          await builder.build(client);
        } finally {
          await rm(resolve(ssr.config.root, ssr.config.build.outDir), {
            recursive: true,
            force: true,
          });
        }
      },
    },
    {
      name: 'python-framework-picker:pages',
      apply: 'build',
      applyToEnvironment: (environment) => environment.name === 'client',
      generateBundle: {
        // After Vite's own plugins: the stylesheet is in the bundle, and so is Vite's index.html.
        order: 'post',
        async handler(_options, bundle) {
          const { root, base, build, publicDir, logger } = this.environment.config;
          const started = performance.now();
          const server: ServerEntry = await import(
            pathToFileURL(join(resolve(root, serverOutDir(build.outDir)), SERVER_FILE)).href
          );
          const graph = chunkGraph(bundle, root);
          const loader = await buildPageLoader();
          const page = pageWriter({
            graph,
            base,
            loader,
            meta: socialMetaTags(siteUrl, base),
            resultModule: server.RESULT_PAGE_MODULE,
          });

          const pagesWritten: BuiltPage[] = [];
          const emit = (file: string, path: string | null, request: PageRequest) => {
            const { html, scripts } = page(request);
            this.emitFile({ type: 'asset', fileName: file, source: html });
            pagesWritten.push({ path, file, scripts });
          };
          // Vite's HTML of index.html names the entry with a script element: every page is
          // written here instead, the home page as index.html.
          delete bundle['index.html'];
          for (const { path, title, lazyModule } of server.PRERENDERED_PAGES) {
            const body = await server.renderRoute(path);
            // `/compare` as compare.html: static hosts and CDNs serve it for the clean URL.
            const file = path === '/' ? 'index.html' : `${path.slice(1)}.html`;
            emit(file, path, { path, title, body, ...(lazyModule ? { lazyModule } : {}) });
            logger.info(`prerendered ${path.padEnd(20)} ${(body.length / 1024).toFixed(1)} KB`);
          }
          // The app shell, for hosts that serve 200.html as the single-page-app fallback; and the
          // not-found page in the same shell, which renders over it for whatever address it has.
          emit('200.html', null, { title: server.SHELL_TITLE });
          const { NOT_FOUND_PAGE } = server;
          emit('404.html', null, {
            title: NOT_FOUND_PAGE.title,
            body: await server.renderRoute(NOT_FOUND_PAGE.path),
          });
          if (publicDir) {
            for (const [file, rebase] of Object.entries(HOST_FILES)) {
              const text = await readFile(join(publicDir, file), 'utf8');
              this.emitFile({ type: 'asset', fileName: file, source: rebase(text, base) });
            }
          }
          const edgeTemplates: PagesReport['edgeTemplates'] = Object.fromEntries(
            server.EDGE_PAGE_PATHS.map((path) => [
              path,
              page({
                path,
                title: EDGE_SLOTS.title,
                body: EDGE_SLOTS.body,
                lazyModule: server.RESULT_PAGE_MODULE,
                edge: true,
              }),
            ]),
          );
          report = { base, pages: pagesWritten, edgeTemplates };
          logger.info(
            `pages: ${pagesWritten.length} HTML files, host files for ${base}, edge templates for ` +
              `${Object.keys(edgeTemplates).join(', ')} in ${Math.round(performance.now() - started)} ms`,
          );
        },
      },
      async writeBundle() {
        if (!report) return;
        const { root, build } = this.environment.config;
        const file = pagesReportFile(resolve(root, build.outDir));
        await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
      },
    },
    {
      name: 'python-framework-picker:pages-dev',
      apply: 'serve',
      transformIndexHtml: {
        // The same document as a built page, with the entry as Vite serves it in development.
        order: 'pre',
        async handler(_html, { server }) {
          if (!server) throw new Error('The development page needs the dev server');
          const { SITE_NAME } = await server.ssrLoadModule(SITE_NAME_MODULE);
          return pageDocument({
            title: String(SITE_NAME),
            meta: socialMetaTags(siteUrl, server.config.base),
            moduleScripts: [APP_ENTRY],
          });
        },
      },
    },
  ];
}
