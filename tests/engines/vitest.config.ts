import { defineConfig } from 'vitest/config';

// The cross-engine browser tests: one file per engine, one browser session, run in order.
export default defineConfig({
  test: {
    include: ['tests/engines/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
