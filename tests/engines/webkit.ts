/**
 * WebKit through selenium-webdriver: Debian's WebKitWebDriver driving WebKitGTK's MiniBrowser,
 * which has no headless mode, so it runs on a private Xvfb display. One session at a time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  Builder,
  By,
  Key as SeleniumKey,
  type WebDriver,
  type WebElement,
} from 'selenium-webdriver';
import { vi } from 'vitest';
import { WAIT, nameArgument, runInPage, type Driver, type Key, type Query } from './driver';
import { scrollHostTo } from './firefox';

const MINIBROWSER =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const KEYS: Record<Key, string> = {
  Tab: SeleniumKey.TAB,
  Enter: SeleniumKey.ENTER,
  Space: SeleniumKey.SPACE,
  ArrowDown: SeleniumKey.ARROW_DOWN,
  ArrowUp: SeleniumKey.ARROW_UP,
};

/** Starts a process in its own group, so stopping it stops its children too. */
function start(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-2000)));
  return { child, errors: () => errors };
}

export function stop(child: ChildProcess | undefined) {
  if (child?.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

/** Waits, with the runner's own retry, until a process it started answers `ready`. */
function waitUntilStarted(what: () => string, ready: () => Promise<boolean> | boolean) {
  return vi.waitFor(
    async () => {
      if (!(await ready())) throw new Error(`${what()} did not start`);
    },
    { timeout: 15_000, interval: 100 },
  );
}

export interface WebKitSession {
  readonly driver: WebDriver;
  readonly version: string;
  close(): Promise<void>;
}

/** Xvfb on display `:display`, WebKitWebDriver on `port`, and one MiniBrowser session. */
export async function launchWebKit(display: number, port: number): Promise<WebKitSession> {
  const xvfb = start('Xvfb', [
    `:${display}`,
    '-screen',
    '0',
    '1280x1024x24',
    '-nolisten',
    'tcp',
    '-noreset',
  ]);
  let webdriver: ReturnType<typeof start> | undefined;
  try {
    await waitUntilStarted(
      () => `Xvfb :${display} (${xvfb.errors()})`,
      () => existsSync(`/tmp/.X11-unix/X${display}`),
    );
    webdriver = start('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], {
      ...process.env,
      DISPLAY: `:${display}`,
    });
    await waitUntilStarted(
      () => 'WebKitWebDriver',
      async () =>
        fetch(`http://127.0.0.1:${port}/status`).then(
          (response) => response.ok,
          () => false,
        ),
    );
    const driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      })
      .build();
    await driver.manage().window().setRect({ width: 1280, height: 900 });
    const capabilities = await driver.getCapabilities();
    const version = `WebKitGTK ${String(capabilities.get('browserVersion'))}`;
    return {
      driver,
      version,
      close: async () => {
        await driver.quit().catch(() => {});
        stop(webdriver?.child);
        stop(xvfb.child);
      },
    };
  } catch (error) {
    stop(webdriver?.child);
    stop(xvfb.child);
    throw error;
  }
}

class WebKitDriver implements Driver {
  constructor(
    private readonly driver: WebDriver,
    /** The iframe ids from the top-level page down to this driver's document. */
    private readonly path: readonly string[],
  ) {}

  /** WebDriver has one current frame: every call switches to this driver's own. */
  private async enter() {
    await this.driver.switchTo().defaultContent();
    for (const id of this.path) {
      await this.driver.switchTo().frame(await this.driver.findElement(By.css(`iframe#${id}`)));
    }
  }

  async goto(url: string) {
    await this.driver.switchTo().defaultContent();
    await this.driver.get(url);
  }

  async reload() {
    await this.driver.switchTo().defaultContent();
    await this.driver.navigate().refresh();
  }

  /** Runs a script (an expression) in this driver's document and returns its value. */
  private evaluate(script: string): Promise<unknown> {
    return this.driver.executeScript(`return ${script};`);
  }

  async run<T>(body: string, args: readonly unknown[] = []): Promise<T> {
    await this.enter();
    return runInPage<T>((script) => this.evaluate(script), body, args);
  }

  private async find(query: Query): Promise<WebElement> {
    await this.enter();
    const element = (await runInPage(
      (script) => this.evaluate(script),
      'return find(args[0], args[1]);',
      [query.role, nameArgument(query.name)],
    )) as WebElement | null;
    if (!element) throw new Error(`No ${query.role} named ${String(query.name)}`);
    return element;
  }

  async click(query: Query) {
    const element = await this.waitFor(() => this.find(query));
    if (this.path.length > 0) {
      const box = (await this.driver.executeScript(
        'var r = arguments[0].getBoundingClientRect(); return { top: r.top, bottom: r.bottom };',
        element,
      )) as { top: number; bottom: number };
      const host = new WebKitDriver(this.driver, this.path.slice(0, -1));
      await scrollHostTo(host, this.path.at(-1) ?? '', box.top, box.bottom);
      await (await this.find(query)).click();
      return;
    }
    await element.click();
  }

  async press(key: Key) {
    await this.driver.actions().sendKeys(KEYS[key]).perform();
  }

  waitFor<T>(check: () => Promise<T>): Promise<T> {
    return vi.waitFor(check, WAIT);
  }

  frame(id: string): Driver {
    return new WebKitDriver(this.driver, [...this.path, id]);
  }
}

export function webkitDriver(driver: WebDriver): Driver {
  return new WebKitDriver(driver, []);
}
