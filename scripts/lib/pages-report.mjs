/**
 * What a build wrote, for the steps after it (the size check, the edge build): each HTML page
 * with the JavaScript its loader requests, and the edge's page templates. The build
 * (scripts/vite-plugin-pages.ts) makes it from the chunk graph and keeps it beside its output,
 * not in it: none of it is for visitors.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** `dist` → `dist-pages.json`, beside it. */
export function pagesReportFile(outDir) {
  const dir = resolve(outDir);
  return join(dirname(dir), `${basename(dir)}-pages.json`);
}

/** The report of the build in `outDir`; a clear error when there is none. */
export async function readPagesReport(outDir) {
  const file = pagesReportFile(outDir);
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`No build report at ${file}: build ${outDir} first (npm run build)`, {
      cause: error,
    });
  }
}
