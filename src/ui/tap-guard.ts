import { useLayoutEffect, useRef, type MouseEvent } from 'react';

/**
 * Presses and releases of the pointer, in the order they happened, for the whole document. A
 * sequence number rather than a time: only the order matters, and it needs no clock.
 */
const presses = { sequence: 0, down: 0, up: 0 };
let tracking = false;

function track(win: Window) {
  if (tracking) return;
  tracking = true;
  // Capture on the window: a press begun on the step before is seen though that step's elements
  // are gone by the time it ends.
  win.addEventListener('pointerdown', () => (presses.down = ++presses.sequence), true);
  win.addEventListener('pointerup', () => (presses.up = ++presses.sequence), true);
}

/**
 * Keeps a tap that began before this step was shown from acting on it: a double tap on Continue,
 * or a finger still down when the next question appears where Continue was, would otherwise
 * answer the next question. A click counts as such a tap when its press began before the step
 * was shown and ended after. Keyboard activation (a click with `detail` 0) and clicks with no
 * pointer press (assistive technology) are never held back.
 *
 * Spread the returned handlers on the step's outermost element.
 */
export function useTapGuard() {
  const shownAt = useRef(Number.POSITIVE_INFINITY);
  useLayoutEffect(() => {
    track(window);
    shownAt.current = ++presses.sequence;
  }, []);
  return {
    onClickCapture(event: MouseEvent) {
      // `down` 0: the press began before anything was tracked (before the app started), on a
      // page that was already showing.
      const straddled =
        presses.down > 0 && presses.down < shownAt.current && presses.up > shownAt.current;
      if (event.detail === 0 || !straddled) return;
      event.preventDefault();
      event.stopPropagation();
    },
  };
}
