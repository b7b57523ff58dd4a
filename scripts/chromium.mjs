/**
 * Which Chromium the browser tests, the benchmark and the social-image script drive, and how.
 * CHROMIUM_PATH when set, else Debian's /usr/bin/chromium, else Playwright's own browser
 * (`npx playwright install chromium` on machines that can download it).
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * `--no-sandbox` lets Chromium start as root (CI runs as root); the rest keep a headless browser
 * on a machine without network from reaching out for updates, sync and QUIC.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
