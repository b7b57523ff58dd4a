/**
 * The result page as a summary first, with its first screen first: the
 * action bar, "On this page" and folded sections, the aligned comparison on a laptop and a
 * phone, whole answer cards, tap targets, print, and axe at both widths.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { APP_ORIGIN } from './support/origins.mjs';
import { answerRadio, mainHeading, openPage } from './support/journey';
import { QUESTIONS, questionById } from '../../src/domain/questions';
import { DRAFT_STORAGE_KEY } from '../../src/wizard/answers-store';

const DJANGO_QUERY = 'v=1&data=2026-11&kind=webapp&admin=must&orm=django&style=conventions';
const DJANGO_RESULT = `/result?${DJANGO_QUERY}`;
const PHONE = { width: 390, height: 844 };

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

  test('copies the link and the whole comparison, in ranking order', async ({ page }) => {
    await openPage(page, DJANGO_RESULT);
    const bar = page.getByRole('group', { name: 'Use this result' });
    await bar.getByRole('button', { name: 'Copy link' }).click();
    await expect(bar.getByText('Copied to the clipboard.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${APP_ORIGIN}${DJANGO_RESULT}`,
    );

    await bar.getByRole('button', { name: 'Copy comparison', exact: true }).click();
    await expect(bar.getByRole('status').last()).toHaveText(
      'Comparison copied to the clipboard as a Markdown table.',
    );
    const table = await page.evaluate(() => navigator.clipboard.readText());
    expect(table.split('\n')[0]).toBe('| Feature | Django | Flask | FastAPI |');
    expect(table).toContain('| First released |');
    expect(table).toContain(`Sources for every cell: <${APP_ORIGIN}/compare>`);
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
    await expect
      .poll(() => inViewport(page.getByRole('button', { name: 'Start building with Django' })))
      .toBe(true);
  });
});

test('the verdict says when the winner trails on something the answers ask for', async ({
  page,
}) => {
  await openPage(page, '/result?v=1&data=2026-11&kind=webapp&admin=must&orm=django&perf=important');
  await expect(mainHeading(page)).toHaveText('Django is the best fit');
  await expect(
    page.getByText(
      'But Django is rated below Flask on Raw throughput (1/3 against 2/3), which your answers ask for.',
    ),
  ).toBeVisible();
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
  await expect(
    page.getByRole('heading', { name: 'Must-haves that rule frameworks out' }),
  ).toBeVisible();
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

  test('on a phone, one framework at a time with a switcher, never sideways', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openPage(page, DJANGO_RESULT);
    const switcher = page.getByRole('group', { name: 'Framework shown' });
    await expect(switcher.getByRole('radio')).toHaveCount(3);
    await expect(page.getByRole('article', { name: 'Django' })).toBeVisible();
    await expect(page.getByRole('article', { name: 'Flask' })).toBeHidden();

    await switcher.getByRole('radio', { name: 'Flask' }).check();
    await expect(page.getByRole('article', { name: 'Flask' })).toBeVisible();
    await expect(page.getByRole('article', { name: 'Django' })).toBeHidden();
    await expect(
      page.getByRole('article', { name: 'Flask' }).getByRole('term').filter({ hasText: 'Async' }),
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
  const [first, second] = question.options;
  await page.getByText(second!.hint, { exact: true }).click();
  await expect(answerRadio(page, 'kind', second!.value)).toBeChecked();

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
    for (const link of await page
      .getByRole('navigation', { name: 'On this page' })
      .getByRole('link')
      .all()) {
      await expectTapTarget(link, `section link ${await link.textContent()}`);
    }
    for (const toggle of await page.locator('.fold__toggle').all()) {
      await expectTapTarget(toggle, `section ${await toggle.textContent()}`);
    }
    for (const option of await page
      .getByRole('group', { name: 'Framework shown' })
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

test('print keeps the comparison as a table and the decision record’s text, without controls', async ({
  page,
}) => {
  await openPage(page, DJANGO_RESULT);
  await expect(page.getByRole('article')).toHaveCount(3);
  await page.emulateMedia({ media: 'print' });
  for (const name of ['Django', 'Flask', 'FastAPI']) {
    await expect(page.getByRole('article', { name })).toBeVisible();
  }
  await expectRowsAligned(page, ['First released', 'Admin panel', 'Releases and support']);
  const record = page
    .locator('pre')
    .filter({ hasText: '# Use Django as our Python web framework' });
  await expect(record).toBeVisible();
  await expect(record).toContainText('## Decision Drivers');
  const all = { includeHidden: true } as const;
  for (const control of await page.getByRole('button', all).all())
    await expect(control).toBeHidden();
  for (const field of await page.getByRole('textbox', all).all()) await expect(field).toBeHidden();
  await expect(page.getByRole('radio', { name: 'Flask', includeHidden: true })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Your database layer' })).toBeVisible();
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
