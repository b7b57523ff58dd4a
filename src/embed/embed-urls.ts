/**
 * Absolute addresses of the embed's public parts on this deployment (docs/contracts.md section 1),
 * from the page's own origin and base, so a sub-path build hands out sub-path URLs.
 */
import { absoluteUrl, paths } from '../paths';

/** Where the build serves the host-page script (src/embed-host/embed-script.ts), relative to the base. */
const EMBED_SCRIPT_HREF = '/embed.js';

/** The host-page script. */
export function embedScriptUrl(): string {
  return absoluteUrl(EMBED_SCRIPT_HREF);
}

/** The frame's first page, with an encoded embed query (domain/embed-snippet). */
export function embedFrameUrl(query: string): string {
  const href = paths.embed.getHref();
  return absoluteUrl(query === '' ? href : `${href}?${query}`);
}

/** The frame's result page for the same query: the recommendation for the preset answers. */
export function embedResultFrameUrl(query: string): string {
  return absoluteUrl(paths.result.getHref(query, 'embed'));
}
