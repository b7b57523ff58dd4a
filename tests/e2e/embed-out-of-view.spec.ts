/**
 * An embed that starts out of view: browsers pause animation frames in hidden cross-origin
 * frames, so its size must reach the host without them. And a link with thousands of ignored
 * parts still shows its result near the top.
 */
import { expect, test } from '@playwright/test';
import {
  detailsOf,
  expectSizedToContent,
  frameHeight,
  heightMismatch,
  openHost,
} from './support/embed-host';

test('a result frame below the fold reaches its content height without being scrolled to', async ({
  page,
}) => {
  await openHost(page, 'below-fold.html');
  const frame = page.frameLocator('#picker');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('FastAPI is the best fit');
  await expect(frame.getByRole('heading', { name: 'What to watch' })).toBeAttached();
  // A whole result, far taller than a loading line: exactly its content.
  await expect.poll(() => heightMismatch(page), { timeout: 15_000 }).toBe(0);
  const reserved = await frameHeight(page);
  expect(reserved).toBeGreaterThan(600);
  const heights = (await detailsOf(page, 'resize')).map((message) => message.height);
  expect(heights.at(-1)).toBe(reserved);
  // All while out of view: nobody scrolled.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const top = await page
    .locator('#picker')
    .evaluate((element) => element.getBoundingClientRect().top);
  expect(top).toBeGreaterThan(page.viewportSize()?.height ?? 0);

  // Scrolled to, the frame neither jumps nor scrolls inside.
  await page.locator('#picker').scrollIntoViewIfNeeded();
  await expectSizedToContent(page);
  expect(await frameHeight(page)).toBe(reserved);
});

test('a link with 2,000 ignored parts keeps the recommendation near the top', async ({ page }) => {
  // One unknown key and 1,999 repeats of it: short enough for any server's address limit.
  await page.goto(`/result?v=1&data=2026-11&kind=api${'&x'.repeat(2000)}`);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText('FastAPI');
  await expect(page.getByText('…and 1,995 more.')).toBeVisible();
  const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
  expect(top).toBeLessThan(800);
});
