import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import {
  APP_ORIGIN,
  APP_PORT,
  BASE_PATH_ORIGIN,
  BASE_PATH_PORT,
  HOST_ORIGIN,
  HOST_PORT,
  SUB_PATH_APP,
} from './tests/e2e/support/origins.mjs';

// Browser tests run against production builds served by `vite preview` on loopback.

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: APP_ORIGIN,
    // No retries anywhere: a failure is a failure, and its trace (test-results/) says why.
    trace: 'retain-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${APP_PORT} --strictPort`,
      url: APP_ORIGIN,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node tests/e2e/support/host-server.mjs ${HOST_PORT}`,
      env: { APP_ORIGIN, SUB_PATH_APP },
      url: `${HOST_ORIGIN}/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node_modules/.bin/vite preview --outDir dist-base --base /picker/ --host 127.0.0.1 --port ${BASE_PATH_PORT} --strictPort`,
      url: `${BASE_PATH_ORIGIN}/picker/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
