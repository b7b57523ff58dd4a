/*!
 * Python Framework Picker: host-page script for the iframe embed (protocol v1).
 * Sizes every <iframe data-python-framework-picker src=".../embed..."> to its content and
 * re-dispatches the frame's messages as "python-framework-picker:<type>" DOM events on the
 * iframe (they bubble, so a page may listen on document). No dependencies; writes no HTML.
 */
(function () {
  'use strict';

  const SOURCE = 'python-framework-picker';
  const SELECTOR = 'iframe[data-python-framework-picker]';
  // Two snippets on one page load this script twice: only the first copy acts.
  const LOADED = Symbol.for(SOURCE + ':embed.js');
  if (window[LOADED]) return;
  window[LOADED] = true;

  const managed = new WeakSet();

  /** The URL of a frame showing /embed or /embed/… (under any base path), else null. */
  function embedUrl(frame) {
    try {
      const url = new URL(frame.getAttribute('src') || '', document.baseURI);
      return /^https?:$/.test(url.protocol) && /\/embed(\/|$)/.test(url.pathname) ? url : null;
    } catch {
      return null;
    }
  }

  /** The origin the frame's messages come from: "null" when sandboxed without same-origin. */
  function expectedOrigin(frame, url) {
    const sandbox = frame.getAttribute('sandbox');
    if (sandbox !== null && sandbox.toLowerCase().split(/\s+/).indexOf('allow-same-origin') < 0) {
      return 'null';
    }
    return url.origin;
  }

  function hello(frame) {
    try {
      // A hello carries nothing, so any origin may receive it.
      frame.contentWindow.postMessage({ source: SOURCE, version: 1, type: 'hello' }, '*');
    } catch {
      // No window yet (detached frame): its load event will say hello.
    }
  }

  function manage(frame) {
    if (managed.has(frame) || !frame.matches(SELECTOR) || !embedUrl(frame)) return;
    managed.add(frame);
    frame.addEventListener('load', function () {
      hello(frame);
    });
    // A frame that loaded before this script still answers with its size.
    hello(frame);
  }

  function scan(root) {
    if (root.nodeType !== 1) return;
    if (root.matches(SELECTOR)) manage(root);
    for (const frame of root.querySelectorAll(SELECTOR)) manage(frame);
  }

  function isCount(value) {
    return typeof value === 'number' && isFinite(value) && value >= 0;
  }

  function isValid(data) {
    if (!data || typeof data !== 'object' || data.source !== SOURCE || data.version !== 1) {
      return false;
    }
    switch (data.type) {
      case 'ready':
        return typeof data.path === 'string';
      case 'resize':
        return isCount(data.height);
      case 'step':
        return typeof data.question === 'string' && isCount(data.index) && isCount(data.total);
      case 'result':
        return (
          typeof data.winner === 'string' &&
          typeof data.url === 'string' &&
          Array.isArray(data.ranking) &&
          data.ranking.every(function (entry) {
            return (
              entry &&
              typeof entry.id === 'string' &&
              isCount(entry.score) &&
              typeof entry.mustHavesMet === 'boolean'
            );
          })
        );
      default:
        return false;
    }
  }

  function frameFor(source) {
    for (const frame of document.querySelectorAll(SELECTOR)) {
      if (source && frame.contentWindow === source) return frame;
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    // The cheap shape check first: most messages on a busy page are not ours.
    if (!isValid(event.data)) return;
    const frame = frameFor(event.source);
    if (!frame || !managed.has(frame)) return;
    const url = embedUrl(frame);
    if (!url || event.origin !== expectedOrigin(frame, url)) return;
    const message = event.data;
    if (message.type === 'resize') frame.style.height = Math.ceil(message.height) + 'px';
    frame.dispatchEvent(
      new CustomEvent(SOURCE + ':' + message.type, { detail: message, bubbles: true }),
    );
  });

  new MutationObserver(function (records) {
    records.forEach(function (record) {
      if (record.type === 'attributes') scan(record.target);
      else record.addedNodes.forEach(scan);
    });
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-python-framework-picker', 'src', 'sandbox'],
  });
  scan(document.documentElement);
})();
