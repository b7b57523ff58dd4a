import { useEffect } from 'react';
import { BrowserRouter, MemoryRouter } from 'react-router';
import { embedReportedPath } from '../domain/embed-path';
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
  // Storage is off in the embed, so this finds no draft; it marks the draft as settled, which
  // pages waiting for it (the review) rely on, and keeps the preset answers.
  useEffect(restoreDraft, []);
  return (
    <MemoryRouter initialEntries={[startingEntry(initialEntry)]}>
      <AppRoutes />
    </MemoryRouter>
  );
}

/**
 * `/embed` starts at the first question directly rather than through a redirect: a redirect is a
 * navigation, and the page heading takes focus after navigations, which a frame must never do on
 * load. The query (preset answers, embed options) is kept.
 */
function startingEntry(entry: string): string {
  const queryStart = entry.search(/[?#]/);
  const pathname = queryStart === -1 ? entry : entry.slice(0, queryStart);
  return `${embedReportedPath(pathname)}${queryStart === -1 ? '' : entry.slice(queryStart)}`;
}
