import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import {
  HOST_PAGES_ORIGIN,
  HOST_PAGES_PORT,
  NGINX_BIN,
  NGINX_SUB_PATH_PORT,
  PAGES_ROOT_INSPECTOR_PORT,
  PAGES_ROOT_PORT,
  PAGES_SUB_PATH_INSPECTOR_PORT,
  PAGES_SUB_PATH_PORT,
  REPO,
  RUN_DIR,
} from './support/servers.mjs';

// The built site (npm run build and npm run build:base) on real servers: Debian's nginx with the
// shipped configs, and Cloudflare's local runtime, which honours _headers and _redirects like
// Cloudflare Pages. Each server is stopped by its process id when the run ends.

const nginxDir = join(RUN_DIR, 'nginx');
const wrangler = (folder: string, port: number, inspectorPort: number) =>
  [
    'exec node_modules/.bin/wrangler pages dev',
    folder,
    `--ip 127.0.0.1 --port ${port} --inspector-port ${inspectorPort}`,
    // No newer than the runtime bundled with wrangler 4.86.0 supports.
    '--compatibility-date 2026-05-01',
    `--persist-to ${join(RUN_DIR, `wrangler-${port}`)}`,
    '--log-level warn --show-interactive-dev-session=false',
  ].join(' ');
const WRANGLER_ENV = { WRANGLER_SEND_METRICS: 'false', CI: 'true' };
const STOP = { signal: 'SIGTERM', timeout: 5_000 } as const;

export default defineConfig({
  testDir: '.',
  outputDir: join(REPO, 'test-results/hosting'),
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    ...devices['Desktop Chrome'],
    trace: 'off',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      command: `node tests/e2e/support/host-server.mjs ${HOST_PAGES_PORT}`,
      cwd: REPO,
      url: `${HOST_PAGES_ORIGIN}/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      gracefulShutdown: STOP,
    },
    {
      command: [
        'node tests/hosting/support/prepare-site.mjs nginx',
        `exec ${NGINX_BIN} -e stderr -p ${nginxDir} -c ${join(nginxDir, 'nginx.conf')} -g 'daemon off;'`,
      ].join(' && '),
      cwd: REPO,
      url: `http://127.0.0.1:${NGINX_SUB_PATH_PORT}/picker/`,
      reuseExistingServer: false,
      timeout: 30_000,
      gracefulShutdown: STOP,
    },
    {
      command: wrangler('dist', PAGES_ROOT_PORT, PAGES_ROOT_INSPECTOR_PORT),
      cwd: REPO,
      env: WRANGLER_ENV,
      url: `http://127.0.0.1:${PAGES_ROOT_PORT}/`,
      reuseExistingServer: false,
      timeout: 90_000,
      gracefulShutdown: STOP,
    },
    {
      command: [
        'node tests/hosting/support/prepare-site.mjs pages-sub-path',
        wrangler(
          join(RUN_DIR, 'pages-sub-path'),
          PAGES_SUB_PATH_PORT,
          PAGES_SUB_PATH_INSPECTOR_PORT,
        ),
      ].join(' && '),
      cwd: REPO,
      env: WRANGLER_ENV,
      url: `http://127.0.0.1:${PAGES_SUB_PATH_PORT}/picker/`,
      reuseExistingServer: false,
      timeout: 90_000,
      gracefulShutdown: STOP,
    },
  ],
});
