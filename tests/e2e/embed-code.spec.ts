/**
 * The /embed-code page: choose options, see and copy the snippet, watch it run in the preview,
 * and paste it into a plain page on another origin.
 */
import { expect, test, type Page } from '@playwright/test';
import { EMBED_FRAME_TITLE } from '../../src/domain/embed-snippet';
import { QUESTIONS } from '../../src/domain/questions';
import {
  APP_ORIGIN,
  HOST_ORIGIN,
  answerInFrame,
  detailsOf,
  expectSizedToContent,
  frameHeading,
} from './support/embed-host';
import { CURRENT_MODEL_ID } from '../../src/domain/model-catalog';

/** Opens the page once the app has hydrated it (it is prerendered). */
async function openEmbedCode(page: Page) {
  await page.goto('/embed-code');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Embed the picker');
  await expect(page.getByLabel('Embed code')).toBeVisible();
}

function snippet(page: Page) {
  return page.getByLabel('Embed code');
}

/** The preview frame in view (a new one loads under it, titled "… (loading)"). */
function preview(page: Page) {
  return page.getByTitle(EMBED_FRAME_TITLE, { exact: true });
}

/** Preset answers and the origin sit behind the "Advanced" disclosure. */
async function openAdvanced(page: Page) {
  await page.getByText('Advanced: preset answers and your page’s origin').click();
}

test('choosing a theme and a preset answer updates the snippet, and the preview runs it', async ({
  page,
}) => {
  await openEmbedCode(page);
  await expect(snippet(page)).toHaveValue(
    `<script src="${APP_ORIGIN}/embed.js" async></script>\n` +
      `<iframe data-python-framework-picker src="${APP_ORIGIN}/embed" title="${EMBED_FRAME_TITLE}"` +
      ' allow="clipboard-write" loading="lazy" height="640" style="width:100%;border:0"></iframe>',
  );

  await page.getByRole('radio', { name: 'Dark', exact: true }).check();
  await openAdvanced(page);
  await page.getByLabel('What you are building').selectOption({ label: 'A JSON or REST API' });
  await page.getByLabel('Auto API docs and typed validation').selectOption({ label: 'Must have' });
  await expect(snippet(page)).toHaveValue(
    new RegExp(`src="${APP_ORIGIN}/embed\\?kind=api&amp;docs=must&amp;theme=dark"`),
  );
  await expect(snippet(page)).not.toHaveValue(/sandbox/);

  // The preview is that snippet: the same frame, sized by the same embed.js.
  // Wait for the frame of the last change: until it has loaded, the one before stays in view.
  const frame = preview(page);
  await expect(frame).toHaveAttribute('src', `${APP_ORIGIN}/embed?kind=api&docs=must&theme=dark`);
  await frame.scrollIntoViewIfNeeded();
  await expect(frame).toHaveAttribute('data-python-framework-picker', '');
  await expect(frame).toHaveAttribute('allow', 'clipboard-write');
  expect(await page.locator(`script[src="${APP_ORIGIN}/embed.js"]`).count()).toBe(1);
  const inside = page.frameLocator(`iframe[title="${EMBED_FRAME_TITLE}"]`);
  await expect(frameHeading(inside)).toHaveText(QUESTIONS[0].title);
  await expect(inside.getByRole('radio', { name: 'A JSON or REST API' })).toBeChecked();
  await expect(inside.locator('body')).toHaveCSS('background-color', 'rgb(17, 20, 24)');
  await expect
    .poll(() => frame.evaluate((element: HTMLIFrameElement) => element.style.height))
    .toMatch(/^\d+px$/);
  await expect
    .poll(async () => {
      const outer = await frame.evaluate((element: HTMLIFrameElement) => element.offsetHeight);
      const content = await inside
        .locator(':root')
        .evaluate((root) => Math.ceil(root.getBoundingClientRect().height));
      return outer - content;
    })
    .toBe(0);

  // Changing an option swaps the frame without adding to this page's history.
  const historyLength = await page.evaluate(() => history.length);
  await page.getByRole('radio', { name: 'Light', exact: true }).check();
  await expect(preview(page)).toHaveAttribute(
    'src',
    `${APP_ORIGIN}/embed?kind=api&docs=must&theme=light`,
  );
  await expect(inside.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  expect(await page.locator(`script[src="${APP_ORIGIN}/embed.js"]`).count()).toBe(1);
});

test('a parent origin goes into the snippet; one that is not an origin is named and left out', async ({
  page,
}) => {
  await openEmbedCode(page);
  await openAdvanced(page);
  const origin = page.getByLabel('Your page’s origin (optional)');

  await origin.fill('https://blog.example.com/');
  await expect(snippet(page)).toHaveValue(/embed\?parentOrigin=https%3A%2F%2Fblog\.example\.com"/);
  await expect(origin).toHaveAttribute('aria-invalid', 'false');
  // The preview cannot hear a frame that talks only to another origin, and says so.
  await expect(page.getByRole('note')).toContainText('https://blog.example.com');

  await origin.fill('blog.example.com/path');
  await expect(origin).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/Enter an origin like https:\/\/blog\.example\.com/)).toBeVisible();
  await expect(origin).toHaveAccessibleDescription(/leaves it out/);
  await expect(snippet(page)).toHaveValue(new RegExp(`src="${APP_ORIGIN}/embed"`));

  await origin.fill(APP_ORIGIN);
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(preview(page)).toHaveAttribute(
    'src',
    `${APP_ORIGIN}/embed?parentOrigin=${encodeURIComponent(APP_ORIGIN)}`,
  );
  await preview(page).scrollIntoViewIfNeeded();
  await expect
    .poll(() => preview(page).evaluate((element: HTMLIFrameElement) => element.style.height))
    .toMatch(/^\d+px$/);
});

test('Copy code puts the snippet on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
  await openEmbedCode(page);
  await openAdvanced(page);
  await page.getByLabel('What you are building').selectOption({ label: 'A small microservice' });
  await page.getByRole('button', { name: 'Copy code' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText(
    'Copied to the clipboard.',
  );
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await snippet(page).inputValue());
  expect(copied).toContain('/embed?kind=micro"');
});

test('the snippet pasted into a plain page on another origin shows the wizard and reports the result', async ({
  page,
}) => {
  await openEmbedCode(page);
  await openAdvanced(page);
  await page
    .getByLabel('What you are building')
    .selectOption({ label: 'Something to learn web development with' });
  const code = await snippet(page).inputValue();

  await page.goto(`${HOST_ORIGIN}/blank.html`);
  await page.setContent(
    `<!doctype html><html lang="en"><head><title>My blog</title>` +
      `<script src="record-events.js"></script></head>` +
      `<body><h1>Which framework should I learn?</h1>\n${code}\n<p>Comments</p></body></html>`,
  );
  const iframe = page.locator('iframe[data-python-framework-picker]');
  await iframe.evaluate((element) => (element.id = 'picker'));
  const frame = page.frameLocator('#picker');
  await expect(frameHeading(frame)).toHaveText(QUESTIONS[0].title);
  await expectSizedToContent(page);

  await answerInFrame(frame, { kind: 'learn', style: 'freedom', team: 'new' });
  await frame.getByRole('link', { name: 'See my recommendation' }).click();
  await expect(frameHeading(frame)).toHaveText('Flask is the best fit');
  await expectSizedToContent(page);
  await expect
    .poll(async () => (await detailsOf(page, 'result')).map((message) => message.url))
    .toEqual([
      `${APP_ORIGIN}/result?v=1&data=${CURRENT_MODEL_ID}&kind=learn&style=freedom&team=new`,
    ]);
});

test('the preview can start at the result, keeps the old frame while a new one loads, and stays beside the options (sticky)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openEmbedCode(page);
  await openAdvanced(page);
  await page.getByLabel('What you are building').selectOption({ label: 'A JSON or REST API' });
  const inside = page.frameLocator(`iframe[title="${EMBED_FRAME_TITLE}"]`);
  await expect(frameHeading(inside)).toHaveText(QUESTIONS[0].title);

  // Wide screens: the preview sits beside the options and stays in view as they scroll.
  const options = await page.getByRole('group', { name: 'Theme' }).boundingBox();
  const heading = page.getByRole('heading', { name: 'Preview' });
  expect((await heading.boundingBox())!.x).toBeGreaterThan(options!.x + options!.width);
  const headingTop = (await heading.boundingBox())!.y;
  await page.evaluate((by) => window.scrollBy(0, by), headingTop + 200);
  await expect
    .poll(async () => (await page.getByRole('group', { name: 'Theme' }).boundingBox())!.y)
    .toBeLessThan(options!.y - headingTop - 150);
  // The options scrolled away; the preview's heading is held at the top edge.
  const stuck = (await heading.boundingBox())!.y;
  expect(stuck).toBeGreaterThanOrEqual(0);
  expect(stuck).toBeLessThan(60);

  // Hold the next frame's page: the old frame stays in view under a loading note.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/embed/result?*', async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('radio', { name: 'The result for the preset answers' }).check();
  await expect(snippet(page)).toHaveValue(
    new RegExp(`src="${APP_ORIGIN}/embed/result\\?kind=api"`),
  );
  await expect(
    page.getByRole('status').filter({ hasText: 'Loading the new preview…' }),
  ).toBeVisible();
  await expect(preview(page)).toBeVisible();
  await expect(preview(page)).toHaveAttribute('src', `${APP_ORIGIN}/embed?kind=api`);
  release();

  await expect(preview(page)).toHaveAttribute('src', `${APP_ORIGIN}/embed/result?kind=api`);
  await expect(frameHeading(inside)).toHaveText('FastAPI is the best fit');
  await expect(page.getByText('Loading the new preview…')).toHaveCount(0);
  await expect(page.locator('iframe[data-python-framework-picker]')).toHaveCount(1);
});
