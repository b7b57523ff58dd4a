import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run against the production build served by `vite preview` on loopback.
 * Chromium comes from CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own
 * (`npx playwright install chromium` on machines that can download it).
 */
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** The app's production build. */
export const APP_ORIGIN = 'http://127.0.0.1:4173';
/** A host page on another origin (another host name and port), for the iframe embed. */
export const HOST_ORIGIN = 'http://localhost:4180';
/** The app built with BASE_PATH=/picker/, served under that path. */
export const BASE_PATH_ORIGIN = 'http://127.0.0.1:4175';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: APP_ORIGIN,
    trace: 'off',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: 'node_modules/.bin/vite preview --host 127.0.0.1 --port 4173 --strictPort',
      url: APP_ORIGIN,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: 'node tests/e2e/support/host-server.mjs 4180',
      url: `${HOST_ORIGIN}/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command:
        'node_modules/.bin/vite preview --outDir dist-base --base /picker/ --host 127.0.0.1 --port 4175 --strictPort',
      url: `${BASE_PATH_ORIGIN}/picker/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
