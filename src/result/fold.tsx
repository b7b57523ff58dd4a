import { useId, type ReactNode } from 'react';

/**
 * A result section that folds to its title and a one-line summary. The title is the section's
 * heading and holds the disclosure button; the section inside keeps its own heading as the name
 * of its region (shown only in print, where the button is not). Print shows the sections that
 * are open, and `printAlways` ones even folded: the handout holds what the person opened.
 */
export function Fold({
  id,
  title,
  summary,
  open,
  onToggle,
  printAlways = false,
  children,
}: {
  /** The anchor: `#id` opens the section. */
  id: string;
  title: ReactNode;
  /** One line saying what is inside, shown while folded. */
  summary: ReactNode;
  open: boolean;
  onToggle: () => void;
  printAlways?: boolean;
  children: ReactNode;
}) {
  const bodyId = useId();
  const classes = ['fold'];
  if (open) classes.push('fold--open');
  if (printAlways) classes.push('fold--print-always');
  return (
    <div className={classes.join(' ')} id={id}>
      <h2 className="fold__heading">
        <button
          type="button"
          className="fold__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={onToggle}
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
