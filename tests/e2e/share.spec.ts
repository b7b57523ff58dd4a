/**
 * Share links in Chromium: Copy link puts the absolute URL on the clipboard and says so; the
 * copied link opens the same result in a fresh browser; hostile links show a notice and run
 * nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { questionById, type Answers } from '../../src/domain/questions';
import { clickThroughWizard, mainHeading, openPage, readRanking } from './support/journey';
import { CURRENT_MODEL_ID } from '../../src/domain/model-catalog';

/** Every question answered with its longest value: the longest link the wizard can make. */
const LONGEST_ANSWERS: Answers = {
  kind: 'webapp',
  async: 'important',
  admin: 'important',
  orm: 'sqlalchemy',
  perf: 'important',
  docs: 'important',
  style: 'conventions',
  team: 'django',
  codebase: 'fastapi',
};

test('Copy link copies the result’s URL, announces it, and the URL opens the same result elsewhere', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await openPage(page, '/questions/kind');
  await clickThroughWizard(page, LONGEST_ANSWERS);
  await page.getByRole('link', { name: 'See my recommendation' }).click();
  const heading = mainHeading(page);
  await expect(heading).toHaveText(/ is the best fit$/);
  const ranking = await readRanking(page);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText(
    'Copied to the clipboard.',
  );
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(copied.startsWith(`${origin}/result?v=1&data=${CURRENT_MODEL_ID}&kind=webapp`)).toBe(true);
  // A fully answered link stays short enough to paste anywhere.
  expect(copied.length).toBeLessThan(200);
  await expect(page.getByRole('textbox', { name: 'Link to this result' })).toHaveValue(copied);

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(copied);
    await expect(mainHeading(other)).toHaveText((await heading.textContent()) ?? '');
    expect(await readRanking(other)).toEqual(ranking);
  } finally {
    await fresh.close();
  }
});

test('where the clipboard is refused, the link is selected for a manual copy and that is said', async ({
  page,
  baseURL,
}) => {
  const expectedLink = `${new URL(baseURL ?? '').origin}/result?v=1&data=2026-11&kind=api&docs=must`;
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')),
      },
    });
  });
  await openPage(page, '/result?v=1&data=2026-11&kind=api&docs=must');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'clipboard' })).toContainText(
    'refused the clipboard',
  );
  const field = page.getByRole('textbox', { name: 'Link to this result' });
  await expect(field).toHaveValue(expectedLink);
  const selected = await field.evaluate((input: HTMLInputElement) =>
    input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
  );
  expect(selected).toBe(expectedLink);
});

/** Records every dialog and uncaught error a page raises. */
function watchForScripts(page: Page): { dialogs: string[]; errors: string[] } {
  const seen = { dialogs: [] as string[], errors: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  return seen;
}

const TEN_KB = 'x'.repeat(10 * 1024);

const HOSTILE_LINKS: { name: string; query: string; named: string[]; validPart: string }[] = [
  {
    name: 'a script tag',
    query: 'kind=<script>alert(1)</script>&docs=must',
    named: ['kind=<script>alert(1)</script>'],
    validPart: 'docs=must',
  },
  {
    name: 'a javascript: URL',
    query: 'async=javascript:alert(1)&kind=learn',
    named: ['async=javascript:alert(1)'],
    validPart: 'kind=learn',
  },
  {
    name: 'markup as a key',
    query: '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1&orm=django',
    named: ['<img src=x onerror=alert(1)>=1'],
    validPart: 'orm=django',
  },
  {
    name: 'malformed percent-encoding',
    query: 'kind=%E0%A4%A&perf=must',
    named: ['kind=%E0%A4%A'],
    validPart: 'perf=must',
  },
  {
    name: 'repeated keys and a newer version after the first',
    query: 'v=1&v=2&kind=api&kind=webapp',
    named: ['v=2', 'kind=webapp'],
    validPart: 'kind=api',
  },
  {
    name: 'a 10 KB value',
    query: `kind=api&team=${TEN_KB}`,
    named: ['team=xxxxxxxx'],
    validPart: 'kind=api',
  },
  {
    name: 'an unknown scoring model',
    query: 'data=9999-99',
    named: ['data=9999-99'],
    // An unknown model falls back to the current one; a link without `data` reads as 2026-11.
    validPart: `data=${CURRENT_MODEL_ID}`,
  },
];

for (const link of HOSTILE_LINKS) {
  test(`a hostile link with ${link.name} shows a notice, runs nothing and keeps the valid part`, async ({
    page,
  }) => {
    // What the valid part alone shows.
    await openPage(page, `/result?${link.validPart}`);
    await expect(mainHeading(page)).toBeVisible();
    const expectedHeading = (await mainHeading(page).textContent()) ?? '';
    const expectedRanking = await readRanking(page);

    const seen = watchForScripts(page);
    await page.goto(`/result?${link.query}`);
    const notice = page.getByRole('note').filter({
      has: page.getByRole('heading', { name: 'Part of this link was ignored' }),
    });
    await expect(notice).toBeVisible();
    // Each ignored part is named, in the link's order.
    await expect(notice.getByRole('listitem')).toContainText(link.named);
    await expect(mainHeading(page)).toHaveText(expectedHeading);
    expect(await readRanking(page)).toEqual(expectedRanking);

    // Text only: nothing from the URL became an element, and the notice stays short.
    await expect(page.getByRole('main').locator('script, img, iframe, object')).toHaveCount(0);
    for (const item of await notice.getByRole('listitem').allTextContents()) {
      expect(item.length).toBeLessThan(200);
    }
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
}

test('a link from a newer version of the link format gets its own page', async ({ page }) => {
  const seen = watchForScripts(page);
  await openPage(page, '/result?v=99&data=2031-04&kind=api&quantum=yes');
  await expect(mainHeading(page)).toHaveText('This link was made by a newer version');
  await expect(page.getByText('version 99 of our link format')).toBeVisible();
  const startOver = page.getByRole('link', { name: 'Start over' });
  await startOver.click();
  await expect(page).toHaveURL('/questions/kind');
  await expect(mainHeading(page)).toHaveText(questionById('kind').title);
  expect(seen.errors).toEqual([]);
});
