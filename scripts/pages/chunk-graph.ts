/**
 * What each page loads, read from the client build's chunk graph (Rolldown's output bundle, as
 * a plugin sees it in `generateBundle`): the entry, the chunks it imports, a lazily loaded page's
 * chunks, and the stylesheet.
 */
import { resolve } from 'node:path';
import type { Rolldown } from 'vite';

type Chunk = Rolldown.OutputChunk;

export interface ChunkGraph {
  /** The entry chunk's file, e.g. `assets/index-….js`. */
  readonly entry: string;
  /** The chunks the entry imports statically, deepest first, as Vite's own preloads list them. */
  readonly entryImports: readonly string[];
  /** The one stylesheet of the build (vite.config.ts: `cssCodeSplit: false`). */
  readonly stylesheet: { readonly file: string; readonly text: string };
  /**
   * The chunks of a lazily loaded module (its path from the project root): its own chunk first,
   * then everything it imports, however deep, but the entry, which every page loads anyway.
   */
  lazyChunks(module: string): readonly string[];
}

export function chunkGraph(bundle: Rolldown.OutputBundle, root: string): ChunkGraph {
  const files = Object.values(bundle);
  const chunks = files.filter((file): file is Chunk => file.type === 'chunk');
  const chunkAt = (fileName: string) => chunks.find((chunk) => chunk.fileName === fileName);

  const entries = chunks.filter((chunk) => chunk.isEntry);
  const [entry] = entries;
  if (!entry || entries.length !== 1) throw new Error(`The build has ${entries.length} entries`);

  const stylesheets = files.filter(
    (file): file is Rolldown.OutputAsset => file.type === 'asset' && file.fileName.endsWith('.css'),
  );
  const [stylesheet] = stylesheets;
  if (!stylesheet || stylesheets.length !== 1) {
    // Each page inlines the stylesheet and pins it by its hash: a lazy chunk's own stylesheet
    // would be a <link> that WebKit refuses in a frame sandboxed without allow-same-origin.
    throw new Error(`The build has ${stylesheets.length} stylesheets; pages inline exactly one`);
  }

  const deepestFirst = (chunk: Chunk, seen: Set<string>): string[] =>
    chunk.imports.flatMap((file) => {
      const imported = chunkAt(file);
      if (!imported || seen.has(file)) return [];
      seen.add(file);
      return [...deepestFirst(imported, seen), file];
    });

  return {
    entry: entry.fileName,
    entryImports: deepestFirst(entry, new Set()),
    stylesheet: { file: stylesheet.fileName, text: String(stylesheet.source).trim() },
    lazyChunks(module) {
      const id = resolve(root, module);
      const page = chunks.find((chunk) => chunk.isDynamicEntry && chunk.facadeModuleId === id);
      if (!page) throw new Error(`${module} is no lazily loaded chunk of the build`);
      const seen = new Set<string>();
      const found: string[] = [];
      const visit = (chunk: Chunk) => {
        if (seen.has(chunk.fileName)) return;
        seen.add(chunk.fileName);
        if (!chunk.isEntry) found.push(chunk.fileName);
        for (const file of chunk.imports) {
          const imported = chunkAt(file);
          if (imported) visit(imported);
        }
      };
      visit(page);
      return found;
    },
  };
}
