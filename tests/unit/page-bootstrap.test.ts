/**
 * How a built page starts: the inline loader (src/boot/page-loader.ts, exactly as the build
 * bundles it) and the Content-Security-Policy that trusts it, read from a page as the page
 * writer emits it; then the loader run in a simulated page. (The engines' journeys run it for
 * real in Chromium, Firefox and WebKit.)
 */
import { createHash } from 'node:crypto';
import { pageDocument } from '../../scripts/pages/page-document';
import { buildPageLoader } from '../../scripts/vite-plugin-pages';

let PAGE_LOADER = '';

beforeAll(async () => {
  PAGE_LOADER = await buildPageLoader();
});

const ENTRY = '/assets/index-abc.js';
const html = document.documentElement;

/** Animation frames, run only when the test says a frame is rendered. */
let frames: FrameRequestCallback[] = [];

function renderFrame() {
  const due = frames;
  frames = [];
  for (const callback of due) callback(performance.now());
}

function runLoader(path: string, attributes: Record<string, string>) {
  history.replaceState(null, '', path);
  for (const [name, value] of Object.entries(attributes)) html.setAttribute(name, value);
  new Function(PAGE_LOADER)();
}

const entryScript = () => document.head.querySelector('script[type="module"]');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  frames = [];
  document.head.replaceChildren();
  for (const name of [...html.getAttributeNames()]) if (name !== 'lang') html.removeAttribute(name);
});

/** A page as the build writes it, parsed as a browser parses it. */
function builtPage(styles: string[]) {
  const html = pageDocument({ title: 'A page', loader: PAGE_LOADER, styles, body: '<p>Hi</p>' });
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The CSP source expression a browser computes for an inline element's text. */
const hashOf = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the policy', () => {
  it('trusts scripts by the hash of the loader the page holds, and what it loads', () => {
    const page = builtPage(['body{color:red}']);
    const policy =
      page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ??
      '';
    const scripts = [...page.querySelectorAll('script')];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.textContent).toBe(PAGE_LOADER);
    expect(policy).toContain(
      `script-src ${hashOf(scripts[0]?.textContent ?? '')} 'strict-dynamic' 'self'`,
    );
    const styles = [...page.querySelectorAll('style')].map((style) => style.textContent ?? '');
    expect(styles).toEqual(['body{color:red}']);
    expect(policy).toContain(`style-src 'self' ${hashOf(styles[0] ?? '')}`);
    expect(policy).not.toContain('unsafe');
  });

  it('goes in the head before the loader, and the loader cannot end its own element', () => {
    const head = [...builtPage([]).head.children].map((element) => element.outerHTML);
    const policy = head.findIndex((element) => element.includes('Content-Security-Policy'));
    expect(policy).toBeGreaterThanOrEqual(0);
    expect(policy).toBeLessThan(head.findIndex((element) => element.startsWith('<script>')));
    expect(PAGE_LOADER).not.toMatch(/<\/script|<!--/i);
  });

  it('refuses to inline text that would end its element early', () => {
    expect(() => pageDocument({ title: 'x', loader: 'a("</script>")' })).toThrow();
    expect(() => pageDocument({ title: 'x', loader: '', styles: ['a{}</style><p>'] })).toThrow();
  });
});

describe('the loader', () => {
  const preloaded = () =>
    [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((link) =>
      link.getAttribute('href'),
    );

  it('requests the entry and the page’s modules after the first frame has painted, not before', () => {
    runLoader('/questions/kind', {
      'data-entry': ENTRY,
      'data-modules': '/assets/questions.js',
      'data-prerendered-path': '/questions/kind',
    });
    expect(entryScript()).toBeNull();
    expect(preloaded()).toEqual([]);
    renderFrame();
    expect(entryScript()).toBeNull();
    vi.advanceTimersByTime(0);
    expect(entryScript()?.getAttribute('src')).toBe(ENTRY);
    expect(preloaded()).toEqual(['/assets/questions.js']);
    expect(html.hasAttribute('data-route-mismatch')).toBe(false);
    // Once only, whatever fires later.
    vi.advanceTimersByTime(2000);
    expect(document.head.querySelectorAll('script[type="module"]')).toHaveLength(1);
    expect(preloaded()).toHaveLength(1);
  });

  it('waits for the first contentful paint where the browser reports paints', () => {
    const observers: PerformanceObserverCallback[] = [];
    class FakeObserver {
      static supportedEntryTypes = ['paint'];
      constructor(callback: PerformanceObserverCallback) {
        observers.push(callback);
      }
      observe() {}
      disconnect() {}
    }
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    runLoader('/', { 'data-entry': ENTRY, 'data-prerendered-path': '/' });
    renderFrame();
    vi.advanceTimersByTime(0);
    expect(entryScript()).toBeNull();
    const report = (name: string) =>
      observers[0]!(
        { getEntriesByName: (wanted: string) => (wanted === name ? [{}] : []) } as never,
        {} as never,
      );
    report('first-paint');
    vi.advanceTimersByTime(0);
    expect(entryScript()).toBeNull();
    report('first-contentful-paint');
    expect(entryScript()).toBeNull();
    vi.advanceTimersByTime(0);
    expect(entryScript()?.getAttribute('src')).toBe(ENTRY);
  });

  it('starts a page that never paints (an embed out of view) after a second', () => {
    runLoader('/questions/kind', {
      'data-entry': ENTRY,
      'data-prerendered-path': '/questions/kind',
    });
    vi.advanceTimersByTime(999);
    expect(entryScript()).toBeNull();
    vi.advanceTimersByTime(1);
    expect(entryScript()?.getAttribute('src')).toBe(ENTRY);
  });

  it('starts a hidden page at once', () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    runLoader('/', { 'data-entry': ENTRY, 'data-prerendered-path': '/' });
    expect(entryScript()).not.toBeNull();
  });

  it('marks a fallback page served for a result, and requests everything at once', () => {
    runLoader('/result?kind=api', {
      'data-entry': ENTRY,
      'data-modules': '/assets/questions.js',
      'data-prerendered-path': '/',
      'data-result-chunks': '/assets/result-page.js /assets/copy-field.js',
    });
    expect(html.hasAttribute('data-route-mismatch')).toBe(true);
    expect(preloaded()).toEqual([
      ENTRY,
      '/assets/questions.js',
      '/assets/result-page.js',
      '/assets/copy-field.js',
    ]);
    // Nothing of its own to paint first.
    expect(entryScript()?.getAttribute('src')).toBe(ENTRY);
    vi.advanceTimersByTime(2000);
    expect(preloaded()).toHaveLength(4);
  });

  it('starts the app shell (200.html, rendered for no path) at once, unmarked', () => {
    runLoader('/embed/questions/kind', {
      'data-entry': ENTRY,
      'data-modules': '/assets/questions.js',
      'data-result-chunks': '/assets/result-page.js',
    });
    expect(html.hasAttribute('data-route-mismatch')).toBe(false);
    expect(preloaded()).toEqual([ENTRY, '/assets/questions.js']);
    expect(entryScript()?.getAttribute('src')).toBe(ENTRY);
  });

  it('leaves the prerendered page alone at its own address, trailing slash or not', () => {
    runLoader('/review/', {
      'data-entry': ENTRY,
      'data-prerendered-path': '/review',
      'data-result-chunks': '/assets/result-page.js',
    });
    expect(html.hasAttribute('data-route-mismatch')).toBe(false);
    expect(document.head.querySelector('link')).toBeNull();
  });
});
