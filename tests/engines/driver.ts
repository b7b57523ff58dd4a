/**
 * The small surface the cross-engine journeys drive a browser through. Each engine's adapter
 * (puppeteer-core for Firefox, selenium-webdriver for WebKit, Playwright for Chromium) implements
 * it with real pointer clicks and real key events. Elements are found as a person finds them, by
 * role and accessible name, with Testing Library's own queries (@testing-library/dom, the build
 * the package ships for browsers) injected into each document the journeys touch, so every
 * engine names elements by the same, maintained implementation of the accessible-name rules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** An element as a person finds it: by its role and its accessible name. */
export interface Query {
  /** `heading` is the page's main heading (`h1`). */
  readonly role: 'button' | 'link' | 'radio' | 'heading' | 'textbox' | 'status' | 'note';
  /** The accessible name: exact text, or a pattern. Absent: the first element of the role. */
  readonly name?: string | RegExp;
}

export type Key = 'Tab' | 'Enter' | 'Space' | 'ArrowDown' | 'ArrowUp';

export interface Driver {
  /** Navigates the top-level page (only on the top-level driver). */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs a function body in the document, with `args` and the helpers of PAGE_LIBRARY in scope. */
  run<T>(body: string, args?: readonly unknown[]): Promise<T>;
  /** A real pointer click on the element, once it is there. */
  click(query: Query): Promise<void>;
  /** A real key press, to whatever has focus. */
  press(key: Key): Promise<void>;
  /** A driver for the iframe `#id` of this document. */
  frame(id: string): Driver;
  /**
   * Retries `check` until it stops throwing and returns its value, as web-first assertions do
   * (WAIT): with the test runner's own retry, `vi.waitFor` under Vitest (Firefox, WebKit) and
   * `expect(…).toPass` under Playwright (Chromium).
   */
  waitFor<T>(check: () => Promise<T>): Promise<T>;
}

/** What differs between engines under automation. */
export interface EngineTraits {
  readonly name: string;
  /** Whether the page may read the clipboard back, to check what Copy link wrote. */
  readonly clipboardReadable: boolean;
}

/** How long and how often a driver's `waitFor` tries. */
export const WAIT = { timeout: 10_000, interval: 100 } as const;

/** A RegExp or string, as it crosses into the page (JSON has no RegExp). */
export function nameArgument(name: Query['name']): unknown {
  return name instanceof RegExp ? { source: name.source, flags: name.flags } : (name ?? null);
}

const TESTING_LIBRARY = readFileSync(
  createRequire(import.meta.url).resolve(
    '@testing-library/dom/dist/@testing-library/dom.umd.min.js',
  ),
  'utf8',
);

/** A script that adds Testing Library to the document (as `window.TestingLibraryDom`). */
export const INJECT_TESTING_LIBRARY = `(function () {\n${TESTING_LIBRARY}\nreturn true;\n}).call(window)`;

/** What a page script returns in a document that has no Testing Library yet. */
export const LIBRARY_MISSING = 'testing-library-missing';

/**
 * Helpers defined in the page before each `run` body: `find(role, name)` and `findAll`, which
 * are Testing Library's `queryAllByRole` over the document's accessible elements, and `text` and
 * `squash` to read an element's text with its whitespace collapsed.
 */
export const PAGE_LIBRARY = String.raw`
var queries = window.TestingLibraryDom;
var ROLE_OPTIONS = { heading: { level: 1 } };
function squash(text) { return (text || '').replace(/\s+/g, ' ').trim(); }
function findAll(role, wanted) {
  var options = Object.assign({ hidden: false }, ROLE_OPTIONS[role]);
  if (wanted !== null && wanted !== undefined) {
    options.name = typeof wanted === 'string' ? wanted : new RegExp(wanted.source, wanted.flags);
  }
  return queries.queryAllByRole(document.body, role, options);
}
function find(role, wanted) { return findAll(role, wanted)[0] || null; }
function text(el) { return el ? squash(el.textContent) : null; }
`;

/**
 * A script for an adapter's `evaluate`: `body` run in the page, with `args` and PAGE_LIBRARY's
 * helpers in scope, so every engine runs the same page-side code. In a document without Testing
 * Library it returns LIBRARY_MISSING instead (see `runInPage`).
 */
export function pageScript(body: string, args: readonly unknown[]): string {
  return `(function () {
  if (!window.TestingLibraryDom) return ${JSON.stringify(LIBRARY_MISSING)};
  var args = ${JSON.stringify(args)};
  ${PAGE_LIBRARY}
  ${body}
})()`;
}

/**
 * Runs `body` through an adapter's `evaluate`, adding Testing Library to the document first when
 * it is a new one (after a navigation, or a frame's first use).
 */
export async function runInPage<T>(
  evaluate: (script: string) => Promise<unknown>,
  body: string,
  args: readonly unknown[],
): Promise<T> {
  const script = pageScript(body, args);
  const result = await evaluate(script);
  if (result !== LIBRARY_MISSING) return result as T;
  await evaluate(INJECT_TESTING_LIBRARY);
  return (await evaluate(script)) as T;
}

/** What finding an element needs of a Playwright or puppeteer frame: scripts by their text. */
export interface ScriptFrame<E> {
  evaluate(script: string): Promise<unknown>;
  evaluateHandle(script: string): Promise<{ asElement(): E | null; jsonValue(): Promise<unknown> }>;
}

/** The element `query` finds in the frame's document, as a handle; throws when there is none. */
async function findElement<E>(frame: ScriptFrame<E>, query: Query): Promise<E> {
  const script = pageScript('return find(args[0], args[1]);', [
    query.role,
    nameArgument(query.name),
  ]);
  let found = await frame.evaluateHandle(script);
  if (!found.asElement() && (await found.jsonValue()) === LIBRARY_MISSING) {
    // A new document: add Testing Library first.
    await frame.evaluate(INJECT_TESTING_LIBRARY);
    found = await frame.evaluateHandle(script);
  }
  const element = found.asElement();
  if (!element) throw new Error(`No ${query.role} named ${String(query.name)}`);
  return element;
}

/** A script body for `run`: the viewport box of what `find(args[0], args[1])` finds. */
const ELEMENT_BOX =
  'var r = find(args[0], args[1]).getBoundingClientRect(); return { top: r.top, bottom: r.bottom };';

/**
 * A real click on what `query` finds in a Playwright or puppeteer frame, once it is there. In a
 * frame, the host page first scrolls the element into its own viewport, as a reader would.
 */
export async function clickElement<E extends { click(): Promise<void> }>(
  driver: Driver,
  frame: () => Promise<ScriptFrame<E>>,
  query: Query,
  hostScroll?: (top: number, bottom: number) => Promise<void>,
): Promise<void> {
  const element = await driver.waitFor(async () => findElement(await frame(), query));
  if (hostScroll) {
    const box = await driver.run<{ top: number; bottom: number }>(ELEMENT_BOX, [
      query.role,
      nameArgument(query.name),
    ]);
    await hostScroll(box.top, box.bottom);
  }
  await element.click();
}
