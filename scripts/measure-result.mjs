/**
 * `npm run measure:result` (after `npm run build`): opens result links as a tech lead, a tied
 * result and a learner would, and the tech lead's link with an older model, on a laptop
 * (1280×900) and a phone (390×844), in Chromium, and prints what the design review cares about:
 * - the page height as opened, and with every section open ("Open all sections");
 * - where the verdict (the h1) and the first reason end up, against the first screen's height;
 * - where the page opened (scrollY) and its scroll width (sideways scroll when above the width);
 * - how many A4 pages it prints as opened (`page.pdf`, pages counted in the PDF);
 * each against the limits in scripts/lib/result-layout.mjs.
 * Options: --origin URL measures a running server (an edge build, say) instead of serving dist/;
 * --json prints the figures as JSON too. Port 4191 moved by E2E_PORT_OFFSET.
 */
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { MAX_PRINTED_PAGES, MEASURED_LINKS, SCREENS, pdfPageCount } from './lib/result-layout.mjs';

const { values: options } = parseArgs({
  options: {
    origin: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const PORT = 4191 + Number(process.env.E2E_PORT_OFFSET ?? 0);

/** Waits until the sections below the first screen have arrived. */
async function sectionsArrived(page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByText('Loading the details…').waitFor({ state: 'detached' });
}

async function pageMetrics(page) {
  return page.evaluate(() => {
    /* global document, window -- runs in the page */
    const top = (element) =>
      element ? Math.round(element.getBoundingClientRect().top + window.scrollY) : undefined;
    const bottom = (element) =>
      element ? Math.round(element.getBoundingClientRect().bottom + window.scrollY) : undefined;
    const heading = document.querySelector('h1');
    // The first reason the page gives: the first item of the list under "Why <framework>".
    const why = [...document.querySelectorAll('h2, h3')].find((h) =>
      /^Why (Django|Flask|FastAPI)$/.test(h.textContent?.trim() ?? ''),
    );
    const list = why?.closest('section')?.querySelector('li');
    return {
      height: document.documentElement.scrollHeight,
      scrollWidth: document.documentElement.scrollWidth,
      scrollY: Math.round(window.scrollY),
      verdictBottom: bottom(heading),
      firstReasonTop: top(list),
      firstReasonBottom: bottom(list),
    };
  });
}

/** Opens every section: the page's own "Open all sections", else each folded section by hand. */
async function openEverything(page) {
  const openAll = page.getByRole('button', { name: 'Open all sections' });
  if ((await openAll.count()) > 0) {
    await openAll.click();
  } else {
    const folded = page.locator('.fold__toggle[aria-expanded="false"]');
    for (let left = await folded.count(); left > 0; left = await folded.count()) {
      await folded.first().click();
    }
  }
  // What "expand all" leaves folded inside a section (the whole chart, more rows) opens too.
  const more = page.locator('main button[aria-expanded="false"]:visible');
  for (let left = await more.count(); left > 0; left = await more.count()) {
    await more.first().click();
  }
}

async function measure(browser, origin, target, viewport) {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    deviceScaleFactor: 1,
    isMobile: viewport.width < 600,
    hasTouch: viewport.width < 600,
  });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}${target.link}`);
    await sectionsArrived(page);
    const opened = await pageMetrics(page);
    await page.emulateMedia({ media: 'print' });
    const printedPages = pdfPageCount(await page.pdf({ format: 'A4' }));
    await page.emulateMedia({ media: 'screen' });
    await openEverything(page);
    const everything = await pageMetrics(page);
    const printedAll = pdfPageCount(await page.pdf({ format: 'A4' }));
    return { opened, everything, printedPages, printedAll };
  } finally {
    await context.close();
  }
}

const server = options.origin
  ? undefined
  : await preview({
      preview: { host: '127.0.0.1', port: PORT, strictPort: true },
      logLevel: 'warn',
    });
const origin = options.origin ?? `http://127.0.0.1:${PORT}`;
console.log(`Measuring result pages on ${origin}`);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const rows = [];
try {
  for (const target of MEASURED_LINKS) {
    for (const viewport of SCREENS) {
      process.stdout.write(`  ${target.name} at ${viewport.width}×${viewport.height}… `);
      const figures = await measure(browser, origin, target, viewport);
      rows.push({
        link: target.name,
        viewport: `${viewport.width}×${viewport.height}`,
        ...figures,
      });
      const { opened, everything } = figures;
      // ✓ or ✗ against the limits (scripts/lib/result-layout.mjs).
      const mark = (ok) => (ok ? '✓' : '✗');
      const inFirstScreen = (y) =>
        y === undefined ? 'nowhere ✗' : `${y} ${mark(y <= viewport.height)}`;
      console.log(
        [
          `height ${opened.height} px as opened ${mark(opened.height <= viewport.maxPageHeight)}, ${everything.height} all open`,
          `verdict ends at ${inFirstScreen(opened.verdictBottom)}`,
          `first reason ends at ${inFirstScreen(opened.firstReasonBottom)}`,
          `opened at scrollY ${opened.scrollY} ${mark(opened.scrollY === 0)}`,
          `scroll width ${opened.scrollWidth} ${mark(opened.scrollWidth <= viewport.width)}`,
          `print ${figures.printedPages} A4 pages ${mark(figures.printedPages <= MAX_PRINTED_PAGES)} (${figures.printedAll} all open)`,
        ].join('; '),
      );
    }
  }
} finally {
  await browser.close();
  await server?.close();
}
if (options.json) console.log(JSON.stringify(rows, null, 2));
