/**
 * Resolves after the browser has painted the page: its first contentful paint, reported once the
 * frame is on screen (a cold result link's first screen), then the frame in progress. Browsers
 * pause painting where nothing is shown: a hidden tab (at once, or once it is hidden) resolves
 * it, and inside a frame (an embed below the host's fold) so does a timer, since the sections
 * must arrive, and the frame report its full height, without a paint. A visible page of its own
 * always paints, however long a busy machine takes: it waits for that paint.
 */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
      resolve();
      return;
    }
    document.addEventListener('visibilitychange', function hidden() {
      if (document.visibilityState !== 'hidden') return;
      document.removeEventListener('visibilitychange', hidden);
      resolve();
    });
    if (window.parent !== window) setTimeout(resolve, PAINTLESS_FALLBACK_MS);
    // rAF runs just before a paint; the task after it runs once that paint is done.
    void firstContentfulPaint().then(() => requestAnimationFrame(() => setTimeout(resolve, 0)));
  });
}

/** Resolves once the page has had its first contentful paint, or at once where it is not told. */
function firstContentfulPaint(): Promise<void> {
  return new Promise((resolve) => {
    const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
    if (
      typeof PerformanceObserver === 'undefined' ||
      !PerformanceObserver.supportedEntryTypes.includes('paint') ||
      painted()
    ) {
      resolve();
      return;
    }
    const observer = new PerformanceObserver(() => {
      if (!painted()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint' });
  });
}

/** How long a frame waits for a paint that may never come (see afterFirstPaint). */
const PAINTLESS_FALLBACK_MS = 500;
