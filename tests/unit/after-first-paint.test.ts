/**
 * src/ui/after-first-paint.ts: when a result's sections below the first screen may be requested.
 * Frames, timers and paint reports are driven by the test.
 */
import { afterFirstPaint } from '../../src/ui/after-first-paint';

let frames: FrameRequestCallback[] = [];
let paintReports: (() => void)[] = [];
let painted = false;

class FakePaintObserver {
  static supportedEntryTypes = ['paint'];
  constructor(private readonly callback: () => void) {}
  observe() {
    paintReports.push(() => this.callback());
  }
  disconnect() {}
}

function renderFrame() {
  const due = frames;
  frames = [];
  for (const callback of due) callback(performance.now());
}

function reportFirstContentfulPaint() {
  painted = true;
  for (const report of paintReports) report();
}

/** Whether the promise has settled by now, after pending microtasks. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('PerformanceObserver', FakePaintObserver);
  vi.spyOn(performance, 'getEntriesByName').mockImplementation((name) =>
    painted && name === 'first-contentful-paint' ? [{} as PerformanceEntry] : [],
  );
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  frames = [];
  paintReports = [];
  painted = false;
});

it('waits for the first contentful paint, then for the frame after it', async () => {
  const done = afterFirstPaint();
  renderFrame();
  expect(await settled(done)).toBe(false);
  reportFirstContentfulPaint();
  expect(await settled(done)).toBe(false);
  renderFrame();
  expect(await settled(done)).toBe(true);
});

it('waits one frame when the page has painted already (a result opened from the wizard)', async () => {
  painted = true;
  const done = afterFirstPaint();
  expect(await settled(done)).toBe(false);
  renderFrame();
  expect(await settled(done)).toBe(true);
});

it('in a frame, gives up waiting for a paint that never comes after half a second', async () => {
  // An embed below the host page's fold is not painted until it is scrolled to.
  vi.spyOn(window, 'parent', 'get').mockReturnValue({} as Window);
  const done = afterFirstPaint();
  await vi.advanceTimersByTimeAsync(499);
  expect(await settled(done)).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(await settled(done)).toBe(true);
});

it('in a page of its own, waits for the paint however long a busy machine takes', async () => {
  const done = afterFirstPaint();
  await vi.advanceTimersByTimeAsync(5_000);
  expect(await settled(done)).toBe(false);
  reportFirstContentfulPaint();
  expect(await settled(done)).toBe(false);
  renderFrame();
  expect(await settled(done)).toBe(true);
});

it('stops waiting when the page is hidden before it painted', async () => {
  const done = afterFirstPaint();
  expect(await settled(done)).toBe(false);
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
  document.dispatchEvent(new Event('visibilitychange'));
  expect(await settled(done)).toBe(true);
});

it('does not wait in a hidden page', async () => {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
  expect(await settled(afterFirstPaint())).toBe(true);
});
