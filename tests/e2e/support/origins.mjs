// The loopback ports the browser tests serve on. E2E_PORT_OFFSET moves them all at once, so two
// checkouts on one machine can run their browser tests side by side.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);

export const APP_PORT = 4173 + offset;
export const BASE_PATH_PORT = 4175 + offset;
export const HOST_PORT = 4180 + offset;

/** The app's production build. */
export const APP_ORIGIN = `http://127.0.0.1:${APP_PORT}`;
/** A host page on another origin (another host name and port), for the iframe embed. */
export const HOST_ORIGIN = `http://localhost:${HOST_PORT}`;
/** The app built with BASE_PATH=/picker/, served under that path. */
export const BASE_PATH_ORIGIN = `http://127.0.0.1:${BASE_PATH_PORT}`;
export const SUB_PATH_APP = `${BASE_PATH_ORIGIN}/picker`;
