/**
 * The frame's starting path and the path it reports, apart from the message shapes so that the
 * app's first script (which starts a frame at the right step) does not carry the whole protocol.
 */

/** Where `/embed` starts, and the path it reports (docs/contracts.md section 1). */
export const EMBED_START_PATH = '/embed/questions/kind';

/**
 * The path a frame reports: the route without base or query. `/embed` reports the question it
 * starts at, so hosts never see two names for the first step.
 */
export function embedReportedPath(pathname: string): string {
  return pathname === '/embed' || pathname === '/embed/' ? EMBED_START_PATH : pathname;
}
