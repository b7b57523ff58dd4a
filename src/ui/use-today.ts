import { useSyncExternalStore } from 'react';
import { localDate } from './download-file';

const subscribe = () => () => {};

/**
 * Today in the reader's time zone (`YYYY-MM-DD`) once the page runs in a browser; `undefined`
 * on the server and while prerendered HTML hydrates, so the first client render matches the
 * HTML. Pages use it to say when a dated number has grown old, which depends on when it is read.
 */
export function useToday(): string | undefined {
  return useSyncExternalStore(
    subscribe,
    () => localDate(new Date()),
    () => undefined,
  );
}
