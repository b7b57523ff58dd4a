/**
 * How the frame reports its height: the first change at once, then at most one report per short
 * interval, driven by DOM changes and a timer rather than animation frames (which a hidden
 * cross-origin frame does not get; tests/e2e/embed-out-of-view.spec.ts shows it in Chromium).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RESIZE_COALESCE_MS, watchContentHeight } from '../../src/embed/embed-bridge';

// jsdom has MutationObserver but no ResizeObserver and no layout: an observer that never fires
// stands in for the latter, so only DOM changes drive these reports.
class SilentResizeObserver {
  observe() {}
  disconnect() {}
}

let stop: () => void = () => undefined;

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('ResizeObserver', SilentResizeObserver);
  document.body.replaceChildren();
});

afterEach(() => {
  stop();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const addParagraph = () => document.body.append(document.createElement('p'));
const mutationsDelivered = () => vi.advanceTimersByTimeAsync(0);

describe('watchContentHeight', () => {
  it('reports the first change at once, without waiting for a frame or a timer', async () => {
    const onHeight = vi.fn();
    stop = watchContentHeight(onHeight);
    addParagraph();
    await Promise.resolve();
    expect(onHeight).toHaveBeenCalledTimes(1);
  });

  it('gathers a burst of changes into one more report after the interval', async () => {
    const onHeight = vi.fn();
    stop = watchContentHeight(onHeight);
    addParagraph();
    await mutationsDelivered();
    for (let step = 0; step < 10; step++) {
      addParagraph();
      await mutationsDelivered();
    }
    expect(onHeight).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(RESIZE_COALESCE_MS);
    expect(onHeight).toHaveBeenCalledTimes(2);
    // Quiet again: nothing more until the next change, which is again reported at once.
    await vi.advanceTimersByTimeAsync(RESIZE_COALESCE_MS * 5);
    expect(onHeight).toHaveBeenCalledTimes(2);
    addParagraph();
    await mutationsDelivered();
    expect(onHeight).toHaveBeenCalledTimes(3);
  });

  it('reports nothing after it is stopped', async () => {
    const onHeight = vi.fn();
    stop = watchContentHeight(onHeight);
    addParagraph();
    await mutationsDelivered();
    addParagraph();
    await mutationsDelivered();
    stop();
    await vi.advanceTimersByTimeAsync(RESIZE_COALESCE_MS * 2);
    addParagraph();
    await mutationsDelivered();
    expect(onHeight).toHaveBeenCalledTimes(1);
  });
});
