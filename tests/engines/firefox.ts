/**
 * Firefox through puppeteer-core over WebDriver BiDi: Debian's firefox-esr, headless.
 */
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { vi } from 'vitest';
import { WAIT, clickElement, runInPage, type Driver, type Key, type Query } from './driver';

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const KEYS: Record<Key, Parameters<Page['keyboard']['press']>[0]> = {
  Tab: 'Tab',
  Enter: 'Enter',
  // puppeteer's Firefox knows the space key by its character only.
  Space: ' ' as never,
  ArrowDown: 'ArrowDown',
  ArrowUp: 'ArrowUp',
};

export async function launchFirefox(): Promise<{ browser: Browser; page: Page; version: string }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      // Lets the page read the clipboard back, to check what Copy link wrote.
      'dom.events.testing.asyncClipboard': true,
    },
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  return { browser, page, version: await browser.version() };
}

class FirefoxDriver implements Driver {
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
    await this.page.keyboard.press(KEYS[key]);
  }

  waitFor<T>(check: () => Promise<T>): Promise<T> {
    return vi.waitFor(check, WAIT);
  }

  frame(id: string): Driver {
    return new FirefoxDriver(
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

/**
 * Scrolls the host so that a frame's element (its box in the frame's own coordinates) is in view:
 * clicks on a frame's element below the host's visible area can be lost (WebKitGTK drops them
 * silently), so every engine scrolls first.
 */
export function scrollHostTo(host: Driver, id: string, top: number, bottom: number) {
  return host.run<void>(
    `var frame = document.getElementById(args[0]).getBoundingClientRect();
     var top = frame.top + args[1], bottom = frame.top + args[2];
     if (top < 0 || bottom > innerHeight) window.scrollBy(0, top - innerHeight / 3);`,
    [id, top, bottom],
  );
}

export function firefoxDriver(page: Page): Driver {
  return new FirefoxDriver(page, async () => page.mainFrame());
}
