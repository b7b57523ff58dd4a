/**
 * The layout rules of issue 21, held in Chromium: no page scrolls sideways at any width from a
 * small phone to a wide laptop; a result's first screen holds the verdict, the first reason and,
 * on a laptop, the actions and the first risk; a result opens at its top, cold or from the wizard;
 * as opened it stays within the length limits and prints on at most three A4 pages. The links,
 * screens and limits are the ones `npm run measure:result` reports against.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  MAX_PRINTED_PAGES,
  MEASURED_LINKS,
  SCREENS,
  WIDTHS,
  pdfPageCount,
} from '../../scripts/lib/result-layout.mjs';
import { QUESTIONS, type Answers } from '../../src/domain/questions';
import { DRAFT_STORAGE_KEY } from '../../src/wizard/answers-store';
import { mainHeading, openPage } from './support/journey';

const [TECH_LEAD] = MEASURED_LINKS;
if (!TECH_LEAD) throw new Error('no measured result link');

const DRAFT: Answers = { kind: 'api', async: 'nice', docs: 'important', team: 'typed' };

async function saveDraft(page: Page, answers: Answers) {
  const stored = JSON.stringify({ state: { answers }, version: 1 });
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
    DRAFT_STORAGE_KEY,
    stored,
  ] as const);
}

/** Opens a result and waits for the sections below its first screen. */
async function openResult(page: Page, link: string) {
  await openPage(page, link);
  await expect(page.getByRole('button', { name: 'Open all sections' })).toBeVisible();
}

async function pageWidths(page: Page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
}

/** Where an element ends, from the top of the page. */
async function bottomOf(locator: Locator): Promise<number> {
  return locator.evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
}

/** The first screen's reasons and risks: the lists under "Why <framework>" and "What to watch". */
function firstScreenList(page: Page, name: RegExp | string): Locator {
  return page.getByRole('region', { name }).getByRole('listitem');
}

const PAGES: { name: string; path: string; draft?: Answers; openAll?: boolean }[] = [
  { name: 'a result', path: TECH_LEAD.link },
  { name: 'a result with every section open', path: TECH_LEAD.link, openAll: true },
  { name: 'compare', path: '/compare' },
  { name: 'compare with answers', path: '/compare?kind=api&docs=must' },
  { name: 'team', path: '/team' },
  { name: 'embed code', path: '/embed-code' },
  ...QUESTIONS.map((question) => ({
    name: `question ${question.id}`,
    path: `/questions/${question.id}`,
  })),
  { name: 'review', path: '/review', draft: DRAFT },
];

test.describe('no sideways scroll', () => {
  for (const target of PAGES) {
    test(`${target.name} (${target.path}) at ${WIDTHS.join(', ')} px`, async ({ page }) => {
      if (target.draft) await saveDraft(page, target.draft);
      await page.setViewportSize({ width: WIDTHS[0] ?? 320, height: 900 });
      if (target.openAll) {
        await openResult(page, target.path);
        await page.getByRole('button', { name: 'Open all sections' }).click();
        await expect(page.getByRole('button', { name: 'Fold all sections' })).toBeVisible();
      } else {
        await openPage(page, target.path);
      }
      await expect(mainHeading(page)).toBeVisible();
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        const { scrollWidth, clientWidth } = await pageWidths(page);
        expect(clientWidth, `${width} px`).toBe(width);
        expect(scrollWidth, `scroll width at ${width} px`).toBeLessThanOrEqual(clientWidth);
      }
    });
  }
});

for (const screen of SCREENS) {
  test.describe(`on a ${screen.name} (${screen.width}×${screen.height})`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });

    for (const { name, link } of MEASURED_LINKS) {
      test(`${name}: the first screen holds the verdict and the first reason, and the page is at most ${screen.maxPageHeight} px as opened`, async ({
        page,
      }) => {
        await openResult(page, link);
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        expect(await bottomOf(mainHeading(page))).toBeLessThanOrEqual(screen.height);
        const reasons = firstScreenList(page, /^Why (Django|Flask|FastAPI)$/);
        await expect(reasons.first()).toBeVisible();
        expect(await bottomOf(reasons.first())).toBeLessThanOrEqual(screen.height);
        if (screen.width >= 1024) {
          // A laptop's first screen also holds the actions the issue names (the record, Get
          // started, Copy link; printing and the team may follow below) and what to watch.
          const actions = page.getByRole('group', { name: 'Use this result' });
          for (const action of [
            actions.getByRole('button', { name: 'Download decision record (.md)' }),
            actions.getByRole('link', { name: 'Get started' }),
            actions.getByRole('button', { name: 'Copy link' }),
          ]) {
            expect(await bottomOf(action)).toBeLessThanOrEqual(screen.height);
          }
          const risks = firstScreenList(page, 'What to watch');
          expect(await bottomOf(risks.first())).toBeLessThanOrEqual(screen.height);
        }
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        expect(height).toBeLessThanOrEqual(screen.maxPageHeight);
      });
    }
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a result opened cold from a link starts at the top, header in view', async ({ page }) => {
    await openResult(page, TECH_LEAD.link);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.getByRole('banner')).toBeInViewport();
    await expect(page.getByText('Your recommendation')).toBeInViewport();
  });

  test('a result reached from the review starts at the top, wherever the review was left', async ({
    page,
  }) => {
    await saveDraft(page, DRAFT);
    await openPage(page, '/review');
    const see = page.getByRole('link', { name: 'See my recommendation' });
    await see.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await see.click();
    await expect(mainHeading(page)).toHaveText('FastAPI is the best fit');
    await expect(mainHeading(page)).toBeFocused();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.getByRole('banner')).toBeInViewport();
  });
});

for (const { name, link } of MEASURED_LINKS) {
  test(`${name}: prints as opened on at most ${MAX_PRINTED_PAGES} A4 pages`, async ({ page }) => {
    await openResult(page, link);
    const pages = pdfPageCount(await page.pdf({ format: 'A4' }));
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(MAX_PRINTED_PAGES);
  });
}

test('Open all sections opens every section, and Fold all sections folds them again', async ({
  page,
}) => {
  await openResult(page, TECH_LEAD.link);
  // Each section's heading is its disclosure button.
  const toggles = page.getByRole('heading', { level: 2 }).getByRole('button');
  const count = await toggles.count();
  expect(count).toBeGreaterThan(5);
  const opened = await page.evaluate(() => document.documentElement.scrollHeight);

  await page.getByRole('button', { name: 'Open all sections' }).click();
  for (const toggle of await toggles.all()) {
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }
  const everything = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(everything).toBeGreaterThan(2 * opened);

  await page.getByRole('button', { name: 'Fold all sections' }).click();
  for (const toggle of await toggles.all()) {
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  }
});
