import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { onOpenSectionRequest } from './section-links';

/**
 * A result section that folds to its title and a one-line summary. The title is the section's
 * heading and holds the disclosure button; the section inside keeps its own heading as the name
 * of its region (shown only in print, where the button is not). A link to the section's anchor
 * opens it, also on a cold load, when the section mounts after the address already names it.
 */
export function Fold({
  id,
  title,
  summary,
  defaultOpen = false,
  children,
}: {
  /** The anchor: `#id` opens the section. */
  id: string;
  title: ReactNode;
  /** One line saying what is inside, shown while folded. */
  summary: ReactNode;
  defaultOpen?: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(defaultOpen);
  const bodyId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    function openAndMaybeScroll(scroll: boolean) {
      setOpen(true);
      if (scroll) {
        // After React has shown the body, so the browser scrolls to where the section ends up.
        requestAnimationFrame(() => rootRef.current?.scrollIntoView({ block: 'start' }));
      }
    }
    // Opened cold at `#id`: the browser could not scroll to a section that was not there yet.
    if (window.location.hash === `#${id}`) openAndMaybeScroll(true);
    return onOpenSectionRequest(id, openAndMaybeScroll);
  }, [id]);

  return (
    <div className={open ? 'fold fold--open' : 'fold'} id={id} ref={rootRef}>
      <h2 className="fold__heading">
        <button
          type="button"
          className="fold__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((value) => !value)}
        >
          {title}
        </button>
      </h2>
      {!open && <p className="fold__summary">{summary}</p>}
      <div className="fold__body" id={bodyId} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
