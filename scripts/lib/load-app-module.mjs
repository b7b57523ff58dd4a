/**
 * The one way scripts load the app's TypeScript: Vite's `runnerImport` transforms the module and
 * its imports with the project's own resolver (the same `?raw` imports and aliases the app uses)
 * and runs them in Node, with no server and no build step.
 */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Imports a module of the app by its path from the repository's root, e.g.
 * `await loadAppModule('src/domain/stack-recipe.ts')`, and returns its exports.
 * @param {string} path
 * @returns {Promise<Record<string, any>>}
 */
export async function loadAppModule(path) {
  // Vite sets NODE_ENV to `development` for the whole process when it resolves a config to run
  // modules; a build the script starts later would inherit it and build React for development.
  const nodeEnv = process.env.NODE_ENV;
  try {
    const { module } = await runnerImport(`/${path.replace(/^\/+/, '')}`, {
      root,
      configFile: false,
      logLevel: 'error',
    });
    return module;
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
