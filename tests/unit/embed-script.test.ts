/**
 * /embed.js, the host-page script, exactly as the build emits it, in a simulated page: which
 * messages it trusts, what it does with them, and which frames it greets.
 * (tests/e2e/embed.spec.ts runs it in Chromium.)
 */
import { gzipSync } from 'node:zlib';
import { buildEmbedScript } from '../../scripts/vite-plugin-embed-script';
import {
  resizeMessage,
  readyMessage,
  revealMessage,
  stepMessage,
} from '../../src/domain/embed-messages';

const APP = 'http://127.0.0.1:4173';
const HELLO = { source: 'python-framework-picker', version: 1, type: 'hello' };

let source = '';

beforeAll(async () => {
  source = await buildEmbedScript();
  // Loaded twice, as when two snippets share a page: the second copy must do nothing.
  new Function(source)();
  new Function(source)();
});

afterEach(() => {
  document.body.replaceChildren();
});

/** Adds a frame the way a host page would; returns it once embed.js has seen it. */
async function addFrame(attributes: Record<string, string>): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  document.body.append(frame);
  // MutationObserver callbacks run as a microtask.
  await Promise.resolve();
  return frame;
}

function picker(extra: Record<string, string> = {}) {
  return addFrame({ 'data-python-framework-picker': '', src: `${APP}/embed`, ...extra });
}

/** Delivers a message to the host window as the browser would, from `source` at `origin`. */
function deliver(data: unknown, source: Window | null, origin: string) {
  window.dispatchEvent(new MessageEvent('message', { data, source, origin }));
}

function recordEvents(frame: HTMLIFrameElement) {
  const seen: CustomEvent[] = [];
  for (const type of ['ready', 'resize', 'step', 'result', 'reveal']) {
    document.addEventListener(`python-framework-picker:${type}`, (event) => {
      if (event.target === frame) seen.push(event as CustomEvent);
    });
  }
  return seen;
}

describe('/embed.js', () => {
  it('is one small ASCII script with no imports, so any host page can load it as it is', () => {
    expect(gzipSync(source).length).toBeLessThanOrEqual(2048);
    expect(source).toMatch(/^[\x20-\x7e\n]*$/);
    expect(source).not.toMatch(/\bimport\s*[({'"`]|\brequire\(/);
  });

  it('sizes the frame from resize and re-dispatches each message as a bubbling DOM event', async () => {
    const frame = await picker();
    const events = recordEvents(frame);
    deliver(readyMessage('/embed'), frame.contentWindow, APP);
    deliver(resizeMessage(812), frame.contentWindow, APP);
    deliver(stepMessage('async'), frame.contentWindow, APP);
    expect(frame.style.height).toBe('812px');
    expect(events.map((event) => [event.type, event.bubbles, event.detail])).toEqual([
      ['python-framework-picker:ready', true, readyMessage('/embed')],
      ['python-framework-picker:resize', true, resizeMessage(812)],
      ['python-framework-picker:step', true, stepMessage('async')],
    ]);
  });

  it('trusts only the frame’s own window at the frame’s origin', async () => {
    const frame = await picker();
    const other = await addFrame({ src: `${APP}/embed` });
    const events = recordEvents(frame);
    deliver(resizeMessage(4321), other.contentWindow, APP);
    deliver(resizeMessage(4321), window, APP);
    deliver(resizeMessage(4321), null, APP);
    deliver(resizeMessage(4321), frame.contentWindow, 'http://localhost:4180');
    deliver(resizeMessage(4321), frame.contentWindow, 'null');
    expect(frame.style.height).toBe('');
    expect(events).toEqual([]);
  });

  it('expects "null" from a frame sandboxed without allow-same-origin', async () => {
    const sandboxed = await picker({ sandbox: 'allow-scripts allow-popups' });
    deliver(resizeMessage(300), sandboxed.contentWindow, APP);
    expect(sandboxed.style.height).toBe('');
    deliver(resizeMessage(300), sandboxed.contentWindow, 'null');
    expect(sandboxed.style.height).toBe('300px');

    const sameOrigin = await picker({ sandbox: 'allow-scripts allow-same-origin' });
    deliver(resizeMessage(400), sameOrigin.contentWindow, 'null');
    deliver(resizeMessage(500), sameOrigin.contentWindow, APP);
    expect(sameOrigin.style.height).toBe('500px');
  });

  it.each([
    ['another source', { ...resizeMessage(10), source: 'other' }],
    ['another version', { ...resizeMessage(10), version: 2 }],
    ['an unknown type', { source: 'python-framework-picker', version: 1, type: 'navigate' }],
    ['a hello', HELLO],
    ['a height that is not a number', { ...resizeMessage(10), height: '10px' }],
    ['an infinite height', { ...resizeMessage(10), height: Infinity }],
    ['a NaN height', { ...resizeMessage(10), height: NaN }],
    ['a negative height', { ...resizeMessage(10), height: -10 }],
    ['a height in fractions of a pixel', { ...resizeMessage(10), height: 10.5 }],
    ['a step without numbers', { ...stepMessage('kind'), index: '1' }],
    ['a step at a negative place', { ...stepMessage('kind'), index: -1 }],
    [
      'a result without url',
      {
        source: 'python-framework-picker',
        version: 1,
        type: 'result',
        winner: 'django',
        ranking: [],
      },
    ],
    [
      'a reveal without a height',
      { source: 'python-framework-picker', version: 1, type: 'reveal', top: 4 },
    ],
    ['a reveal at a negative place', { ...revealMessage({ top: 0, bottom: 40 }), top: -400 }],
    ['a string', 'resize:10'],
    ['nothing', null],
  ])('ignores %s', async (_name, data) => {
    const frame = await picker();
    const events = recordEvents(frame);
    deliver(data, frame.contentWindow, APP);
    expect(frame.style.height).toBe('');
    expect(events).toEqual([]);
  });

  it('greets each picker frame, also one added later, and only those', async () => {
    const greeted: string[] = [];
    const spyOn = (frame: HTMLIFrameElement) =>
      vi.spyOn(frame.contentWindow as Window, 'postMessage').mockImplementation((message) => {
        expect(message).toEqual(HELLO);
        greeted.push(frame.id);
      });

    // The marking attribute comes last, so the spy is in place before the script manages it.
    const later = document.createElement('iframe');
    later.id = 'later';
    later.setAttribute('src', `${APP}/picker/embed/questions/kind`);
    document.body.append(later);
    spyOn(later);
    later.setAttribute('data-python-framework-picker', '');
    await Promise.resolve();
    expect(greeted).toEqual(['later']);

    const notPickers = [
      ['code-page', `${APP}/embed-code`],
      ['script', `${APP}/embed.js`],
    ] as const;
    for (const [id, src] of notPickers) {
      const frame = document.createElement('iframe');
      frame.id = id;
      frame.setAttribute('src', src);
      document.body.append(frame);
      spyOn(frame);
      frame.setAttribute('data-python-framework-picker', '');
    }
    await Promise.resolve();
    expect(greeted).toEqual(['later']);

    later.dispatchEvent(new Event('load'));
    expect(greeted).toEqual(['later', 'later']);
  });

  describe('when the frame shows a new step', () => {
    const VIEWPORT_HEIGHT = 844;
    let scrolls: ScrollToOptions[] = [];

    /** The frame placed on the host's screen: `top` CSS pixels from the screen's top. */
    async function pickerAt(top: number, style: Partial<CSSStyleDeclaration> = {}) {
      const frame = await picker();
      Object.assign(frame.style, style);
      vi.spyOn(frame, 'getBoundingClientRect').mockReturnValue(
        DOMRect.fromRect({ x: 0, y: top, width: 390, height: 900 }),
      );
      return frame;
    }

    function prefersReducedMotion(reduce: boolean) {
      // jsdom has no matchMedia: the reader's setting, as a browser would answer it.
      vi.stubGlobal('matchMedia', (query: string) => ({
        matches: reduce && query === '(prefers-reduced-motion: reduce)',
      }));
    }

    beforeEach(() => {
      scrolls = [];
      vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(VIEWPORT_HEIGHT);
      vi.spyOn(window, 'scrollBy').mockImplementation((options) => {
        scrolls.push(options as ScrollToOptions);
      });
      prefersReducedMotion(false);
    });

    afterEach(() => {
      vi.restoreAllMocks();
      vi.unstubAllGlobals();
    });

    it('scrolls the new heading smoothly to the top of the screen when the frame’s top has left it', async () => {
      const frame = await pickerAt(-600);
      const events = recordEvents(frame);
      deliver(revealMessage({ top: 24, bottom: 120 }), frame.contentWindow, APP);
      // The heading starts at -576: the page scrolls up by that, less a 16 px gap.
      expect(scrolls).toEqual([{ top: -592, behavior: 'smooth' }]);
      expect(events.map((event) => event.type)).toEqual(['python-framework-picker:reveal']);
    });

    it('jumps without animation when the reader prefers reduced motion', async () => {
      prefersReducedMotion(true);
      const frame = await pickerAt(-600);
      deliver(revealMessage({ top: 24, bottom: 120 }), frame.contentWindow, APP);
      expect(scrolls).toEqual([{ top: -592, behavior: 'auto' }]);
    });

    it('brings up a heading that ended up below the screen', async () => {
      const frame = await pickerAt(800);
      deliver(revealMessage({ top: 24, bottom: 120 }), frame.contentWindow, APP);
      expect(scrolls).toEqual([{ top: 808, behavior: 'smooth' }]);
    });

    it('leaves room for a sticky header named by the frame’s scroll-margin-top', async () => {
      const frame = await pickerAt(-600, { scrollMarginTop: '64px' });
      deliver(revealMessage({ top: 24, bottom: 120 }), frame.contentWindow, APP);
      expect(scrolls).toEqual([{ top: -656, behavior: 'smooth' }]);
    });

    it('leaves the page alone when the heading is on screen, or for any other message', async () => {
      const frame = await pickerAt(200);
      deliver(revealMessage({ top: 24, bottom: 120 }), frame.contentWindow, APP);
      deliver(resizeMessage(5000), frame.contentWindow, APP);
      const above = await pickerAt(-600);
      deliver(resizeMessage(300), above.contentWindow, APP);
      deliver(stepMessage('async'), above.contentWindow, APP);
      expect(scrolls).toEqual([]);
    });
  });
});
