/**
 * `node scripts/lib/run-app-script.mjs <path>`: runs a TypeScript script of the repository (one
 * that does its work when imported, e.g. scripts/win-shares.ts) through loadAppModule, the one
 * way scripts load the app's TypeScript.
 */
import { readCommandLine } from './command-line.mjs';
import { loadAppModule } from './load-app-module.mjs';

const USAGE = 'node scripts/lib/run-app-script.mjs <path of a .ts script>';
const { positionals } = readCommandLine(USAGE, { allowPositionals: true });
if (positionals.length !== 1) {
  console.error(`Usage: ${USAGE}`);
  process.exit(64);
}
await loadAppModule(positionals[0]);
