import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useChrome } from './chrome';

/** The location key the page heading last rendered for; unset until this document's first page. */
let lastSeenKey: string | undefined;

/**
 * History state for a navigation that changes a page's URL but not the place the person is at
 * (the team page after links are pasted): the heading then leaves focus and scroll where they are.
 */
export const KEEP_FOCUS = { keepFocus: true } as const;

function keepsFocus(state: unknown): boolean {
  return (
    typeof state === 'object' && state !== null && 'keepFocus' in state && state.keepFocus === true
  );
}

/**
 * The page's `h1`. After an in-app navigation it takes focus, so keyboard and screen-reader users
 * land on the new step and hear its name. On the first load it leaves focus alone: the browser
 * starts at the top, and an embedded frame must never take focus from its host page. Only the
 * full site scrolls back to the top: inside a frame that would scroll the host page, which the
 * embed never does (docs/embed-protocol.md section 2). A navigation whose state carries
 * `KEEP_FOCUS` leaves focus alone too.
 */
export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const chrome = useChrome();
  const keepFocus = keepsFocus(location.state);
  useEffect(() => {
    const previousKey = lastSeenKey;
    lastSeenKey = location.key;
    if (keepFocus) return;
    // A memory router gives its first location the key 'default'. A browser router restores the
    // key from history on a reload, so the first page of a document is also told apart by
    // `lastSeenKey`, which only in-app navigations have set before.
    if (location.key === 'default' || previousKey === undefined || previousKey === location.key) {
      return;
    }
    ref.current?.focus({ preventScroll: true });
    // A new page opens at its top, as a followed link does: with the site header and anything
    // above the heading in view, not wherever the last page was left scrolled.
    if (chrome === 'full') (document.scrollingElement ?? document.documentElement).scrollTop = 0;
  }, [location.key, chrome, keepFocus]);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
