/**
 * Makes public/social-card.png, the 1200×630 link-preview image, from the product itself: it
 * serves the production build (run `npm run build` first) and screenshots a real result page in
 * Chromium. Run with `npm run social-image` after a visible change to the result page.
 */
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const EXAMPLE = '/result?v=1&data=2026-11&kind=api&async=must&perf=important&docs=must';
const OUTPUT = 'public/social-card.png';

const server = await preview({ preview: { host: '127.0.0.1', port: 4190, strictPort: true } });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({
    viewport: { width: 1200, height: 630 },
    deviceScaleFactor: 1,
  });
  console.log(`Opening ${EXAMPLE}`);
  await page.goto(`http://127.0.0.1:4190${EXAMPLE}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.screenshot({ path: OUTPUT });
  console.log(`Wrote ${OUTPUT}`);
} finally {
  await browser.close();
  await server.close();
}
