/**
 * The frame's side of the embed protocol (docs/embed-protocol.md section 3), without React: sending to the
 * host page and measuring the content height.
 *
 * Hand-written rather than an iframe-sizing library (iframe-resizer and the like): the messages,
 * the origins they arrive from (`"null"` from a sandboxed frame) and the DOM events on the host
 * are the public protocol, and such a library brings its own; iframe-resizer 5 also needs a paid
 * licence for commercial use (its package header: "GPL-3.0 for non-commercial use only"). What
 * sizing needs is one measured height, sent when it changes: the functions below.
 */
import {
  resizeMessage,
  revealMessage,
  type EmbedMessage,
  type RevealMessage,
} from '../domain/embed-messages';

export interface EmbedBridge {
  /** False when the page is not in a frame or may not send (invalid `parentOrigin`). */
  readonly active: boolean;
  send: (message: EmbedMessage) => void;
  /** Sends `resize` when the whole-pixel height changed since the last one, or when `force`d. */
  reportHeight: (height: number, force?: boolean) => void;
}

/**
 * A sender to `win.parent`. `targetOrigin` undefined sends nothing at all; a page that is not
 * framed sends nothing either (its parent is itself), nor a server render (no window).
 */
export function createEmbedBridge(
  targetOrigin: string | undefined,
  win: Window | undefined = typeof window === 'undefined' ? undefined : window,
): EmbedBridge {
  const active = targetOrigin !== undefined && win !== undefined && win.parent !== win;
  let lastHeight: number | undefined;

  function send(message: EmbedMessage) {
    if (!active || targetOrigin === undefined || win === undefined) return;
    try {
      win.parent.postMessage(message, targetOrigin);
    } catch {
      // A detached frame or an odd host: the wizard keeps working without its host knowing.
    }
  }

  function reportHeight(height: number, force = false) {
    const message = resizeMessage(height);
    if (!message || (!force && message.height === lastHeight)) return;
    lastHeight = message.height;
    send(message);
  }

  return { active, send, reportHeight };
}

/**
 * The height of the document's content in CSS pixels: the root element's box plus its margins.
 * Not `scrollHeight`, which never drops below the frame's own height and so could only grow.
 */
export function contentHeight(doc: Document = document): number {
  const root = doc.documentElement;
  const style = doc.defaultView?.getComputedStyle(root);
  const margins = style ? parseFloat(style.marginTop) + parseFloat(style.marginBottom) : 0;
  return root.getBoundingClientRect().height + (Number.isFinite(margins) ? margins : 0);
}

/**
 * What a reader should see first of the page shown now: from the top of the page's content (the
 * Back link and the progress above a question) down to its heading (the question, the verdict),
 * in the frame's document coordinates. Undefined when the page has no heading.
 */
export function revealedPart(doc: Document = document): RevealMessage | undefined {
  const heading = doc.querySelector('main h1');
  const main = heading?.closest('main');
  if (!heading || !main) return undefined;
  const scrolled = doc.defaultView?.scrollY ?? 0;
  return revealMessage({
    top: main.getBoundingClientRect().top + scrolled,
    bottom: heading.getBoundingClientRect().bottom + scrolled,
  });
}

/**
 * How long a burst of size changes is gathered into one message after the first is sent at once:
 * about two frames at 60 Hz, so a host hears each new height within the contract's "at most once
 * per animation frame" spirit.
 */
export const RESIZE_COALESCE_MS = 32;

/**
 * Calls `onHeight` with the content height whenever the content's size changes: the first change
 * at once, then at most once per `RESIZE_COALESCE_MS` while changes keep coming (a burst of layout
 * changes becomes one message). A timer, not animation frames: browsers pause those in a hidden
 * cross-origin frame, and a frame that starts below the fold must still tell its host how tall it
 * is. DOM changes are watched too, since the same browsers may hold back ResizeObserver
 * notifications in such a frame. Returns a stop function.
 */
export function watchContentHeight(
  onHeight: (height: number) => void,
  doc: Document = document,
): () => void {
  const win = doc.defaultView;
  if (!win || typeof win.ResizeObserver !== 'function') return () => undefined;
  let timer: number | undefined;
  let changedSinceReport = false;

  const report = () => onHeight(contentHeight(doc));
  const settle = () => {
    timer = undefined;
    if (!changedSinceReport) return;
    changedSinceReport = false;
    report();
    timer = win.setTimeout(settle, RESIZE_COALESCE_MS);
  };
  const changed = () => {
    if (timer !== undefined) {
      changedSinceReport = true;
      return;
    }
    report();
    timer = win.setTimeout(settle, RESIZE_COALESCE_MS);
  };

  const resizes = new win.ResizeObserver(changed);
  // Observing starts with one notification, which reports the first height.
  resizes.observe(doc.documentElement);
  const mutations =
    typeof win.MutationObserver === 'function' ? new win.MutationObserver(changed) : undefined;
  mutations?.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  return () => {
    resizes.disconnect();
    mutations?.disconnect();
    if (timer !== undefined) win.clearTimeout(timer);
  };
}
