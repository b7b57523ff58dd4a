/**
 * `/embed.js`, the host-page script of the iframe embed (docs/embed-protocol.md section 4): sizes every
 * `<iframe data-python-framework-picker src="…/embed…">` to its content, keeps a new step in view
 * when the reader had scrolled past the frame's top, and re-dispatches the
 * frame's messages as `python-framework-picker:<type>` DOM events on the iframe (they bubble, so a
 * page may listen on `document`). It trusts a message by the domain's own validator, the one the
 * app's tests hold to what the frame sends. The build (scripts/vite-plugin-embed-script.ts)
 * bundles it as one dependency-free classic script, under 2 KB gzipped; it writes no HTML and
 * never evaluates text.
 */
import { EMBED_MESSAGE_SOURCE, isEmbedMessage } from '../domain/embed-messages';

const SELECTOR = 'iframe[data-python-framework-picker]';
/** Two snippets on one page load this script twice: only the first copy acts. */
const LOADED = Symbol.for(`${EMBED_MESSAGE_SOURCE}:embed.js`);
const HELLO = { source: EMBED_MESSAGE_SOURCE, version: 1, type: 'hello' } as const;

/** The URL of a frame showing /embed or /embed/… (under any base path), else null. */
function embedUrl(frame: HTMLIFrameElement): URL | null {
  try {
    const url = new URL(frame.getAttribute('src') ?? '', document.baseURI);
    return /^https?:$/.test(url.protocol) && /\/embed(\/|$)/.test(url.pathname) ? url : null;
  } catch {
    return null;
  }
}

/** The origin the frame's messages come from: "null" when sandboxed without same-origin. */
function expectedOrigin(frame: HTMLIFrameElement, url: URL): string {
  const sandbox = frame.getAttribute('sandbox');
  const sameOrigin = sandbox?.toLowerCase().split(/\s+/).includes('allow-same-origin') ?? true;
  return sameOrigin ? url.origin : 'null';
}

function hello(frame: HTMLIFrameElement) {
  // A hello carries nothing, so any origin may receive it. A frame without a window yet (not in
  // the document) says hello from its load event instead.
  frame.contentWindow?.postMessage(HELLO, '*');
}

/** Room left above what a frame reveals, so its heading does not touch the screen's edge. */
const REVEAL_GAP = 16;

/**
 * Keeps the reader with the wizard: when a step changes and the part the frame asks to show (its
 * new heading, a result's verdict) is not on screen, typically because the reader scrolled down
 * to Continue and the frame's top has left the screen, the page scrolls just enough to bring it
 * to the top of the screen. It only scrolls: focus stays where the reader put it. The iframe's
 * `scroll-margin-top` (a host's sticky header) is left free above it.
 */
function reveal(frame: HTMLIFrameElement, top: number, height: number) {
  const box = frame.getBoundingClientRect();
  const margin = (parseFloat(getComputedStyle(frame).scrollMarginTop) || 0) + REVEAL_GAP;
  const start = box.top + frame.clientTop + top;
  if (start >= margin - REVEAL_GAP && start + height <= window.innerHeight) return;
  const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  window.scrollBy({ top: start - margin, behavior: reduced ? 'auto' : 'smooth' });
}

function start() {
  const managed = new WeakSet<HTMLIFrameElement>();

  function manage(frame: HTMLIFrameElement) {
    if (managed.has(frame) || !frame.matches(SELECTOR) || !embedUrl(frame)) return;
    managed.add(frame);
    frame.addEventListener('load', () => hello(frame));
    // A frame that loaded before this script still answers with its size.
    hello(frame);
  }

  function scan(node: Node) {
    if (!(node instanceof Element)) return;
    if (node instanceof HTMLIFrameElement) manage(node);
    for (const frame of node.querySelectorAll<HTMLIFrameElement>(SELECTOR)) manage(frame);
  }

  function frameFor(source: MessageEventSource | null): HTMLIFrameElement | undefined {
    if (!source) return undefined;
    return [...document.querySelectorAll<HTMLIFrameElement>(SELECTOR)].find(
      (frame) => frame.contentWindow === source,
    );
  }

  window.addEventListener('message', (event) => {
    // The cheap shape check first: most messages on a busy page are not ours.
    const message: unknown = event.data;
    if (!isEmbedMessage(message)) return;
    const frame = frameFor(event.source);
    if (!frame || !managed.has(frame)) return;
    const url = embedUrl(frame);
    if (!url || event.origin !== expectedOrigin(frame, url)) return;
    // Applied before the event, so a host listening for it sees the frame as the reader does.
    if (message.type === 'resize') frame.style.height = `${message.height}px`;
    if (message.type === 'reveal') reveal(frame, message.top, message.height);
    frame.dispatchEvent(
      new CustomEvent(`${EMBED_MESSAGE_SOURCE}:${message.type}`, {
        detail: message,
        bubbles: true,
      }),
    );
  });

  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') scan(record.target);
      else record.addedNodes.forEach(scan);
    }
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-python-framework-picker', 'src', 'sandbox'],
  });
  scan(document.documentElement);
}

const host = window as Window & { [LOADED]?: true };
if (!host[LOADED]) {
  host[LOADED] = true;
  start();
}
