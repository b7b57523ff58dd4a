import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

/**
 * The page's `h1`. After an in-app navigation it takes focus, so keyboard and screen-reader users
 * land on the new step and hear its name. On the first load it leaves focus alone: the browser
 * starts at the top, and an embedded frame must never take focus from its host page.
 */
export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  useEffect(() => {
    // The router gives the first location the key 'default'; later ones get a fresh key.
    if (location.key === 'default') return;
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [location.key]);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
