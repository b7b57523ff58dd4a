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
