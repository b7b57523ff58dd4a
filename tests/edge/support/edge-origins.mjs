// The loopback ports of the edge build's browser tests, moved by E2E_PORT_OFFSET like the rest
// (tests/e2e/support/origins.mjs), and clear of the ports those use.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);

/** wrangler dev running the edge build, and its debugger. */
export const EDGE_PORT = 4186 + offset;
export const EDGE_INSPECTOR_PORT = 4187 + offset;
/** The same static build on a static server (vite preview), to compare with. */
export const STATIC_PORT = 4188 + offset;
/** Host pages on another origin, framing the edge build. */
export const EDGE_HOST_PORT = 4189 + offset;

export const EDGE_ORIGIN = `http://127.0.0.1:${EDGE_PORT}`;
export const STATIC_ORIGIN = `http://127.0.0.1:${STATIC_PORT}`;
export const EDGE_HOST_ORIGIN = `http://localhost:${EDGE_HOST_PORT}`;
