import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

/** The location key the page heading last rendered for; unset until this document's first page. */
let lastSeenKey: string | undefined;

/**
 * The page's `h1`. After an in-app navigation it takes focus, so keyboard and screen-reader users
 * land on the new step and hear its name. On the first load it leaves focus alone: the browser
 * starts at the top, and an embedded frame must never take focus from its host page.
 */
export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  useEffect(() => {
    const previousKey = lastSeenKey;
    lastSeenKey = location.key;
    // A memory router gives its first location the key 'default'. A browser router restores the
    // key from history on a reload, so the first page of a document is also told apart by
    // `lastSeenKey`, which only in-app navigations have set before.
    if (location.key === 'default' || previousKey === undefined || previousKey === location.key) {
      return;
    }
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [location.key]);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
