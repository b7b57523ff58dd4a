/**
 * The result's tools in Chromium: the decision record downloaded and read back, the stack recipe
 * and the comparison (weighted rows first, all on demand) copied to the clipboard, a "what would
 * change" link followed to the other framework's win, the compare controls, and a print view
 * without controls.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { APP_ORIGIN } from './support/origins.mjs';
import { openPage, mainHeading } from './support/journey';

const DJANGO_QUERY = 'v=1&data=2026-11&kind=webapp&admin=must&orm=django&style=conventions';
const DJANGO_RESULT = `/result?${DJANGO_QUERY}`;

async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('with the clipboard allowed', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
  });

  test('copies the stack recipe: the install line and a starter app', async ({ page }) => {
    await openPage(page, DJANGO_RESULT);
    // "Get started" in the action bar opens the folded recipe.
    await page.getByRole('link', { name: 'Get started' }).click();
    const recipe = page.getByRole('region', { name: 'Start building with Django' });
    await expect(recipe.getByRole('rowheader')).toHaveText(['Django', 'gunicorn']);

    await recipe.getByRole('button', { name: 'Copy install command' }).click();
    await expect(recipe.getByRole('status').first()).toHaveText('Copied to the clipboard.');
    expect(await clipboardText(page)).toBe('pip install "Django>=5.2" "gunicorn>=23.0.0"');

    await recipe.getByRole('button', { name: 'Copy starter app' }).click();
    await expect(recipe.getByRole('status').last()).toHaveText('Copied to the clipboard.');
    const app = await clipboardText(page);
    expect(app).toMatch(/^r"""A minimal Django project in one file\./);
    expect(app).toContain('path("admin/", admin.site.urls)');
    await expect(recipe.getByRole('textbox', { name: 'Starter app (app.py)' })).toHaveValue(app);
  });

  test('copies the cards as a Markdown table, following the rows shown', async ({ page }) => {
    await openPage(page, DJANGO_RESULT);
    const cards = page.getByRole('region', { name: 'Side by side' });
    // The table waits behind one line, a tool for the few who paste it somewhere.
    await cards.getByText('Copy as a Markdown table').click();
    const copy = cards.getByRole('button', { name: 'Copy comparison table' });

    // At first only the rows the answers weighted.
    await expect(
      cards
        .getByRole('article', { name: 'Django' })
        .getByRole('term')
        .filter({ hasText: 'First released' }),
    ).toHaveCount(0);
    await copy.click();
    await expect(cards.getByRole('status').last()).toHaveText('Copied to the clipboard.');
    let table = await clipboardText(page);
    // Columns in ranking order: Django 100, Flask 62, FastAPI 40.
    expect(table.split('\n')[0]).toBe('| Feature | Django | Flask | FastAPI |');
    expect(table).toContain('| Admin panel |');
    expect(table).not.toContain('| First released |');
    expect(table).toContain(`Sources for every cell: <${APP_ORIGIN}/compare>`);

    await cards.getByRole('button', { name: 'Show all 16 features' }).click();
    await expect(
      cards
        .getByRole('article', { name: 'Django' })
        .getByRole('term')
        .filter({ hasText: 'First released' }),
    ).toHaveCount(1);
    await copy.click();
    await expect.poll(() => clipboardText(page)).toContain('| First released |');
    table = await clipboardText(page);
    expect(table).toContain('| Admin panel |');
    await expect(
      cards.getByRole('button', { name: /^Show only the \d+ features you weighted$/ }),
    ).toHaveAttribute('aria-expanded', 'true');
  });

  test('on Compare, shows or hides each framework and copies what is shown', async ({ page }) => {
    await openPage(page, '/compare');
    const articles = page.getByRole('main').getByRole('article');
    await expect(articles).toHaveCount(3);

    await page.getByRole('checkbox', { name: 'FastAPI' }).uncheck();
    await expect(articles).toHaveCount(2);
    await expect(page.getByRole('article', { name: 'FastAPI' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Copy comparison table' }).click();
    await expect
      .poll(async () => (await clipboardText(page)).split('\n')[0])
      .toBe('| Feature | Django | Flask |');

    await page.getByRole('checkbox', { name: 'Django' }).uncheck();
    await page.getByRole('checkbox', { name: 'Flask' }).uncheck();
    await expect(articles).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText(
      'All three frameworks are hidden. Tick at least one to see its card.',
    );
    await page.getByRole('checkbox', { name: 'Flask' }).check();
    await expect(page.getByRole('article', { name: 'Flask' })).toBeVisible();
  });
});

test('downloads the decision record as Markdown with MADR’s headings and a link back', async ({
  page,
}) => {
  await openPage(page, DJANGO_RESULT);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download decision record (.md)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}-use-django\.md$/);

  const path = await download.path();
  const markdown = await readFile(path, 'utf8');
  expect(markdown).toMatch(/^---\nstatus: proposed\ndate: \d{4}-\d{2}-\d{2}\n---\n/);
  const headings = markdown
    .split('\n')
    .filter((line) => /^#{1,2} /.test(line) || line === '### Consequences');
  expect(headings).toEqual([
    '# Use Django as our Python web framework',
    '## Context and Problem Statement',
    '## Decision Drivers',
    '## Considered Options',
    '## Decision Outcome',
    '### Consequences',
    '## Pros and Cons of the Options',
    '## More Information',
  ]);
  expect(markdown).toContain(`](${APP_ORIGIN}/result?${DJANGO_QUERY})`);
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.getByRole('textbox', { name: 'Decision record (Markdown)' })).toHaveValue(
    markdown,
  );
});

test('follows a “what would change” link and sees the other framework win', async ({ page }) => {
  await openPage(page, DJANGO_RESULT);
  await expect(mainHeading(page)).toHaveText('Django is the best fit');
  await page.getByRole('button', { name: 'What would change the answer' }).click();
  const whatIf = page.getByRole('region', { name: 'What would change the answer' });
  await expect(whatIf).toContainText(
    'If raw throughput were a must-have, Flask would come first: it is the only one that meets all your must-haves.',
  );
  await whatIf.getByRole('link', { name: 'See the result with Flask first' }).click();
  await expect(mainHeading(page)).toHaveText('Flask is the best fit');
  await expect(page).toHaveURL(
    `/result?${DJANGO_QUERY.replace('orm=django', 'orm=django&perf=must')}`,
  );
});

test('says a robust recommendation is robust, on the first screen', async ({ page }) => {
  await openPage(page, '/result?v=1&data=2026-11&kind=api&async=must&perf=must&team=flask');
  await expect(page.getByRole('region', { name: 'What to watch' })).toContainText(
    'Robust. No single change to your answers would put another framework first: the recommendation of FastAPI is robust.',
  );
});

test('names the must-have that rules a framework out on its card, with a relax link', async ({
  page,
}) => {
  await openPage(page, DJANGO_RESULT);
  const card = page.getByRole('article', { name: 'FastAPI' });
  await expect(card).toContainText('Ruled out by your must-haves: Admin panel (rated 1 of 3)');
  await card.getByRole('link', { name: 'Relax “Admin panel” to important' }).click();
  await expect(page).toHaveURL(/admin=important/);
  await expect(page.getByRole('article', { name: 'FastAPI' })).not.toContainText('Ruled out');
});

test('shows the score breakdown as a chart with its numbers, heaviest criterion first', async ({
  page,
}) => {
  await openPage(page, DJANGO_RESULT);
  await page.getByRole('button', { name: 'Why Django and not the others' }).click();
  const chart = page.getByRole('region', { name: 'Where the points come from' });
  const first = chart.getByRole('listitem').first();
  await expect(first).toContainText('Admin panel');
  await expect(first.getByRole('listitem')).toHaveText([
    /^Django\s*9 of 9 points, rated 3 of 3$/,
    /^Flask\s*6 of 9 points, rated 2 of 3$/,
    /^FastAPI\s*3 of 9 points, rated 1 of 3$/,
  ]);
  await chart.getByText('The same numbers as a table').click();
  await expect(chart.getByRole('table')).toBeVisible();
  await expect(chart.getByRole('row', { name: /^Admin panel/ })).toContainText('9 of 9');
});

test('prints without navigation, buttons or copy fields, keeping what was opened', async ({
  page,
}) => {
  await openPage(page, DJANGO_RESULT);
  // Hidden elements drop out of role queries, so count them first and keep including them after:
  // otherwise "hidden" would pass for elements that are simply not found.
  const all = { includeHidden: true } as const;
  const buttons = page.getByRole('button', all);
  const fields = page.getByRole('textbox', all);
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  // The sections below the first screen, with their own buttons and fields, arrive after it.
  await expect(page.getByRole('article')).toHaveCount(3);
  await page.getByRole('button', { name: 'Why Django and not the others' }).click();
  expect(await buttons.count()).toBeGreaterThanOrEqual(8);
  expect(await fields.count()).toBeGreaterThanOrEqual(5);
  await expect(page.getByRole('banner')).toBeVisible();
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('banner', all)).toBeHidden();
  await expect(page.getByRole('banner', all)).toHaveCount(1);
  for (const button of await buttons.all()) await expect(button).toBeHidden();
  for (const field of await fields.all()) await expect(field).toBeHidden();
  await expect(page.getByText(`Link to this result: ${APP_ORIGIN}${DJANGO_RESULT}`)).toBeVisible();

  await expect(mainHeading(page)).toBeVisible();
  // Opened before printing, so printed; the comparison's weighted rows always are.
  await expect(page.getByRole('region', { name: 'Where the points come from' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Side by side' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your database layer', ...all })).toBeHidden();
});
