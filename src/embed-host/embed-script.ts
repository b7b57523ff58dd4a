/**
 * `/embed.js`, the host-page script of the iframe embed (docs/embed-protocol.md section 4): sizes every
 * `<iframe data-python-framework-picker src="…/embed…">` to its content and re-dispatches the
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
    if (message.type === 'resize') frame.style.height = `${message.height}px`;
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
