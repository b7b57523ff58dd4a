/**
 * The Driver interface over Playwright, so the Chromium suite runs the same journeys as Firefox
 * and WebKit (tests/e2e/engines.spec.ts).
 */
import { expect, type Frame, type Page } from '@playwright/test';
import { WAIT, clickElement, runInPage, type Driver, type Key, type Query } from './driver';
import { scrollHostTo } from './firefox';
import { PAGE_RECORDER } from './recorder';

class PlaywrightDriver implements Driver {
  constructor(
    private readonly page: Page,
    private readonly frameOf: () => Promise<Frame>,
    private readonly hostScroll?: (top: number, bottom: number) => Promise<void>,
  ) {}

  async goto(url: string) {
    await this.page.goto(url);
  }

  async reload() {
    await this.page.reload();
  }

  async run<T>(body: string, args: readonly unknown[] = []): Promise<T> {
    const frame = await this.frameOf();
    return runInPage<T>((script) => frame.evaluate(script), body, args);
  }

  click(query: Query) {
    return clickElement(this, this.frameOf, query, this.hostScroll);
  }

  async press(key: Key) {
    await this.page.keyboard.press(key);
  }

  async waitFor<T>(check: () => Promise<T>): Promise<T> {
    let value: T | undefined;
    await expect(async () => {
      value = await check();
    }).toPass({ timeout: WAIT.timeout, intervals: [WAIT.interval] });
    return value as T;
  }

  frame(id: string): Driver {
    return new PlaywrightDriver(
      this.page,
      async () => {
        const handle = await (await this.frameOf()).$(`iframe#${id}`);
        const frame = await handle?.contentFrame();
        if (!frame) throw new Error(`No frame #${id}`);
        return frame;
      },
      (top, bottom) => scrollHostTo(this, id, top, bottom),
    );
  }
}

/** A driver for the page, with the recorder added to every document it opens. */
export async function playwrightDriver(page: Page): Promise<Driver> {
  await page.context().addInitScript(PAGE_RECORDER);
  return new PlaywrightDriver(page, async () => page.mainFrame());
}
