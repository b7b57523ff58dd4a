/**
 * Attributes of `<html>` through which a built page tells its inline loader (page-loader.ts) what
 * to load. The build (scripts/vite-plugin-pages.ts) writes them and the loader reads them, so the
 * loader's text, and the hash the Content-Security-Policy pins it by, is the same on every page.
 * The app's own code (src/main.tsx, src/ui/use-hydrated.ts, src/styles.css) spells the two it
 * reads as literals.
 */

/** The app's entry module. */
export const ENTRY_ATTRIBUTE = 'data-entry';
/** The other modules the page's first render needs: the entry's imports, the page's chunks. */
export const MODULES_ATTRIBUTE = 'data-modules';
/** The path the HTML was rendered for; absent on the app shell (200.html, 404.html). */
export const PRERENDERED_PATH_ATTRIBUTE = 'data-prerendered-path';
/** On the pages a static host serves for unknown URLs: the result page's chunks. */
export const RESULT_CHUNKS_ATTRIBUTE = 'data-result-chunks';
/** Set by the loader on a page served for another URL: styles.css hides its content. */
export const ROUTE_MISMATCH_ATTRIBUTE = 'data-route-mismatch';
/** On a page a server rendered with its query (the edge build): see src/ui/use-hydrated.ts. */
export const QUERY_RENDERED_ATTRIBUTE = 'data-query-rendered';
