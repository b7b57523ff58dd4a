/**
 * Every page passes axe in light and dark, and none scrolls sideways on a 320 px phone.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { QUESTIONS, type Answers } from '../../src/domain/questions';
import { DRAFT_STORAGE_KEY } from '../../src/wizard/answers-store';
import { mainHeading, openPage } from './support/journey';

interface Route {
  name: string;
  path: string;
  /** A saved draft the page should find, as after some answers. */
  draft?: Answers;
  /** Something to do before checking, such as showing an error. */
  prepare?: (page: Page) => Promise<void>;
}

const ROUTES: Route[] = [
  { name: 'home', path: '/' },
  ...QUESTIONS.map((question) => ({
    name: `question ${question.id}`,
    path: `/questions/${question.id}`,
  })),
  {
    name: 'question with an answer chosen',
    path: '/questions/admin',
    draft: { kind: 'webapp', admin: 'must' },
  },
  {
    name: 'question with its error shown',
    path: '/questions/kind',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  { name: 'review, nothing answered', path: '/review' },
  {
    name: 'review with answers',
    path: '/review',
    draft: { kind: 'api', async: 'must', orm: 'sqlalchemy', docs: 'important', team: 'typed' },
  },
  {
    name: 'result, every must-have met',
    path: '/result?v=1&data=2026-11&kind=webapp&admin=must&orm=django&style=conventions',
  },
  {
    name: 'result, no framework meets every must-have',
    path: '/result?v=1&data=2026-11&kind=webapp&async=must&admin=must&perf=must',
  },
  { name: 'result, general view', path: '/result' },
  {
    name: 'result with ignored parts',
    path: '/result?v=1&data=9999-99&kind=<script>x</script>&async=must&docs=must&x=1',
  },
  { name: 'result from a newer version', path: '/result?v=2&kind=api' },
  { name: 'compare', path: '/compare' },
  { name: 'compare with answers', path: '/compare?kind=api' },
  { name: 'embed code', path: '/embed-code' },
  { name: 'not found', path: '/nope' },
];

async function openRoute(page: Page, route: Route) {
  if (route.draft) {
    const stored = JSON.stringify({ state: { answers: route.draft }, version: 1 });
    await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
      DRAFT_STORAGE_KEY,
      stored,
    ] as const);
  }
  await openPage(page, route.path);
  await expect(mainHeading(page)).toBeVisible();
  if (route.prepare) await route.prepare(page);
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const route of ROUTES) {
    test(`axe: ${route.name} (${route.path}), ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await openRoute(page, route);
      // target-size (WCAG 2.2 AA, 2.5.8: targets of at least 24 px) is off in axe by default.
      const results = await new AxeBuilder({ page })
        .options({ rules: { 'target-size': { enabled: true } } })
        .analyze();
      const violations = results.violations.map((violation) => ({
        id: violation.id,
        help: violation.help,
        nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
      }));
      expect(violations).toEqual([]);
    });
  }
}

for (const route of ROUTES) {
  test(`320 px: ${route.name} (${route.path}) never scrolls sideways`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openRoute(page, route);
    const size = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(size.clientWidth).toBe(320);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
  });
}
