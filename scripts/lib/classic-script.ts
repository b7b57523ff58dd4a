/**
 * Bundles a TypeScript entry of the app into one classic (non-module) script, minified, for the
 * scripts a page runs as they are: `/embed.js` on host pages and the inline page loader. A Vite
 * build of its own, since the app's build emits ES modules only.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

// From the file's path, not `new URL(…, import.meta.url)`: under jsdom (unit tests) `URL` is not
// Node's, and fileURLToPath refuses it.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * ES2020 (optional chaining): every browser that runs the app runs it. On an older one the app
 * would not start anyway, and a host page only loses the frame's auto-sizing.
 */
const TARGET = 'es2020';

/**
 * The script for `entry` (a path from the repository's root), as the text to ship; `banner`, a
 * comment to put first, is kept by the minifier.
 */
export async function bundleClassicScript(entry: string, banner?: string): Promise<string> {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      target: TARGET,
      minify: true,
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: entry,
        // The domain is pure (eslint.config.js): what the script does not use is left out whole.
        treeshake: { moduleSideEffects: (id) => !id.includes('/src/domain/') },
        output: { format: 'iife', ...(banner ? { postBanner: banner } : {}) },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap(({ output }) => output.filter((file) => file.type === 'chunk'));
  const [chunk] = chunks;
  if (!chunk || chunks.length !== 1) throw new Error(`${entry} did not bundle into one script`);
  return chunk.code;
}
