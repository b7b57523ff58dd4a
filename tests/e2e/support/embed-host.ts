/**
 * Helpers for the embed journeys: host pages on another origin (tests/e2e/fixtures/host/, served
 * by host-server.mjs), what they recorded, and the wizard driven inside a frame.
 */
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import type { EmbedMessage } from '../../../src/domain/embed-messages';
import { MODEL_CATALOG } from '../../../src/domain/model-catalog';
import { answerOption, questionById, type Answers } from '../../../src/domain/questions';
import { wizardPath } from '../../../src/domain/wizard-path';

import { HOST_ORIGIN } from './origins.mjs';

export { APP_ORIGIN, HOST_ORIGIN, SUB_PATH_APP } from './origins.mjs';

/** A `python-framework-picker:*` event as record-events.js stores it. */
export interface RecordedEvent {
  readonly type: EmbedMessage['type'];
  /** The id of the iframe it fired on. */
  readonly frame: string;
  readonly detail: EmbedMessage;
}

/** A raw `message` event the host window received. */
export interface RecordedMessage {
  readonly origin: string;
  readonly frame: string | null;
  readonly data: unknown;
}

declare global {
  interface Window {
    __events: RecordedEvent[];
    __messages: RecordedMessage[];
    addEmbedScript?: () => void;
  }
}

/** Opens a host page fixture, e.g. `normal.html`. */
export async function openHost(page: Page, fixture: string): Promise<void> {
  await page.goto(`${HOST_ORIGIN}/${fixture}`);
}

export function recordedEvents(page: Page): Promise<RecordedEvent[]> {
  return page.evaluate(() => window.__events);
}

export function recordedMessages(page: Page): Promise<RecordedMessage[]> {
  return page.evaluate(() => window.__messages);
}

/** The details of the recorded events of one type, for `expect.poll`. */
export async function detailsOf<T extends EmbedMessage['type']>(
  page: Page,
  type: T,
  frame = 'picker',
): Promise<Extract<EmbedMessage, { type: T }>[]> {
  const events = await recordedEvents(page);
  return events
    .filter((event) => event.type === type && event.frame === frame)
    .map((event) => event.detail as Extract<EmbedMessage, { type: T }>);
}

/**
 * Waits for the frame's `ready` and checks that every one names `path`. The frame sends one after
 * its first render and answers each hello from embed.js with another, so a hello that arrives
 * after the first render makes two.
 */
export async function expectReady(page: Page, path: string, frame = 'picker'): Promise<void> {
  await expect.poll(async () => (await detailsOf(page, 'ready', frame)).length).toBeGreaterThan(0);
  for (const message of await detailsOf(page, 'ready', frame)) {
    expect(message).toEqual({
      source: 'python-framework-picker',
      version: 1,
      type: 'ready',
      path,
    });
  }
}

export function frameHeading(frame: FrameLocator): Locator {
  return frame.getByRole('heading', { level: 1 });
}

/** The iframe's height on the host page, in CSS pixels. */
export function frameHeight(page: Page, selector = '#picker'): Promise<number> {
  return page
    .locator(`iframe${selector}`)
    .evaluate((element: HTMLIFrameElement) => element.offsetHeight);
}

/**
 * How far the iframe's height is from its content's height (0 when they match), as the host and
 * the frame each measure it.
 */
export async function heightMismatch(page: Page, frameId = 'picker'): Promise<number> {
  const iframe = page.locator(`iframe#${frameId}`);
  const outer = await iframe.evaluate((element) => element.getBoundingClientRect().height);
  const content = await page
    .frameLocator(`iframe#${frameId}`)
    .locator(':root')
    .evaluate((root) => Math.ceil(root.getBoundingClientRect().height));
  return outer - content;
}

/**
 * Waits until the iframe is exactly as tall as its content and shows no inner scrollbar, both at
 * once: content that grows after the frame was sized (a result's sections below its first
 * screen) is resized to as well.
 */
export async function expectSizedToContent(page: Page, frameId = 'picker'): Promise<void> {
  const root = page.frameLocator(`iframe#${frameId}`).locator(':root');
  await expect
    .poll(async () => [
      await heightMismatch(page, frameId),
      await root.evaluate((element) => element.scrollHeight - element.clientHeight),
    ])
    .toEqual([0, 0]);
}

/**
 * From the question shown to the review, inside a frame: each given answer is picked and
 * continued, each absent one skipped. Checks each heading on the way.
 */
export async function answerInFrame(frame: FrameLocator, answers: Answers): Promise<void> {
  // The questions the frame asks: all of them, or a learner's shorter path once they say so.
  for (const id of wizardPath(answers, MODEL_CATALOG.current)) {
    const question = questionById(id);
    await expect(frameHeading(frame)).toHaveText(question.title);
    // A step taller than the last one grows the frame once the host has had its resize message.
    // Until then the frame's page scrolls, and a click aimed while it does can land beside the
    // control when the frame grows under it (seen on a loaded CI machine).
    await expect
      .poll(() => frame.locator(':root').evaluate((root) => root.scrollHeight - root.clientHeight))
      .toBe(0);
    const value = answers[question.id];
    if (value === undefined) {
      await frame.getByRole('button', { name: 'Skip this question' }).click();
    } else {
      const label = answerOption(question.id, value)?.label ?? '';
      await frame.getByRole('radio', { name: label, exact: true }).check();
      await frame.getByRole('button', { name: 'Continue' }).click();
    }
  }
  await expect(frameHeading(frame)).toHaveText('Check your answers');
}
