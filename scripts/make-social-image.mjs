/**
 * Makes the 1200×630 link-preview images from the product itself: it serves the production build
 * (run `npm run build` first) and screenshots real result pages in Chromium.
 * - public/social-card.png, the site's card, which static hosts use for every page;
 * - public/social-card-<framework>.png, one per possible winner, which the edge build gives a
 *   result link that recommends that framework (edge/edge-handler.ts).
 * Run with `npm run social-image` after a visible change to the result page, and commit them.
 * `--port` moves its server off 4190 (and E2E_PORT_OFFSET moves that default).
 */
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { readCommandLine, wholeNumber } from './lib/command-line.mjs';

const USAGE = 'npm run social-image -- [--port N]';
const { values } = readCommandLine(USAGE, {
  options: {
    port: { type: 'string', default: String(4190 + Number(process.env.E2E_PORT_OFFSET ?? 0)) },
  },
});
const PORT = wholeNumber(values.port, 'port', USAGE, 1);

/** The result link each card shows (from the seed's "When to choose" cases) and its winner. */
const CARDS = [
  {
    output: 'public/social-card.png',
    winner: 'FastAPI',
    link: '/result?v=1&data=2026-11&kind=api&async=must&perf=important&docs=must',
  },
  {
    output: 'public/social-card-fastapi.png',
    winner: 'FastAPI',
    link: '/result?v=1&data=2026-11&kind=api&async=must&perf=important&docs=must',
  },
  {
    output: 'public/social-card-django.png',
    winner: 'Django',
    link: '/result?v=1&data=2026-11&kind=webapp&admin=must&orm=django&style=conventions',
  },
  {
    output: 'public/social-card-flask.png',
    winner: 'Flask',
    link: '/result?v=1&data=2026-11&kind=learn&style=freedom&team=new',
  },
];

const server = await preview({ preview: { host: '127.0.0.1', port: PORT, strictPort: true } });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({
    viewport: { width: 1200, height: 630 },
    deviceScaleFactor: 1,
  });
  for (const card of CARDS) {
    console.log(`Opening ${card.link}`);
    await page.goto(`http://127.0.0.1:${PORT}${card.link}`);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    // A card that named another winner than its file would mislead every preview that uses it.
    const text = (await heading.textContent()) ?? '';
    if (!text.startsWith(`${card.winner} `)) {
      throw new Error(`${card.link} recommends "${text}", not ${card.winner}`);
    }
    await page.screenshot({ path: card.output });
    console.log(`Wrote ${card.output} (${text})`);
  }
} finally {
  await browser.close();
  await server.close();
}
