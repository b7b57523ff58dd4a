/**
 * The iframe embed on a host page of another origin (the app on 127.0.0.1:4173, the host on
 * localhost:4180): messages, auto-resize, the hello handshake, sandboxing, forged messages,
 * parentOrigin, themes, focus and history (docs/embed-protocol.md).
 */
import { expect, test } from '@playwright/test';
import { QUESTIONS, answerOption } from '../../src/domain/questions';
import {
  APP_ORIGIN,
  SUB_PATH_APP,
  answerInFrame,
  detailsOf,
  expectReady,
  expectSizedToContent,
  frameHeading,
  frameHeight,
  openHost,
  recordedEvents,
  recordedMessages,
} from './support/embed-host';
import { CURRENT_MODEL_ID } from '../../src/domain/model-catalog';
import { reportOf } from '../support/results';

const FIRST_QUESTION = QUESTIONS[0].title;

test.describe('a host page with the snippet', () => {
  test('gets ready, then sizes the frame to its content as it grows and shrinks', async ({
    page,
  }) => {
    await openHost(page, 'normal.html');
    await expectReady(page, '/embed/questions/kind');
    const frame = page.frameLocator('#picker');
    await expect(frameHeading(frame)).toHaveText(FIRST_QUESTION);
    await expectSizedToContent(page);
    const iframe = page.locator('#picker');
    const lastResize = async () => (await detailsOf(page, 'resize')).at(-1)?.height;
    const styleHeight = () => iframe.evaluate((element) => element.style.height);
    expect(await styleHeight()).toBe(`${await lastResize()}px`);
    const questionHeight = await frameHeight(page);

    // The result is longer than a question: the frame grows with it...
    await answerInFrame(frame, { kind: 'learn' });
    await frame.getByRole('link', { name: 'See my recommendation' }).click();
    await expect(frameHeading(frame)).toHaveText(/best fit|general view|comes closest/);
    await expectSizedToContent(page);
    const resultHeight = await frameHeight(page);
    expect(resultHeight).toBeGreaterThan(questionHeight);
    expect(await styleHeight()).toBe(`${await lastResize()}px`);

    // ...and shrinks back when the visitor starts over.
    await frame.getByRole('button', { name: 'Start over' }).click();
    await expect(frameHeading(frame)).toHaveText(FIRST_QUESTION);
    await expectSizedToContent(page);
    expect(await frameHeight(page)).toBe(questionHeight);
  });

  test('hears each step, then the result with the full page’s URL, without filling its history', async ({
    page,
    context,
  }) => {
    await openHost(page, 'normal.html');
    const frame = page.frameLocator('#picker');
    await expect(frameHeading(frame)).toHaveText(FIRST_QUESTION);
    const historyLength = await page.evaluate(() => history.length);

    await answerInFrame(frame, { kind: 'api', async: 'must', perf: 'important', docs: 'must' });
    await expect
      .poll(() => detailsOf(page, 'step'))
      .toEqual(
        QUESTIONS.map((question, index) => ({
          source: 'python-framework-picker',
          version: 1,
          type: 'step',
          question: question.id,
          index: index + 1,
          total: 9,
        })),
      );

    await frame.getByRole('link', { name: 'See my recommendation' }).click();
    await expect(frameHeading(frame)).toHaveText('FastAPI is the best fit');
    const expectedUrl = `${APP_ORIGIN}/result?v=1&data=${CURRENT_MODEL_ID}&kind=api&async=must&perf=important&docs=must`;
    // The scores are the current model's, as the result page's report gives them (each new
    // model changes them); the order and the must-have verdicts are this answer set's.
    const { ranking } = reportOf(expectedUrl);
    const scoreOf = (id: string) => ranking.find((entry) => entry.id === id)?.score;
    await expect
      .poll(() => detailsOf(page, 'result'))
      .toEqual([
        {
          source: 'python-framework-picker',
          version: 1,
          type: 'result',
          winner: 'fastapi',
          ranking: [
            { id: 'fastapi', score: scoreOf('fastapi'), mustHavesMet: true },
            { id: 'django', score: scoreOf('django'), mustHavesMet: true },
            { id: 'flask', score: scoreOf('flask'), mustHavesMet: false },
          ],
          url: expectedUrl,
        },
      ]);

    // Ten steps inside the frame, and the host's Back button still leads where it did.
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(page.url()).toMatch(/\/normal\.html$/);

    // The URL opens the same recommendation at top level, outside any frame.
    const fullPage = await context.newPage();
    await fullPage.goto(expectedUrl);
    await expect(fullPage.getByRole('heading', { level: 1 })).toHaveText('FastAPI is the best fit');
    await expect(fullPage.getByRole('link', { name: 'Embed' })).toBeVisible();
  });

  test('a frame that starts on the result page reports it at once', async ({ page }) => {
    await openHost(page, 'normal.html');
    await page
      .locator('#picker')
      .evaluate(
        (element, src) => element.setAttribute('src', src),
        `${APP_ORIGIN}/embed/result?v=1&data=2026-11&kind=learn&style=freedom&team=new&theme=light`,
      );
    await expect
      .poll(async () => (await detailsOf(page, 'result')).map((message) => message.winner))
      .toEqual(['flask']);
    const [result] = await detailsOf(page, 'result');
    // Embed options are not answers: the full page's URL leaves them out.
    expect(result?.url).toBe(
      `${APP_ORIGIN}/result?v=1&data=2026-11&kind=learn&style=freedom&team=new`,
    );
    await expect(page.frameLocator('#picker').getByRole('heading', { level: 1 })).toHaveText(
      /Flask/,
    );
  });

  test('takes no focus and does not scroll the host on load', async ({ page }) => {
    await openHost(page, 'focus.html');
    await expectReady(page, '/embed/questions/kind');
    await expect.poll(() => detailsOf(page, 'step')).toHaveLength(1);
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const frame = page.frameLocator('#picker');
    // The preset answer is preselected, and the frame's own focus is on nothing.
    await expect(
      frame.getByRole('radio', { name: answerOption('kind', 'webapp')?.label ?? '', exact: true }),
    ).toBeChecked();
    expect(
      await frame.locator(':root').evaluate(() => document.activeElement === document.body),
    ).toBe(true);
    // Below the fold, the frame still has its height reserved.
    await expect.poll(async () => (await detailsOf(page, 'resize')).length).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('moves focus to each new step inside the frame, and the host scrolls it into view', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 800, height: 400 });
    await openHost(page, 'focus.html');
    const frame = page.frameLocator('#picker');
    await expect(frameHeading(frame)).toHaveText(FIRST_QUESTION);
    await expectSizedToContent(page);
    // The post goes on below the picker; the visitor has scrolled to the frame's Continue button,
    // so the frame's heading is above the host's viewport.
    await page.evaluate(() => {
      document.body.style.paddingBottom = '2000px';
      const continueAt = document.querySelector('#picker')?.getBoundingClientRect().bottom ?? 0;
      window.scrollTo(0, window.scrollY + continueAt - 300);
    });
    const scrolled = await page.evaluate(() => window.scrollY);
    const frameTop = () =>
      page.evaluate(() => {
        const iframe = document.querySelector('iframe#picker');
        return iframe ? iframe.getBoundingClientRect().top : NaN;
      });
    expect(await frameTop()).toBeLessThan(0);

    await frame.getByRole('button', { name: 'Continue' }).click();
    await expect(frameHeading(frame)).toHaveText(QUESTIONS[1].title);
    await expect(frameHeading(frame)).toBeFocused();
    // embed.js brings the frame's top back on screen (smoothly: the poll waits it out). The
    // host's own focus stays on the frame the visitor is using.
    await expect.poll(frameTop).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(scrolled);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('picker');
  });
});

test('embed.js added after the frame has loaded still sizes it', async ({ page }) => {
  await openHost(page, 'late-script.html');
  const frame = page.frameLocator('#picker');
  await expect(frameHeading(frame)).toHaveText(FIRST_QUESTION);
  // The frame's own messages went unheard: nobody listened yet.
  await expect.poll(async () => (await recordedMessages(page)).length).toBeGreaterThan(0);
  expect(await recordedEvents(page)).toEqual([]);
  const defaultHeight = await frameHeight(page, '#picker');
  expect(defaultHeight).toBe(150);

  await page.evaluate(() => window.addEmbedScript?.());
  await expect
    .poll(async () => (await detailsOf(page, 'ready')).map((message) => message.path))
    .toEqual(['/embed/questions/kind']);
  await expectSizedToContent(page);
});

test('a frame sandboxed with allow-scripts only completes the wizard', async ({ page }) => {
  await openHost(page, 'sandboxed.html');
  const frame = page.frameLocator('#picker');
  await expect(frameHeading(frame)).toHaveText(FIRST_QUESTION);
  await expectSizedToContent(page);

  await answerInFrame(frame, {
    kind: 'webapp',
    admin: 'must',
    orm: 'django',
    style: 'conventions',
  });
  await frame.getByRole('link', { name: 'See my recommendation' }).click();
  await expect(frameHeading(frame)).toHaveText('Django is the best fit');
  await expect
    .poll(async () => (await detailsOf(page, 'result')).map((message) => message.winner))
    .toEqual(['django']);
  await expectSizedToContent(page);

  // An opaque origin: every message arrived from "null", and embed.js accepted them.
  const messages = await recordedMessages(page);
  expect(messages.length).toBeGreaterThan(10);
  expect(new Set(messages.map((message) => message.origin))).toEqual(new Set(['null']));
  expect((await recordedEvents(page)).length).toBe(messages.length);
});

test('a message forged by another frame neither resizes the frame nor fires an event', async ({
  page,
}) => {
  await openHost(page, 'forged.html');
  await expectReady(page, '/embed/questions/kind');
  await expectSizedToContent(page);
  const heightBefore = await page.locator('#picker').evaluate((element) => element.style.height);

  // The forger is sandboxed too, so its messages come from "null" like the picker's: only the
  // check of event.source tells them apart. The host page also forges one itself.
  await page.evaluate(() => {
    document.querySelector<HTMLIFrameElement>('#forger')?.contentWindow?.postMessage('forge', '*');
    const fake = { source: 'python-framework-picker', version: 1, type: 'resize', height: 4321 };
    window.postMessage(fake, '*');
  });
  await expect
    .poll(async () =>
      (await recordedMessages(page)).filter(
        (message) => (message.data as { forger?: string } | null)?.forger === 'done',
      ),
    )
    .toHaveLength(1);
  const forged = (await recordedMessages(page)).filter(
    (message) => message.frame !== 'picker' && message.data !== null,
  );
  expect(forged.map((message) => (message.data as { type?: string }).type)).toEqual(
    expect.arrayContaining(['resize', 'result']),
  );

  const events = await recordedEvents(page);
  expect(events.every((event) => event.frame === 'picker')).toBe(true);
  expect(events.map((event) => event.type)).not.toContain('result');
  expect(JSON.stringify(events)).not.toContain('4321');
  expect(await page.locator('#picker').evaluate((element) => element.style.height)).toBe(
    heightBefore,
  );
  await expectSizedToContent(page);
});

test('with parentOrigin set to another origin, the host receives nothing', async ({ page }) => {
  await openHost(page, 'parent-origin.html');
  const silenced = page.frameLocator('#silenced');
  const invalid = page.frameLocator('#invalid');
  const control = page.frameLocator('#control');

  // Each frame shows a question and moves to the next, which would send ready, resize and step.
  for (const frame of [silenced, invalid]) {
    await expect(frameHeading(frame)).toHaveText(FIRST_QUESTION);
    await frame.getByRole('button', { name: 'Skip this question' }).click();
    await expect(frameHeading(frame)).toHaveText(QUESTIONS[1].title);
  }
  // The control frame names this page as its parent and is heard, step after step.
  await expect(frameHeading(control)).toHaveText(FIRST_QUESTION);
  await control.getByRole('button', { name: 'Skip this question' }).click();
  await expect
    .poll(async () => (await detailsOf(page, 'step', 'control')).map((message) => message.index))
    .toEqual([1, 2]);

  const heard = new Set((await recordedMessages(page)).map((message) => message.frame));
  expect(heard).toEqual(new Set(['control']));
  for (const id of ['silenced', 'invalid']) {
    expect(await frameHeight(page, `#${id}`)).toBe(150);
  }
});

test.describe('themes', () => {
  test('theme=dark is applied, and preset answers are preselected', async ({ page }) => {
    await openHost(page, 'dark.html');
    const frame = page.frameLocator('#picker');
    await expect(frameHeading(frame)).toHaveText(FIRST_QUESTION);
    await expect(frame.locator('body')).toHaveCSS('background-color', 'rgb(17, 20, 24)');
    await expect(frame.locator('body')).toHaveCSS('color', 'rgb(232, 235, 239)');
    // Preset, not skipped: the first question shows with the answer chosen.
    await expect(frame.getByRole('radio', { name: 'An API that other apps call' })).toBeChecked();
    await expect
      .poll(async () => (await detailsOf(page, 'step')).map((message) => message.question))
      .toEqual(['kind']);
  });

  test.describe('when the visitor prefers dark', () => {
    test.use({ colorScheme: 'dark' });

    test('theme=auto follows the system setting', async ({ page }) => {
      await openHost(page, 'normal.html');
      const frame = page.frameLocator('#picker');
      await expect(frameHeading(frame)).toHaveText(FIRST_QUESTION);
      await expect(frame.locator('body')).toHaveCSS('background-color', 'rgb(17, 20, 24)');
    });
  });
});

test('under a sub-path, embed.js, the frame and the result link keep the base', async ({
  page,
}) => {
  await openHost(page, 'sub-path.html');
  await expectReady(page, '/embed/questions/kind');
  await expectSizedToContent(page);
  const frame = page.frameLocator('#picker');
  await answerInFrame(frame, {});
  await frame.getByRole('link', { name: 'See my recommendation' }).click();
  await expect
    .poll(async () => (await detailsOf(page, 'result')).map((message) => message.url))
    .toEqual([`${SUB_PATH_APP}/result?v=1&data=${CURRENT_MODEL_ID}`]);
});
