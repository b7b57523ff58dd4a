import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while React hydrates prerendered HTML (and on the server), true afterwards. Pages that are
 * prerendered without a query use it to apply the URL's query after hydration, so the first client
 * render matches the server's HTML. Client-rendered pages get true from the start.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/** Set on `<html>` by a server that renders a page with its query (the edge build). */
const QUERY_RENDERED_ATTRIBUTE = 'data-query-rendered';

/**
 * Whether the page may render from the URL's query yet. Static prerenders hold no query, so
 * their hydration starts without it and applies it afterwards; a server that renders the query
 * itself (the edge build, or any render without a document) uses it at once, and so does the
 * hydration of the HTML it sent, which it marks with `data-query-rendered`.
 */
export function useQueryRendered(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () =>
      typeof document === 'undefined' ||
      document.documentElement.hasAttribute(QUERY_RENDERED_ATTRIBUTE),
  );
}
