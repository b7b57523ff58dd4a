/**
 * The one inline script of every built page: it starts the app. The build bundles and minifies
 * it (scripts/vite-plugin-pages.ts) and the page's Content-Security-Policy trusts it by the hash
 * of exactly those bytes. It reads what to load from attributes of `<html>` (page-attributes.ts).
 *
 * A page whose HTML is its own (prerendered for this path) requests the entry and its modules
 * only after its first paint: a module that arrives before the first frame runs before it, so
 * React would hydrate the whole page before anything paints, and a lab measure such as
 * Lighthouse counts every byte requested before the paint against it. The modules are then
 * requested at once (module preloads beside the entry's script), so the page's chunk does not
 * wait for the entry to ask for it.
 *
 * A page served for another address (a static host's fallback for a result, an `/embed…` page, a
 * typo) or rendered for none (200.html) has nothing of its own worth painting first: it is marked
 * (styles.css hides its content until the app renders the right page), asks for everything at
 * once, a result's chunks too on a result address, and starts the app at once.
 *
 * Why a loader at all, and not `<script type="module" src>`: the policy's `'strict-dynamic'`
 * trusts whatever a hash-trusted script loads. WebKit resolves `'self'` in a frame sandboxed
 * without `allow-same-origin` against the frame's opaque origin, where it matches nothing, so a
 * policy that trusted scripts by `'self'` left such an embed blank in Safari.
 */
import {
  ENTRY_ATTRIBUTE,
  MODULES_ATTRIBUTE,
  PRERENDERED_PATH_ATTRIBUTE,
  RESULT_CHUNKS_ATTRIBUTE,
  ROUTE_MISMATCH_ATTRIBUTE,
} from './page-attributes';

/**
 * The latest start for a page that never reports a paint: browsers pause or throttle painting
 * where nothing is shown (an embed below the host's fold). Long, so that a slow device's first
 * paint still comes first.
 */
const LATEST_START_MS = 1000;

const root = document.documentElement;
const attribute = (name: string) => root.getAttribute(name);
const withoutTrailingSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

const path = withoutTrailingSlash(location.pathname);
const prerenderedPath = attribute(PRERENDERED_PATH_ATTRIBUTE);
const entry = attribute(ENTRY_ATTRIBUTE);
const servedForAnotherPath =
  prerenderedPath === null || path !== withoutTrailingSlash(prerenderedPath);
let started = false;
let paintObserver: PerformanceObserver | undefined;

/** Requests space-separated URLs now: stylesheets as preloads, scripts as module preloads. */
function preload(urls: string | null) {
  for (const url of urls?.split(' ') ?? []) {
    if (url === '') continue;
    const link = document.createElement('link');
    const stylesheet = url.endsWith('.css');
    link.rel = stylesheet ? 'preload' : 'modulepreload';
    if (stylesheet) link.as = 'style';
    link.crossOrigin = '';
    link.href = url;
    document.head.append(link);
  }
}

function startApp() {
  if (started || !entry) return;
  started = true;
  paintObserver?.disconnect();
  if (!servedForAnotherPath) preload(attribute(MODULES_ATTRIBUTE));
  const script = document.createElement('script');
  script.type = 'module';
  script.crossOrigin = '';
  script.src = entry;
  document.head.append(script);
}

/** React hydrates all of `#root`: the document must be parsed in full first. */
function startOnceParsed() {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startApp);
  else startApp();
}

/** A task after the paint was reported, so the frame is on screen. */
const startAfterThisFrame = () => setTimeout(startOnceParsed, 0);

if (prerenderedPath !== null && servedForAnotherPath) {
  root.setAttribute(ROUTE_MISMATCH_ATTRIBUTE, '');
}
if (servedForAnotherPath && entry) {
  preload(`${entry} ${attribute(MODULES_ATTRIBUTE) ?? ''}`);
  if (path.endsWith('/result')) preload(attribute(RESULT_CHUNKS_ATTRIBUTE));
}
if (servedForAnotherPath || document.visibilityState === 'hidden') {
  startOnceParsed();
} else {
  // The paint timing entry is written once the frame is on screen; where paints are not
  // reported, an animation frame comes just before it.
  const Observer = window.PerformanceObserver as typeof PerformanceObserver | undefined;
  if (Observer?.supportedEntryTypes?.includes('paint')) {
    paintObserver = new Observer((entries) => {
      if (entries.getEntriesByName('first-contentful-paint').length > 0) startAfterThisFrame();
    });
    paintObserver.observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(startAfterThisFrame);
  }
  setTimeout(startOnceParsed, LATEST_START_MS);
}
