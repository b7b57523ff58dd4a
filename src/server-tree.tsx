/**
 * The app as a server renders it: the client's tree, with a StaticRouter in place of the
 * BrowserRouter. The build-time prerender and the edge render both use it, so their HTML is what
 * the browser's first render hydrates.
 */
import { StrictMode } from 'react';
import { StaticRouter } from 'react-router';
import { EmbedApp } from './app/app';
import { AppRoutes } from './app/routes';
import { basePrefix, isEmbedPath } from './paths';

/**
 * The tree for a URL: `path` without the deployment base, `search` with its `?` (or empty). The
 * `/embed…` pages are the client's own EmbedApp, whose memory router renders on a server too.
 */
export function ServerApp({ path, search = '' }: { path: string; search?: string }) {
  return (
    <StrictMode>
      {isEmbedPath(path) ? (
        <EmbedApp initialEntry={`${path}${search}`} />
      ) : (
        <StaticRouter location={`${basePrefix()}${path}${search}`} basename={basePrefix() || '/'}>
          <AppRoutes />
        </StaticRouter>
      )}
    </StrictMode>
  );
}
