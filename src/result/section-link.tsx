import type { MouseEvent, ReactNode } from 'react';
import { useChrome } from '../ui/chrome';
import { requestOpenSection } from './section-links';

/**
 * A link to a section of the result that opens it and moves focus to its heading. On the full
 * site it also scrolls there and leaves `#id` in the address; inside a frame the address stays
 * the frame's own and nothing scrolls the host page (docs/embed-protocol.md section 2).
 */
export function SectionLink({
  id,
  className,
  children,
}: {
  id: string;
  className?: string;
  children: ReactNode;
}) {
  const chrome = useChrome();
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (chrome === 'embed') event.preventDefault();
    requestOpenSection(id, { scroll: chrome === 'full', focus: true });
  }
  return (
    <a className={className} href={`#${id}`} onClick={onClick}>
      {children}
    </a>
  );
}
