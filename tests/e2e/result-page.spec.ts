/**
 * The result page as a summary first, with its first screen first: the action bar and the action
 * that leads, "On this page" and folded sections opened by mouse and keyboard, the aligned
 * comparison on a laptop and side by side on a phone, whole answer cards, tap targets, print as a
 * handout, and axe at both widths.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { APP_ORIGIN } from './support/origins.mjs';
import { answerRadio, mainHeading, openPage } from './support/journey';
import { QUESTIONS, questionById } from '../../src/domain/questions';
import { reportOf } from '../support/results';
import { DRAFT_STORAGE_KEY } from '../../src/wizard/answers-store';

const DJANGO_QUERY = 'v=1&data=2026-11&kind=webapp&admin=must&orm=django&style=conventions';
const DJANGO_RESULT = `/result?${DJANGO_QUERY}`;
const PHONE = { width: 390, height: 844 };
/** The tech lead: a JSON API, docs important, the rest nice to have or open. */
const TECH_LEAD_RESULT =
  '/result?v=1&data=2027-02&kind=api&async=nice&admin=no&orm=any&perf=nice&docs=important&style=any&team=any&codebase=none';

/** The top edges of one row's cells, one per framework column, in column order. */
async function rowTops(page: Page, rowLabel: string): Promise<number[]> {
  const tops: number[] = [];
  for (const article of await page.getByRole('main').getByRole('article').all()) {
    // The term names the row; its parent is the row's cell in this column.
    const term = article.getByRole('term').filter({ hasText: rowLabel }).first();
    await expect(term).toBeAttached();
    tops.push(await term.evaluate((dt) => dt.parentElement!.getBoundingClientRect().top));
  }
  return tops;
}

async function expectRowsAligned(page: Page, labels: string[]) {
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(3);
  for (const label of labels) {
    const tops = await rowTops(page, label);
    expect(tops, `row “${label}”`).toHaveLength(3);
    for (const top of tops) expect(Math.abs(top - tops[0]!), `row “${label}”`).toBeLessThan(1);
  }
}

/** The rows line up across the named columns. */
async function expectRowsAlignedIn(page: Page, columns: string[], labels: string[]) {
  for (const label of labels) {
    const tops: number[] = [];
    for (const name of columns) {
      const term = page
        .getByRole('article', { name })
        .getByRole('term')
        .filter({ hasText: label })
        .first();
      tops.push(await term.evaluate((dt) => dt.parentElement!.getBoundingClientRect().top));
    }
    for (const top of tops) expect(Math.abs(top - tops[0]!), `row “${label}”`).toBeLessThan(1);
  }
}

async function inViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= -1 && box.top < window.innerHeight;
  });
}

async function expectTapTarget(locator: Locator, what: string) {
  const box = await locator.boundingBox();
  expect(box, what).not.toBeNull();
  expect(box!.height, `${what} height`).toBeGreaterThanOrEqual(44);
  expect(box!.width, `${what} width`).toBeGreaterThanOrEqual(44);
}

test.describe('the action bar', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
  });

  test('copies the link to the result', async ({ page }) => {
    await openPage(page, DJANGO_RESULT);
    const bar = page.getByRole('group', { name: 'Use this result' });
    await bar.getByRole('button', { name: 'Copy link' }).click();
    await expect(bar.getByText('Copied to the clipboard.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${APP_ORIGIN}${DJANGO_RESULT}`,
    );
  });

  test('Print or save as PDF opens the print dialog', async ({ page }) => {
    await openPage(page, DJANGO_RESULT);
    // The dialog itself belongs to the browser; count the requests for it.
    await page.evaluate(() => {
      const original = window.print.bind(window);
      (window as unknown as { printRequests: number }).printRequests = 0;
      window.print = () => {
        (window as unknown as { printRequests: number }).printRequests += 1;
        original();
      };
    });
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { printRequests: number }).printRequests),
      )
      .toBe(1);
  });

  test('Get started jumps to the stack recipe and opens it, on a phone too', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openPage(page, DJANGO_RESULT);
    const recipe = page.getByRole('region', { name: 'Start building with Django' });
    await expect(recipe).toBeHidden();
    await page.getByRole('link', { name: 'Get started' }).click();
    await expect(recipe).toBeVisible();
    await expect(recipe.getByRole('button', { name: 'Copy install command' })).toBeVisible();
    await expect(page).toHaveURL(/#recipe$/);
    const heading = page.getByRole('button', { name: 'Start building with Django' });
    await expect.poll(() => inViewport(heading)).toBe(true);
    // The next Tab goes on inside the section, not back at the top.
    await expect(heading).toBeFocused();
  });

  test('leads with the record for a team decision, with Get started for someone learning', async ({
    page,
  }) => {
    const cases = [
      { link: DJANGO_RESULT, first: 'Download decision record (.md)', then: 'Get started' },
      {
        link: '/result?v=1&data=2027-01&kind=learn&style=freedom&team=new',
        first: 'Get started',
        then: 'Download decision record (.md)',
      },
    ];
    for (const { link, first, then } of cases) {
      await openPage(page, link);
      const bar = page.getByRole('group', { name: 'Use this result' });
      const [lead, next] = [
        bar.getByText(first, { exact: true }),
        bar.getByText(then, { exact: true }),
      ];
      const [leadBox, nextBox] = [await lead.boundingBox(), await next.boundingBox()];
      // First in reading order, and the one filled button.
      expect(leadBox!.y <= nextBox!.y && leadBox!.x < nextBox!.x, `${first} first`).toBe(true);
      const fill = (locator: Locator) =>
        locator.evaluate((element) => getComputedStyle(element).backgroundColor);
      expect(await fill(next)).toBe('rgba(0, 0, 0, 0)');
      expect(await fill(lead)).not.toBe('rgba(0, 0, 0, 0)');
    }
  });
});

test('the verdict says when the winner trails on something the answers ask for', async ({
  page,
}) => {
  const link = '/result?v=1&data=2026-11&kind=webapp&admin=must&orm=django&perf=important';
  const { caveat } = reportOf(link).verdict;
  expect(caveat).toMatch(/^But Django is rated below Flask on Raw throughput/);
  await openPage(page, link);
  await expect(mainHeading(page)).toHaveText('Django is the best fit');
  await expect(page.getByText(caveat!)).toBeVisible();
});

test('a section opens from the keyboard, and a first-screen link opens its section', async ({
  page,
}) => {
  await openPage(page, DJANGO_RESULT);
  const toggle = page.getByRole('button', { name: 'What would change the answer' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('region', { name: 'What would change the answer' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  // "All 4 under …" below the first screen's risks opens the full list and moves focus there.
  await openPage(page, TECH_LEAD_RESULT);
  await page
    .getByRole('region', { name: 'What to watch' })
    .getByRole('link', { name: /^All \d+ under “What counts against FastAPI”$/ })
    .click();
  const risks = page.getByRole('button', { name: 'What counts against FastAPI' });
  await expect(risks).toHaveAttribute('aria-expanded', 'true');
  await expect(risks).toBeFocused();
  await expect(page.getByRole('region', { name: 'What counts against FastAPI' })).toBeVisible();
});

test('“On this page” opens the section it links to; a folded section shows one line', async ({
  page,
}) => {
  await openPage(page, DJANGO_RESULT);
  const toggle = page.getByRole('button', { name: 'Your database layer' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByText("Use Django's built-in ORM").first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your database layer' })).toBeHidden();

  await page
    .getByRole('navigation', { name: 'On this page' })
    .getByRole('link', { name: 'Your database layer' })
    .click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('region', { name: 'Your database layer' })).toBeVisible();
  await expect.poll(() => inViewport(toggle)).toBe(true);

  await toggle.click();
  await expect(page.getByRole('region', { name: 'Your database layer' })).toBeHidden();
});

test('a cold link to a lower section opens and shows it once the sections arrive', async ({
  page,
}) => {
  await page.goto(`${DJANGO_RESULT}#decision-record`);
  const record = page.getByRole('region', { name: 'Record the decision' });
  await expect(record).toBeVisible();
  await expect(record.getByRole('textbox', { name: 'Decision record (Markdown)' })).toBeVisible();
  await expect
    .poll(() => inViewport(page.getByRole('button', { name: 'Record the decision' })))
    .toBe(true);
});

test('the first screen paints before the sections below, which arrive without layout shift', async ({
  page,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/result-details-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(DJANGO_RESULT);
  await expect(mainHeading(page)).toHaveText('Django is the best fit');
  await expect(page.getByRole('list', { name: 'Ranking' })).toContainText('Django100');
  await expect(page.getByRole('button', { name: 'Download decision record (.md)' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Why Django' })).toContainText('Admin panel');
  await expect(page.getByRole('region', { name: 'What to watch' })).toBeVisible();
  await expect(page.getByText('Loading the details…')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(0);

  release();
  await expect(page.getByRole('article')).toHaveCount(3);
  await expect(page.getByText('Loading the details…')).toHaveCount(0);
  const cls = await page.evaluate(() =>
    (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0),
  );
  expect(cls).toBeLessThan(0.01);
});

test.describe('the aligned comparison', () => {
  const ROWS = ['First released', 'Async', 'Admin panel', 'Validation', 'Releases and support'];

  test('on a laptop, each row starts at the same height in every framework column', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openPage(page, DJANGO_RESULT);
    await page.getByRole('button', { name: 'Show all 16 features' }).click();
    await expect(page.getByRole('main').getByRole('article')).toHaveText([
      /^Django/,
      /^Flask/,
      /^FastAPI/,
    ]);
    await expectRowsAligned(page, ROWS);
    // A row's sources open without pulling the columns apart.
    await page.getByRole('article', { name: 'Flask' }).getByText('Sources (2)').first().click();
    await expectRowsAligned(page, ROWS);
  });

  test('Compare uses the same aligned comparison', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openPage(page, '/compare');
    await expectRowsAligned(page, ROWS);
  });

  test('the framework names stay in view while the rows scroll past', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openPage(page, DJANGO_RESULT);
    await page.getByRole('button', { name: 'Show all 16 features' }).click();
    const name = page
      .getByRole('article', { name: 'FastAPI' })
      .getByRole('heading', { name: 'FastAPI' });
    await page
      .getByRole('article', { name: 'FastAPI' })
      .getByRole('term')
      .filter({ hasText: 'Test client' })
      .scrollIntoViewIfNeeded();
    await expect.poll(() => inViewport(name)).toBe(true);
  });

  test('on a phone, two frameworks side by side, the third one tap away, never sideways', async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await openPage(page, DJANGO_RESULT);
    // Ranking order: Django, Flask, FastAPI; the winner stays, the runner-up sits beside it.
    const switcher = page.getByRole('group', { name: 'Beside Django' });
    await expect(switcher.getByRole('radio')).toHaveCount(2);
    await expect(switcher.getByRole('radio', { name: 'Flask' })).toBeChecked();
    const django = page.getByRole('article', { name: 'Django' });
    const flask = page.getByRole('article', { name: 'Flask' });
    await expect(django).toBeVisible();
    await expect(flask).toBeVisible();
    await expect(page.getByRole('article', { name: 'FastAPI' })).toBeHidden();
    const [left, right] = [await django.boundingBox(), await flask.boundingBox()];
    expect(Math.abs(left!.y - right!.y)).toBeLessThan(1);
    expect(right!.x).toBeGreaterThanOrEqual(left!.x + left!.width);
    await expectRowsAlignedIn(page, ['Django', 'Flask'], ['Admin panel']);

    await switcher.getByRole('radio', { name: 'FastAPI' }).check();
    await expect(page.getByRole('article', { name: 'FastAPI' })).toBeVisible();
    await expect(flask).toBeHidden();
    await expect(django).toBeVisible();
    await expect(
      page.getByRole('article', { name: 'FastAPI' }).getByRole('term').filter({ hasText: 'Admin' }),
    ).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('a whole answer card selects its answer: its hint and its edge too', async ({ page }) => {
  await openPage(page, '/questions/kind');
  const question = questionById('kind');
  const [first] = question.options;
  // An answer with a hint line, other than the first.
  const hinted = question.options.find((option) => option !== first && option.hint);
  await page.getByText(hinted!.hint!, { exact: true }).click();
  await expect(answerRadio(page, 'kind', hinted!.value)).toBeChecked();

  const card = page.locator('label.choice').filter({ hasText: first!.label });
  const box = await card.boundingBox();
  // Near the card's right edge, away from the text.
  await page.mouse.click(box!.x + box!.width - 6, box!.y + box!.height / 2);
  await expect(answerRadio(page, 'kind', first!.value)).toBeChecked();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(mainHeading(page)).toHaveText(questionById('async').title);
});

test.describe('at 390 px', () => {
  test.use({ viewport: PHONE });

  test('tap targets are at least 44 px: header, answer cards, Change links, result controls', async ({
    page,
  }) => {
    await openPage(page, '/questions/kind');
    for (const link of await page.getByRole('banner').getByRole('link').all()) {
      await expectTapTarget(link, `header link ${await link.textContent()}`);
    }
    const header = await page.getByRole('banner').boundingBox();
    expect(header!.height, 'the header is one row').toBeLessThan(70);
    for (const card of await page.locator('label.choice').all()) {
      await expectTapTarget(card, 'answer card');
    }
    await expectTapTarget(page.getByRole('link', { name: 'Back', exact: true }), 'Back');

    const draft = JSON.stringify({ state: { answers: { kind: 'api' } }, version: 1 });
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      DRAFT_STORAGE_KEY,
      draft,
    ] as const);
    await openPage(page, '/review');
    const changeLinks = page.getByRole('main').getByRole('link', { name: /^Change / });
    await expect(changeLinks).toHaveCount(QUESTIONS.length);
    for (const link of await changeLinks.all()) await expectTapTarget(link, 'Change link');

    await openPage(page, DJANGO_RESULT);
    for (const button of await page
      .getByRole('group', { name: 'Use this result' })
      .getByRole('button')
      .all()) {
      await expectTapTarget(button, `action ${await button.textContent()}`);
    }
    await expectTapTarget(page.getByRole('link', { name: 'Get started' }), 'Get started');
    // On a phone the folded sections are the table of contents: no list above them.
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
    for (const toggle of await page.getByRole('heading', { level: 2 }).getByRole('button').all()) {
      await expectTapTarget(toggle, `section ${await toggle.textContent()}`);
    }
    for (const option of await page
      .getByRole('group', { name: 'Beside Django' })
      .locator('label')
      .all()) {
      await expectTapTarget(option, 'framework switch');
    }
  });

  test('the recipe’s packages read as stacked rows and nothing is cut off', async ({ page }) => {
    await openPage(page, DJANGO_RESULT);
    await page.getByRole('link', { name: 'Get started' }).click();
    const table = page
      .getByRole('region', { name: 'Start building with Django' })
      .getByRole('table');
    const tableBox = await table.boundingBox();
    const mainBox = await page.getByRole('main').boundingBox();
    expect(tableBox!.x + tableBox!.width).toBeLessThanOrEqual(mainBox!.x + mainBox!.width);
    const cells = table.getByRole('row').nth(1).getByRole('cell');
    const [version, why] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
    expect(why!.y).toBeGreaterThan(version!.y);
  });
});

test('print is a handout: the first screen, the link and the weighted rows, and what was opened', async ({
  page,
}) => {
  await openPage(page, DJANGO_RESULT);
  await expect(page.getByRole('article')).toHaveCount(3);
  const all = { includeHidden: true } as const;
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: 'Why Django' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'What to watch' })).toBeVisible();
  await expect(page.getByText(`Link to this result: ${APP_ORIGIN}${DJANGO_RESULT}`)).toBeVisible();
  // The comparison as a plain table of the rows the answers weighted, every framework a column.
  const table = page.getByRole('table');
  await expect(table).toHaveCount(1);
  await expect(table.getByRole('columnheader')).toHaveText([
    'Feature',
    'Django',
    'Flask',
    'FastAPI',
  ]);
  await expect(table.getByRole('rowheader')).toContainText(['Admin panel']);
  await expect(table.getByRole('rowheader').filter({ hasText: 'First released' })).toHaveCount(0);
  await expect(page.getByRole('article', all).first()).toBeHidden();
  for (const control of await page.getByRole('button', all).all())
    await expect(control).toBeHidden();
  for (const field of await page.getByRole('textbox', all).all()) await expect(field).toBeHidden();
  // Folded sections stay off the paper…
  await expect(page.getByRole('region', { name: 'Your database layer', ...all })).toBeHidden();
  const record = page
    .locator('pre')
    .filter({ hasText: '# Use Django as our Python web framework' });
  await expect(record).toBeHidden();

  // …until opened before printing.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(record).toBeVisible();
  await expect(record).toContainText('## Decision Drivers');
});

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze();
  expect(
    results.violations.map((violation) => ({
      id: violation.id,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
    })),
  ).toEqual([]);
}

const AXE_PAGES = [
  { name: 'result, every section open', path: DJANGO_RESULT, openAll: true },
  { name: 'compare', path: '/compare?kind=api', openAll: false },
  { name: 'embed code', path: '/embed-code', openAll: true },
];

for (const width of [1280, 390]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const target of AXE_PAGES) {
      test(`axe at ${width} px, ${colorScheme}: ${target.name}`, async ({ page }) => {
        // The whole result, every section open, is a large page for axe on a busy machine.
        test.setTimeout(90_000);
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await openPage(page, target.path);
        await expect(mainHeading(page)).toBeVisible();
        if (target.path.startsWith('/result')) {
          await expect(page.getByRole('article', { includeHidden: true })).toHaveCount(3);
        }
        if (target.openAll) {
          // Each click removes a match, so always take the first one left.
          const folded = page.locator('button[aria-expanded="false"]:visible');
          for (let left = await folded.count(); left > 0; left = await folded.count()) {
            await folded.first().click();
          }
        }
        await expectNoAxeViolations(page);
      });
    }
  }
}
