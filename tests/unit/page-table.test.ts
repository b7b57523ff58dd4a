/**
 * The table of built pages (src/prerender.tsx) as the page pipeline reads it
 * (scripts/vite-plugin-pages.ts): its shape, one file per page, and page modules that exist.
 */
import { existsSync } from 'node:fs';
import * as server from '../../src/prerender';
import type { ServerEntry } from '../../scripts/vite-plugin-pages';

// The build imports the entry's output as a ServerEntry: a change to either shows here first.
const entry: ServerEntry = server;

describe('the table of built pages', () => {
  it('names each page once, and only page modules that exist', () => {
    const paths = entry.PRERENDERED_PAGES.map((page) => page.path);
    expect(new Set(paths).size).toBe(paths.length);
    const modules = [
      entry.RESULT_PAGE_MODULE,
      ...entry.PRERENDERED_PAGES.flatMap((page) => page.lazyModule ?? []),
    ];
    expect(modules.filter((module) => !existsSync(module))).toEqual([]);
  });

  it('renders the not-found page for the path it keeps for it', async () => {
    const html = await entry.renderRoute(entry.NOT_FOUND_PAGE.path);
    const page = new DOMParser().parseFromString(html, 'text/html');
    expect(page.querySelector('h1')?.textContent).toBe('Page not found');
  });
});
