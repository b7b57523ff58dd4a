import { useEffect } from 'react';
import { useChrome } from './chrome';

export const SITE_NAME = 'Python Framework Picker';

/** Names the browser tab after the page; an embedded frame leaves its host's title alone. */
export function useDocumentTitle(pageTitle: string): void {
  const chrome = useChrome();
  useEffect(() => {
    if (chrome === 'full') document.title = `${pageTitle} – ${SITE_NAME}`;
  }, [chrome, pageTitle]);
}
