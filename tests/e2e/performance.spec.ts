/**
 * /performance as a reader uses it: the prerendered reference run, a results.json of their own
 * chosen or dropped beside it, a file that is not one refused with a message, and axe.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readBenchResults, summarizeRuns } from '../../src/domain/bench-results';
import { rate } from '../../src/domain/bench-text';
import { BENCH_TESTS } from '../../src/domain/content/bench-tests';
import { aResultsFile, aRunSet } from '../unit/bench-fixtures';
import { mainHeading, openPage } from './support/journey';

const REFERENCE = readBenchResults(
  JSON.parse(readFileSync('src/performance/reference-results.json', 'utf8')),
);
if (!REFERENCE.ok) throw new Error(REFERENCE.message);
const REFERENCE_CASES = summarizeRuns(REFERENCE.results.runs);

/** A run of the reader's own, with figures no reference run has. */
const YOURS = aResultsFile(
  aRunSet((framework) => ({ django: 1111, fastapi: 4444, flask: 2222 })[framework], {
    connections: [16, 256],
  }),
);

function jsonFile(name: string, value: unknown) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) };
}

const fileInput = (page: Page) => page.getByLabel('Your results.json');
const figure = (page: Page, test: keyof typeof BENCH_TESTS, connections: number) =>
  page.getByRole('figure', {
    name: `${BENCH_TESTS[test].label} at ${connections} concurrent connections`,
  });

test('shows the reference run before any JavaScript, as a prerendered page', async ({ page }) => {
  const html = await (await page.request.get('/performance')).text();
  expect(html).toContain('Performance, measured</h1>');
  expect(html).toContain('At a glance');
  expect(html).toContain(BENCH_TESTS.upstream.label);
});

test('shows every test of the reference run with its figures', async ({ page }) => {
  await openPage(page, '/performance');
  await expect(mainHeading(page)).toHaveText('Performance, measured');
  await expect(page.getByRole('heading', { name: 'At a glance' })).toBeVisible();
  for (const entry of REFERENCE_CASES) {
    const shown = figure(page, entry.test, entry.connections);
    await expect(shown).toBeVisible();
    const fastapi = shown.getByRole('row', { name: /FastAPI/ });
    await expect(fastapi).toHaveCount(1);
    const row = entry.rows.find((r) => r.framework === 'fastapi');
    await expect(fastapi.getByRole('cell').nth(1)).toHaveText(rate(row?.requestsPerSecond ?? -1));
  }
});

test('puts a chosen results file beside the reference', async ({ page }) => {
  await openPage(page, '/performance');
  await fileInput(page).setInputFiles(jsonFile('results.json', YOURS));
  await expect(page.getByRole('status')).toContainText(
    'Showing results.json beside the reference run',
  );
  await expect(page.getByRole('heading', { name: 'Your run' })).toBeVisible();
  const shown = figure(page, 'json', 256);
  // The charts, side by side (the table beside them is for screen readers).
  await expect(shown.locator('.perf-panel__title')).toHaveText(['Reference', 'Your run']);
  const yourFastapi = shown.getByRole('row', { name: /FastAPI/ }).filter({ hasText: 'Your run' });
  await expect(yourFastapi.getByRole('cell')).toHaveText([
    'Your run',
    '4,444',
    'best',
    / ms$/,
    / ms$/,
    '0',
  ]);

  await page.getByRole('button', { name: 'Show the reference alone' }).click();
  await expect(page.getByRole('heading', { name: 'Your run' })).toHaveCount(0);
  await expect(figure(page, 'json', 256).locator('.perf-panel__title')).toHaveText(['Reference']);
});

test('takes a results file dropped on the drop zone', async ({ page }) => {
  await openPage(page, '/performance');
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return data;
  }, JSON.stringify(YOURS));
  const zone = page.locator('.perf-drop');
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByRole('status')).toContainText('Showing dropped.json beside');
});

test('refuses a file that is not a results file, saying why, and keeps the page', async ({
  page,
}) => {
  await openPage(page, '/performance');
  await fileInput(page).setInputFiles(
    jsonFile('package.json', { name: 'python-framework-picker', version: '0.1.0' }),
  );
  await expect(page.getByRole('alert')).toHaveText(
    'package.json was not loaded. This is not a results file from npm run bench:frameworks: it has no "format": "python-framework-picker/bench-results".',
  );
  await fileInput(page).setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('<script>alert(1)</script>'),
  });
  await expect(page.getByRole('alert')).toContainText('notes.txt was not loaded');
  await expect(page.getByRole('alert')).toContainText('it is not JSON');
  await expect(page.locator('script:not([src])', { hasText: 'alert(1)' })).toHaveCount(0);
  await expect(figure(page, 'db', 16)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your run' })).toHaveCount(0);
});

/** No axe violation on the page as it is now, WCAG 2.2's target size included. */
async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze();
  expect(
    results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })),
  ).toEqual([]);
}

const STATES: { name: string; reach: (page: Page) => Promise<void> }[] = [
  { name: 'the reference alone', reach: async () => {} },
  {
    name: 'a loaded run beside it',
    reach: async (page) => {
      await fileInput(page).setInputFiles(jsonFile('results.json', YOURS));
      await expect(page.getByRole('heading', { name: 'Your run' })).toBeVisible();
    },
  },
  {
    name: 'a refused file',
    reach: async (page) => {
      await fileInput(page).setInputFiles(jsonFile('bad.json', []));
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const state of STATES) {
    test(`axe: ${state.name}, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await openPage(page, '/performance');
      await state.reach(page);
      await expectNoAxeViolations(page);
    });
  }
}

test('never scrolls sideways on a 320 px phone, with two runs side by side', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openPage(page, '/performance');
  await fileInput(page).setInputFiles(jsonFile('results.json', YOURS));
  await expect(page.getByRole('heading', { name: 'Your run' })).toBeVisible();
  const size = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
});
