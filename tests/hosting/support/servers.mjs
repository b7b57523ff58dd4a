// The real servers the hosting tests start, and where: Debian's nginx with the shipped configs
// (deploy/nginx/) and Cloudflare's local runtime (`wrangler pages dev`), each on the root build
// (dist/) and the sub-path build (dist-base/). Every port moves with E2E_PORT_OFFSET, so two
// checkouts on one machine can run these tests side by side.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
/** Where the servers keep their generated config, logs and the assembled sub-path sites. */
export const RUN_DIR = join(tmpdir(), `picker-hosting-${offset}`);

export const HOST_PAGES_PORT = 4185 + offset;
export const NGINX_ROOT_PORT = 4186 + offset;
export const NGINX_SUB_PATH_PORT = 4187 + offset;
export const PAGES_ROOT_PORT = 4188 + offset;
export const PAGES_SUB_PATH_PORT = 4189 + offset;
export const PAGES_ROOT_INSPECTOR_PORT = 9231 + offset;
export const PAGES_SUB_PATH_INSPECTOR_PORT = 9232 + offset;

/** Debian's nginx: NGINX_PATH when set, else /usr/sbin/nginx (not on a non-root PATH), else PATH's. */
export const NGINX_BIN =
  process.env.NGINX_PATH ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');

/** Host pages on another origin (another host name), which frame the app. */
export const HOST_PAGES_ORIGIN = `http://localhost:${HOST_PAGES_PORT}`;

/**
 * One deployment under test: where it answers, its base, and how the host redirects an `.html`
 * or trailing-slash address to the clean one.
 */
export const TARGETS = [
  {
    name: 'nginx, root (deploy/nginx/root.conf)',
    origin: `http://127.0.0.1:${NGINX_ROOT_PORT}`,
    base: '/',
    build: 'dist',
    redirectStatus: 301,
  },
  {
    name: 'nginx, sub-path (deploy/nginx/sub-path.conf)',
    origin: `http://127.0.0.1:${NGINX_SUB_PATH_PORT}`,
    base: '/picker/',
    build: 'dist-base',
    redirectStatus: 301,
  },
  {
    name: 'Cloudflare Pages (wrangler pages dev), root',
    origin: `http://127.0.0.1:${PAGES_ROOT_PORT}`,
    base: '/',
    build: 'dist',
    redirectStatus: 308,
  },
  {
    name: 'Cloudflare Pages (wrangler pages dev), sub-path',
    origin: `http://127.0.0.1:${PAGES_SUB_PATH_PORT}`,
    base: '/picker/',
    build: 'dist-base',
    redirectStatus: 308,
  },
];
