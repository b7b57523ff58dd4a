import { useCallback, useEffect, useState } from 'react';
import {
  onOpenSectionRequest,
  sectionOfHash,
  takeUnheardRequest,
  type OpenRequest,
  type ResultSectionId,
} from './section-links';

/** A request to open a section; a new object each time, so the same section can be asked twice. */
interface Request extends OpenRequest {
  readonly id: ResultSectionId;
}

/**
 * What the sections are asked as they mount: a link clicked before they arrived (open it, and
 * scroll and move focus as the link asked), else the address's `#hash`, a cold link to a lower
 * section (the browser could not scroll to a section that was not there yet).
 */
function firstRequest(): Request | undefined {
  if (typeof window === 'undefined') return undefined;
  const unheard = takeUnheardRequest();
  if (unheard) return unheard;
  const fromHash = sectionOfHash(window.location.hash);
  return fromHash ? { id: fromHash, scroll: true, focus: false } : undefined;
}

/**
 * Which of the result's sections are open: those given at first, plus the one a link clicked
 * before they arrived or the address's `#hash` names, plus any a link on the page asks for. A
 * request scrolls to the section and moves focus to its heading once it is open, as asked.
 */
export function useOpenSections(initiallyOpen: readonly ResultSectionId[]) {
  // Read once: the unheard request is forgotten as it is read.
  const [first] = useState(firstRequest);
  const [open, setOpen] = useState<ReadonlySet<ResultSectionId>>(
    () => new Set(first ? [...initiallyOpen, first.id] : initiallyOpen),
  );
  const [request, setRequest] = useState<Request | undefined>(first);

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
