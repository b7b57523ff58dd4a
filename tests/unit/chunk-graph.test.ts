/**
 * scripts/pages/chunk-graph.ts: what each built page loads, read from a client build's chunk
 * graph as Rolldown hands it to a plugin.
 */
import type { Rolldown } from 'vite';
import { chunkGraph } from '../../scripts/pages/chunk-graph';

const ROOT = '/app';

function chunk(fileName: string, imports: string[], facade?: string): Rolldown.OutputChunk {
  return {
    type: 'chunk',
    fileName,
    imports,
    isEntry: fileName.startsWith('assets/index'),
    isDynamicEntry: facade !== undefined,
    facadeModuleId: facade === undefined ? null : `${ROOT}/${facade}`,
  } as Rolldown.OutputChunk;
}

function asset(fileName: string, source: string): Rolldown.OutputAsset {
  return { type: 'asset', fileName, source } as Rolldown.OutputAsset;
}

const FILES = [
  chunk('assets/index-1.js', ['assets/questions-2.js']),
  chunk('assets/questions-2.js', []),
  chunk(
    'assets/result-page-3.js',
    ['assets/index-1.js', 'assets/ranking-4.js'],
    'src/result/result-page.tsx',
  ),
  chunk('assets/ranking-4.js', ['assets/questions-2.js', 'assets/copy-5.js']),
  chunk('assets/copy-5.js', []),
  asset('assets/style-6.css', 'body{margin:0}\n'),
  asset('embed.js', '(function(){})();'),
];

const bundleOf = (files: (Rolldown.OutputChunk | Rolldown.OutputAsset)[]) =>
  Object.fromEntries(files.map((file) => [file.fileName, file])) as Rolldown.OutputBundle;

describe('chunkGraph', () => {
  const graph = chunkGraph(bundleOf(FILES), ROOT);

  it('finds the entry, what it imports and the one stylesheet', () => {
    expect(graph.entry).toBe('assets/index-1.js');
    expect(graph.entryImports).toEqual(['assets/questions-2.js']);
    expect(graph.stylesheet).toEqual({ file: 'assets/style-6.css', text: 'body{margin:0}' });
  });

  it('lists a lazy page’s chunks, its own first, everything it imports but the entry', () => {
    expect(graph.lazyChunks('src/result/result-page.tsx')).toEqual([
      'assets/result-page-3.js',
      'assets/questions-2.js',
      'assets/ranking-4.js',
      'assets/copy-5.js',
    ]);
  });

  it('names a page module that is no lazy chunk of the build', () => {
    expect(() => graph.lazyChunks('src/compare/compare-page.tsx')).toThrow(/compare-page/);
  });

  it('refuses a build with a second stylesheet, which pages could not inline', () => {
    expect(() => chunkGraph(bundleOf([...FILES, asset('assets/lazy-7.css', 'p{}')]), ROOT)).toThrow(
      /2 stylesheets/,
    );
  });
});
