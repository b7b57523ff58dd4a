/**
 * `npm run bench`: builds the static site and the edge build, serves each on loopback, and
 * measures what a visitor feels.
 * - Lighthouse (mobile, simulated throttling) on the prerendered pages, a cold result link on
 *   the static build (served as a CDN serves it: over HTTPS and HTTP/2, with files compressed
 *   once, scripts/cdn-server.mjs; the certificate is made for the run with openssl) and on the
 *   edge build (wrangler dev, plain HTTP/1.1), and a floor page on each server: plain static HTML
 *   with the seed's comparison table. Pages take turns, round after round (`--rounds`, else
 *   BENCH_ROUNDS, at least 3), so a change in the machine's load touches them all alike; each
 *   figure is the median. Prints the four category scores, FCP, LCP, TBT, CLS and LCP as a ratio
 *   to the floor on the same server, then the same under real (DevTools) throttling.
 * - In Chromium, the time from pressing Continue to the next question's heading being painted,
 *   median over 50 steps.
 * Figures vary with the machine's load; CI checks only the deterministic size budget.
 * Ports: 4310-4312 moved by E2E_PORT_OFFSET.
 */
import { execFileSync, execSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startCdnServer } from './cdn-server.mjs';
import { readCommandLine, wholeNumber } from './lib/command-line.mjs';
import { loadAppModule } from './lib/load-app-module.mjs';

const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const STATIC_PORT = 4310 + offset;
const EDGE_PORT = 4311 + offset;
const EDGE_INSPECTOR_PORT = 4312 + offset;
const STATIC_ORIGIN = `https://127.0.0.1:${STATIC_PORT}`;
const EDGE_ORIGIN = `http://127.0.0.1:${EDGE_PORT}`;
const ORIGIN = STATIC_ORIGIN;
const USAGE = 'npm run bench -- [--rounds N]   (default: BENCH_ROUNDS, else 3; never fewer than 3)';
const { values: options } = readCommandLine(USAGE, {
  options: { rounds: { type: 'string', default: process.env.BENCH_ROUNDS ?? '3' } },
});
const ROUNDS = Math.max(3, wholeNumber(options.rounds, 'rounds', USAGE, 1));
// The static host's certificate is self-signed, made for this run.
const CHROME_FLAGS = ['--headless=new', '--ignore-certificate-errors', ...CHROMIUM_ARGS];
const RESULT_LINK = '/result?v=1&data=2027-01&kind=api&async=must&perf=important&docs=must';
// Extensionless, as the site's own pages are linked: wrangler's asset server redirects
// `/bench-floor.html` to `/bench-floor`, which would cost the edge's floor a round trip.
const FLOOR_PATH = '/bench-floor';
/** `floor`: the page the ratio is taken against, on the same server. */
const PAGES = [
  { name: 'Floor (static host)', origin: STATIC_ORIGIN, path: FLOOR_PATH, floor: 'static' },
  { name: 'Home', origin: STATIC_ORIGIN, path: '/', floor: 'static' },
  { name: 'Question', origin: STATIC_ORIGIN, path: '/questions/kind', floor: 'static' },
  { name: 'Compare', origin: STATIC_ORIGIN, path: '/compare', floor: 'static' },
  { name: 'Result link, static host', origin: STATIC_ORIGIN, path: RESULT_LINK, floor: 'static' },
  { name: 'Floor (edge)', origin: EDGE_ORIGIN, path: FLOOR_PATH, floor: 'edge' },
  { name: 'Result link, edge', origin: EDGE_ORIGIN, path: RESULT_LINK, floor: 'edge' },
];
const FLOORS = { static: PAGES[0], edge: PAGES[5] };
const STEPS = 50;

/** The site's own icon link (inline, as every page of the site has it), so the floor matches. */
const ICON_LINK = (await loadAppModule('scripts/pages/page-document.ts')).iconLink();

/** The seed's comparison table as the plainest possible page: the floor for LCP. */
const FLOOR_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Django, Flask and FastAPI compared."><title>Python web frameworks comparison</title>
${ICON_LINK}</head>
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

/** Waits until `url` answers, or fails after `seconds`. */
async function waitFor(url, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');

console.log(`== machine load (1 / 5 / 15 min averages) at the start: ${load()}`);
console.log('== building the static site and the edge build');
execSync('npm run build:edge', { stdio: 'inherit' });
await writeFile(`dist${FLOOR_PATH}.html`, FLOOR_PAGE);

/** A self-signed certificate for 127.0.0.1, as the key and certificate PEM texts. */
async function loopbackCertificate() {
  const dir = await mkdtemp(join(tmpdir(), 'bench-tls-'));
  try {
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    // prettier-ignore
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', key, '-out', cert, '-days', '1',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
    ], { stdio: 'ignore' });
    return { key: await readFile(key), cert: await readFile(cert) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

console.log('\n== serving');
const cdn = await startCdnServer({
  root: 'dist',
  port: STATIC_PORT,
  tls: await loopbackCertificate(),
});
console.log(`   static host on ${STATIC_ORIGIN}: ${cdn.files} files, compressed once, HTTP/2`);
const edge = spawn(
  'node',
  [
    'scripts/start-edge.mjs',
    '--port',
    String(EDGE_PORT),
    '--inspector-port',
    String(EDGE_INSPECTOR_PORT),
  ],
  { stdio: ['ignore', 'ignore', 'inherit'], detached: true },
);
const stopEdge = () => {
  // wrangler runs workerd in children of its own: stop the whole process group.
  if (edge.exitCode === null) process.kill(-edge.pid, 'SIGTERM');
};
process.on('exit', stopEdge);
try {
  await waitFor(`${EDGE_ORIGIN}/favicon.svg`, 90);
  console.log(`   edge build (wrangler dev) on ${EDGE_ORIGIN}`);

  console.log(`\n== Lighthouse (mobile), ${ROUNDS} rounds, pages in turn`);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROME_FLAGS,
  });
  const runs = new Map(PAGES.map((page) => [page.name, []]));
  try {
    for (let round = 1; round <= ROUNDS; round += 1) {
      console.log(`   round ${round}/${ROUNDS} (load ${load()})`);
      for (const page of PAGES) {
        process.stdout.write(`     ${page.name}… `);
        const url = `${page.origin}${page.path}`;
        const { lhr } = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
        });
        const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const metric = (id) => lhr.audits[id]?.numericValue;
        // Simulated throttling (the default, and the scores above) estimates paint times from the
        // whole load graph, counting JavaScript that is fetched beside the page but does not block
        // its paint; a second, throttled-for-real run measures when the content actually paints.
        const throttled = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
          throttlingMethod: 'devtools',
        });
        const run = {
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          fcp: metric('first-contentful-paint'),
          lcp: metric('largest-contentful-paint'),
          measuredLcp: throttled.lhr.audits['largest-contentful-paint']?.numericValue,
          tbt: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift'),
        };
        runs.get(page.name).push(run);
        console.log(`LCP ${ms(run.lcp)}, measured ${ms(run.measuredLcp)}`);
      }
    }
  } finally {
    await chrome.kill();
  }

  const medianOf = (name, key) => {
    const values = runs
      .get(name)
      .map((run) => run[key])
      .filter((value) => typeof value === 'number');
    return values.length ? median(values) : undefined;
  };
  const ratio = (value, floorValue) =>
    value && floorValue ? `${(value / floorValue).toFixed(2)}×` : '–';
  console.log(`\n== medians of ${ROUNDS} rounds; ratios to the floor page on the same server`);
  console.log(
    '| page | perf | a11y | best practices | SEO | FCP | LCP | TBT | CLS | LCP / floor | LCP / static floor | measured LCP | measured LCP / floor |',
  );
  console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
  for (const page of PAGES) {
    const floor = FLOORS[page.floor].name;
    const value = (key) => medianOf(page.name, key);
    console.log(
      `| ${page.name} | ${value('performance')} | ${value('accessibility')} | ${value('bestPractices')} | ${value('seo')} | ${ms(value('fcp'))} | ${ms(value('lcp'))} | ${ms(value('tbt'))} | ${value('cls')?.toFixed(3) ?? '–'} | ${ratio(value('lcp'), medianOf(floor, 'lcp'))} | ${ratio(value('lcp'), medianOf(FLOORS.static.name, 'lcp'))} | ${ms(value('measuredLcp'))} | ${ratio(value('measuredLcp'), medianOf(floor, 'measuredLcp'))} |`,
    );
  }
  console.log(
    '   FCP, LCP, TBT, CLS: Lighthouse mobile, simulated throttling. Measured LCP: the same\n' +
      '   page loaded under real (DevTools) mobile throttling. "floor": the floor page on the\n' +
      '   same server; "static floor": on the static host. Targets for LCP / floor:\n' +
      '   prerendered pages ≤ 1.1×, a result link ≤ 2.5× on a static host and ≤ 1.5× on the edge.',
  );
  console.log(`   machine load at the end: ${load()}`);

  console.log(`\n== Continue → next question's heading painted, ${STEPS} steps in Chromium`);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ ignoreHTTPSErrors: true });
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
  stopEdge();
  await cdn.close();
}
