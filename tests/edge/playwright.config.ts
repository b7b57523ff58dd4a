import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import browserTests from '../../playwright.config';
import {
  EDGE_HOST_ORIGIN,
  EDGE_HOST_PORT,
  EDGE_INSPECTOR_PORT,
  EDGE_ORIGIN,
  EDGE_PORT,
  STATIC_ORIGIN,
  STATIC_PORT,
} from './support/edge-origins.mjs';

// Browser tests of the edge build (`npm run build:edge`) running in wrangler dev, beside the same
// static build on a static server and host pages on another origin. Browser, timeouts and
// reporting are those of the main browser tests.

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  ...browserTests,
  testDir: '.',
  use: { ...browserTests.use, baseURL: EDGE_ORIGIN },
  webServer: [
    {
      command: `node scripts/start-edge.mjs --port ${EDGE_PORT} --inspector-port ${EDGE_INSPECTOR_PORT}`,
      cwd: root,
      url: `${EDGE_ORIGIN}/favicon.svg`,
      reuseExistingServer: !process.env.CI,
      timeout: 90_000,
    },
    {
      command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${STATIC_PORT} --strictPort`,
      cwd: root,
      url: STATIC_ORIGIN,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node tests/e2e/support/host-server.mjs ${EDGE_HOST_PORT}`,
      cwd: root,
      env: { APP_ORIGIN: EDGE_ORIGIN },
      url: `${EDGE_HOST_ORIGIN}/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
