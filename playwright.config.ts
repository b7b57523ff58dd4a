import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

// Browser tests run against production builds served by `vite preview` on loopback.

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
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: APP_ORIGIN,
    trace: 'off',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
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
