import { useEffect } from 'react';
import { BrowserRouter, MemoryRouter } from 'react-router';
import { basePrefix } from '../paths';
import { restoreDraft } from '../wizard/answers-store';
import { AppRoutes } from './routes';

/** The full site: real URLs, and the saved draft restored after the first render. */
export function FullApp() {
  useEffect(restoreDraft, []);
  return (
    <BrowserRouter basename={basePrefix() || '/'}>
      <AppRoutes />
    </BrowserRouter>
  );
}

/**
 * The `/embed…` pages inside a frame. Steps navigate in memory, starting from the frame's URL,
 * so the host page's history never fills with wizard steps.
 */
export function EmbedApp({ initialEntry }: { initialEntry: string }) {
  return (
    <MemoryRouter initialEntries={[initialEntry]}>
      <AppRoutes />
    </MemoryRouter>
  );
}
