import { useCallback, useEffect, useState } from 'react';
import {
  onOpenSectionRequest,
  sectionOfHash,
  type OpenRequest,
  type ResultSectionId,
} from './section-links';

/** A request to open a section; a new object each time, so the same section can be asked twice. */
interface Request extends OpenRequest {
  readonly id: ResultSectionId;
}

function hashSection(): ResultSectionId | undefined {
  return typeof window === 'undefined' ? undefined : sectionOfHash(window.location.hash);
}

/**
 * Which of the result's sections are open: those given at first, plus the one the address's
 * `#hash` names (a cold link to a lower section), plus any a link on the page asks for. A
 * request scrolls to the section and moves focus to its heading once it is open, as asked.
 */
export function useOpenSections(initiallyOpen: readonly ResultSectionId[]) {
  const [open, setOpen] = useState<ReadonlySet<ResultSectionId>>(() => {
    const fromHash = hashSection();
    return new Set(fromHash ? [...initiallyOpen, fromHash] : initiallyOpen);
  });
  const [request, setRequest] = useState<Request | undefined>(() => {
    const fromHash = hashSection();
    // Opened cold at `#id`: the browser could not scroll to a section that was not there yet.
    return fromHash ? { id: fromHash, scroll: true, focus: false } : undefined;
  });

  useEffect(
    () =>
      onOpenSectionRequest((id, asked) => {
        setOpen((current) => new Set(current).add(id));
        // A request that only opens (a new `#hash`) leaves a pending scroll or focus alone.
        if (asked.scroll || asked.focus) setRequest({ id, ...asked });
      }),
    [],
  );

  // In the frame after the commit that opened it: the browser scrolls to where the section ends
  // up, and a link's own jump to `#id`, which follows the click and drops focus, is over.
  useEffect(() => {
    if (!request) return;
    const frame = requestAnimationFrame(() => {
      const section = document.getElementById(request.id);
      if (request.scroll) section?.scrollIntoView({ block: 'start' });
      if (request.focus) {
        section?.querySelector<HTMLButtonElement>('.fold__toggle')?.focus({ preventScroll: true });
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [request]);

  const toggle = useCallback((id: ResultSectionId) => {
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  const setAll = useCallback((ids: readonly ResultSectionId[], value: boolean) => {
    setOpen(new Set(value ? ids : []));
  }, []);

  return { open, toggle, setAll };
}
