/**
 * `npm run bench`: builds, serves the build on loopback, and measures what a visitor feels.
 * - Lighthouse (mobile, simulated throttling) on home, a question, a result and Compare, plus a
 *   floor page: plain static HTML with the seed's comparison table on the same server. Prints
 *   the four category scores, FCP, LCP, TBT, CLS and LCP as a ratio to the floor page's.
 * - In Chromium, the time from pressing Continue to the next question's heading being painted,
 *   median over 50 steps.
 * Figures vary with the machine's load; CI checks only the deterministic size budget.
 */
import { execSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const PORT = 4310;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const PAGES = [
  { name: 'Home', path: '/' },
  { name: 'Question', path: '/questions/kind' },
  { name: 'Result', path: '/result?v=1&data=2026-11&kind=api&async=must&perf=important&docs=must' },
  { name: 'Compare', path: '/compare' },
  { name: 'Floor (static)', path: '/bench-floor.html' },
];
const STEPS = 50;

/** The seed's comparison table as the plainest possible page: the floor for LCP. */
const FLOOR_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Django, Flask and FastAPI compared."><title>Python web frameworks comparison</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml"></head>
<body><main><h1>Python Web Frameworks Comparison</h1>
<p>Python has three major web frameworks: Django (batteries-included, 2005), Flask (micro-framework, 2010), and FastAPI (modern async-first, 2018).</p>
<table><thead><tr><th>Feature</th><th>Django</th><th>Flask</th><th>FastAPI</th></tr></thead><tbody>
<tr><td>Year</td><td>2005</td><td>2010</td><td>2018</td></tr>
<tr><td>Philosophy</td><td>Batteries-included</td><td>Micro, freedom</td><td>Modern, async-first</td></tr>
<tr><td>Async</td><td>Limited (3.1+)</td><td>No (needs extensions)</td><td>Native</td></tr>
<tr><td>ORM</td><td>Built-in</td><td>Choose your own</td><td>Choose your own</td></tr>
<tr><td>Admin panel</td><td>Built-in</td><td>Flask-Admin</td><td>None built-in</td></tr>
<tr><td>API docs</td><td>Manual / DRF</td><td>Manual</td><td>Auto-generated (OpenAPI)</td></tr>
<tr><td>Validation</td><td>Manual / DRF</td><td>Manual</td><td>Pydantic (built-in)</td></tr>
<tr><td>Performance</td><td>Lower</td><td>Medium</td><td>Highest</td></tr>
<tr><td>Best use</td><td>Full web apps</td><td>Small APIs</td><td>Modern APIs, microservices</td></tr>
</tbody></table></main></body></html>
`;

const ms = (value) => (value === undefined ? '–' : `${Math.round(value)} ms`);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

console.log('== building');
execSync('npm run build', { stdio: 'inherit' });
await writeFile('dist/bench-floor.html', FLOOR_PAGE);

const server = await preview({ preview: { host: '127.0.0.1', port: PORT, strictPort: true } });
try {
  console.log(`\n== Lighthouse (mobile) on ${ORIGIN}`);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROME_FLAGS,
  });
  const rows = [];
  try {
    for (const page of PAGES) {
      process.stdout.write(`   ${page.name}… `);
      const { lhr } = await lighthouse(`${ORIGIN}${page.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
      });
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const metric = (id) => lhr.audits[id]?.numericValue;
      // Simulated throttling (the default, and the scores above) estimates paint times from the
      // whole load graph, counting JavaScript that is fetched beside the page but does not block
      // its paint; a second, throttled-for-real run measures when the content actually paints.
      const throttled = await lighthouse(`${ORIGIN}${page.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        throttlingMethod: 'devtools',
      });
      rows.push({
        name: page.name,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcp: metric('first-contentful-paint'),
        lcp: metric('largest-contentful-paint'),
        measuredLcp: throttled.lhr.audits['largest-contentful-paint']?.numericValue,
        tbt: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
      });
      console.log('done');
    }
  } finally {
    await chrome.kill();
  }

  const floor = rows.at(-1);
  const ratio = (value, floorValue) =>
    value && floorValue ? (value / floorValue).toFixed(2) : '–';
  console.log(
    '\n| page | perf | a11y | best practices | SEO | FCP | LCP | TBT | CLS | LCP / floor | measured LCP | measured LCP / floor |',
  );
  console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
  for (const row of rows) {
    console.log(
      `| ${row.name} | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ${row.seo} | ${ms(row.fcp)} | ${ms(row.lcp)} | ${ms(row.tbt)} | ${row.cls?.toFixed(3) ?? '–'} | ${ratio(row.lcp, floor?.lcp)} | ${ms(row.measuredLcp)} | ${ratio(row.measuredLcp, floor?.measuredLcp)} |`,
    );
  }
  console.log(
    '   FCP, LCP, TBT, CLS: Lighthouse mobile, simulated throttling. Measured LCP: the same\n' +
      '   page loaded under real (DevTools) mobile throttling.',
  );

  console.log(`\n== Continue → next question's heading painted, ${STEPS} steps in Chromium`);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const timings = [];
    await page.goto(`${ORIGIN}/questions/kind`);
    while (timings.length < STEPS) {
      if (!page.url().includes('/questions/')) await page.goto(`${ORIGIN}/questions/kind`);
      await page.getByRole('radio').first().check();
      const elapsed = await page.evaluate(
        /* global document, MutationObserver, requestAnimationFrame -- runs in the page */
        () =>
          new Promise((resolve) => {
            const heading = () => document.querySelector('h1')?.textContent;
            const before = heading();
            const button = [...document.querySelectorAll('button')].find(
              (b) => b.textContent === 'Continue',
            );
            const observer = new MutationObserver(() => {
              if (heading() === before) return;
              observer.disconnect();
              // The frame after the DOM change has been painted once the next task runs.
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
            });
            observer.observe(document.body, {
              subtree: true,
              childList: true,
              characterData: true,
            });
            const start = performance.now();
            button.click();
          }),
      );
      timings.push(elapsed);
    }
    console.log(
      `   median ${median(timings).toFixed(1)} ms, fastest ${Math.min(...timings).toFixed(1)} ms, slowest ${Math.max(...timings).toFixed(1)} ms`,
    );
  } finally {
    await browser.close();
  }
} finally {
  await server.close();
}
