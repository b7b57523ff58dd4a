import { expect, test, type Page } from '@playwright/test';
import {
  NOT_SURE,
  QUESTION_COUNT,
  QUESTIONS,
  answerOption,
  questionById,
} from '../../src/domain/questions';
import { paintAndScriptTimes } from './support/journey';

/** Pages a visitor meets in normal use, each with the heading it must show. */
const PAGES: { path: string; heading: RegExp }[] = [
  { path: '/', heading: /Django, Flask or FastAPI\?/ },
  ...QUESTIONS.map((question) => ({
    path: `/questions/${question.id}`,
    heading: new RegExp(question.title.replace(/[?()]/g, '\\$&')),
  })),
  { path: '/review', heading: /Check your answers/ },
  {
    path: '/result?v=1&data=2026-11&kind=api&async=must&perf=important&docs=must',
    heading: /FastAPI/,
  },
  { path: '/result?v=1&data=2026-11', heading: /Django/ },
  { path: '/compare', heading: /compared/ },
  { path: '/compare?kind=webapp&admin=must', heading: /compared/ },
  { path: '/embed-code', heading: /Embed/ },
  { path: '/no-such-page', heading: /Page not found/ },
  { path: '/embed', heading: /What do you want to build\?/ },
  { path: '/embed/result?kind=learn&style=freedom&team=new', heading: /Flask/ },
];

/** Fails the test on any request that leaves the app's origin and on any console error. */
function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:')
      problems.push(`request to ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

test.describe('nothing leaves the page', () => {
  for (const { path, heading } of PAGES) {
    test(`${path}: only same-origin requests, no console errors, no cookies, a CSP`, async ({
      page,
      context,
      baseURL,
    }) => {
      const origin = new URL(baseURL ?? '').origin;
      const problems = watch(page, origin);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      // Everything the page asks for at load (scripts, styles, fonts, frames) has been requested.
      await page.waitForLoadState('load');
      expect(problems).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      const policy = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');
      expect(policy).toContain("default-src 'self'");
      expect(policy).not.toContain('unsafe-inline');
    });
  }

  test('a restored draft hydrates a prerendered question without errors', async ({
    page,
    baseURL,
  }) => {
    const problems = watch(page, new URL(baseURL ?? '').origin);
    await page.goto('/questions/kind');
    const api = answerOption('kind', 'api')?.label ?? '';
    await page.getByRole('radio', { name: api, exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questionById('async').title);
    await page.goto('/questions/kind');
    await expect(page.getByRole('radio', { name: api, exact: true })).toBeChecked();
    expect(problems).toEqual([]);
  });
});

test.describe('first paint without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('Compare is readable with JavaScript off', async ({ page }) => {
    await page.goto('/compare');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/compared/);
    for (const name of ['Django', 'Flask', 'FastAPI']) {
      await expect(page.getByRole('article', { name })).toBeVisible();
    }
    // Its controls need the app: they stay disabled rather than taking clicks that do nothing.
    await expect(page.getByRole('checkbox', { name: 'FastAPI' })).toBeDisabled();
  });

  for (const question of QUESTIONS) {
    test(`/questions/${question.id} shows its question before any JavaScript runs`, async ({
      page,
    }) => {
      await page.goto(`/questions/${question.id}`);
      await expect(page.getByRole('group', { name: question.title })).toBeVisible();
      // Its answers, and I'm not sure.
      await expect(page.getByRole('radio')).toHaveCount([...question.options, NOT_SURE].length);
    });
  }
});

test.describe('the page paints before it asks for JavaScript', () => {
  for (const path of ['/', '/questions/kind', '/compare']) {
    test(`${path} requests no script before its first contentful paint`, async ({ page }) => {
      await page.goto(path);
      const { firstContentfulPaint, scriptStarts } = await paintAndScriptTimes(page, /\.js$/);
      expect(Math.min(...scriptStarts)).toBeGreaterThan(firstContentfulPaint);
    });
  }

  test('a cold result link requests the sections below its first screen after it painted', async ({
    page,
  }) => {
    // The fallback page has nothing of its own to paint: the first screen's scripts come at once.
    await page.goto('/result?v=1&data=2027-01&kind=api&async=must');
    const { firstContentfulPaint, scriptStarts } = await paintAndScriptTimes(
      page,
      /\/result-details-[^/]*\.js$/,
    );
    expect(scriptStarts[0]).toBeGreaterThan(firstContentfulPaint);
  });
});

test('a cold result link never shows the home page first, even while the app loads', async ({
  page,
}) => {
  // Hold the app's JavaScript back: what paints is each page's own HTML alone.
  await page.route('**/assets/*.js', (route) => route.abort());
  const homeLede = page.getByText(`Answer ${QUESTION_COUNT} short questions`);
  const start = page.getByRole('link', { name: 'Start now' });
  // The home page is prerendered, so these find it without JavaScript…
  await page.goto('/');
  await expect(homeLede).toBeVisible();
  await expect(start).toBeVisible();
  // …and a result link, served the static host's fallback page, shows none of it.
  await page.goto('/result?v=1&data=2026-11&kind=api');
  await expect(homeLede).toBeHidden();
  await expect(start).toBeHidden();
});
