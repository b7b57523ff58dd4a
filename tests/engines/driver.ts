/**
 * The small surface the cross-engine journeys drive a browser through. Each engine's adapter
 * (puppeteer-core for Firefox, selenium-webdriver for WebKit) implements it with real pointer
 * clicks and real key events; finding elements by role and name happens inside the page, with
 * the same code in every engine.
 */

/** An element as a person finds it: by its role and its accessible name. */
export interface Query {
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
}

/** What differs between engines under automation. */
export interface EngineTraits {
  readonly name: string;
  /** Whether the page may read the clipboard back, to check what Copy link wrote. */
  readonly clipboardReadable: boolean;
}

/** A RegExp or string, as it crosses into the page (JSON has no RegExp). */
export function nameArgument(name: Query['name']): unknown {
  return name instanceof RegExp ? { source: name.source, flags: name.flags } : (name ?? null);
}

/**
 * Helpers defined in the page before each `run` body. Accessible names follow the few rules the
 * app's markup needs: aria-label, aria-labelledby, a wrapping or `for` label, then the text.
 */
export const PAGE_LIBRARY = String.raw`
var ROLES = {
  button: 'button, input[type=submit], [role=button]',
  link: 'a[href]',
  radio: 'input[type=radio]',
  heading: 'h1',
  textbox: 'input:not([type]), input[type=text], input[type=url], textarea',
  status: '[role=status], output',
  note: '[role=note]'
};
function squash(text) { return (text || '').replace(/\s+/g, ' ').trim(); }
function accessibleName(el) {
  if (el.getAttribute('aria-label')) return squash(el.getAttribute('aria-label'));
  var by = el.getAttribute('aria-labelledby');
  if (by) return squash(by.split(' ').map(function (id) {
    var ref = document.getElementById(id); return ref ? ref.textContent : '';
  }).join(' '));
  if (el.labels && el.labels.length) return squash(el.labels[0].textContent);
  return squash(el.textContent || el.value);
}
function visible(el) {
  return !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
}
function matches(name, wanted) {
  if (wanted === null || wanted === undefined) return true;
  if (typeof wanted === 'string') return name === wanted;
  return new RegExp(wanted.source, wanted.flags).test(name);
}
function findAll(role, wanted) {
  return Array.prototype.filter.call(document.querySelectorAll(ROLES[role]), function (el) {
    return visible(el) && matches(accessibleName(el), wanted);
  });
}
function find(role, wanted) { return findAll(role, wanted)[0] || null; }
function text(el) { return el ? squash(el.textContent) : null; }
`;

/** Retries `check` until it stops throwing, as web-first assertions do; rethrows its last error. */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * A script for an adapter's `evaluate`: `body` run in the page, with `args` and PAGE_LIBRARY's
 * helpers in scope, so every engine runs the same page-side code.
 */
export function pageScript(body: string, args: readonly unknown[]): string {
  return `(function () { var args = ${JSON.stringify(args)}; ${PAGE_LIBRARY}\n${body}\n})()`;
}
