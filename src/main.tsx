import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { EmbedApp, FullApp } from './app/app';
import { preloadPageAt } from './app/routes';
import { isEmbedPath, routePath, withoutTrailingSlash } from './paths';
import { setDraftStorageEnabled } from './wizard/draft-storage';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

const path = routePath(window.location.pathname);
const embedded = isEmbedPath(path);
// The embed keeps nothing: a host page's visitors should not find each other's drafts.
if (embedded) setDraftStorageEnabled(false);

const app = (
  <StrictMode>
    {embedded ? <EmbedApp initialEntry={`${path}${window.location.search}`} /> : <FullApp />}
  </StrictMode>
);

const html = document.documentElement;
const prerenderedPath = html.dataset.prerenderedPath;

const start = () => {
  if (
    prerenderedPath !== undefined &&
    withoutTrailingSlash(prerenderedPath) === withoutTrailingSlash(window.location.pathname)
  ) {
    hydrateRoot(container, app);
  } else {
    // Not prerendered, or a static host's fallback page for another URL: render from scratch.
    container.replaceChildren();
    createRoot(container).render(app);
    html.removeAttribute('data-route-mismatch');
  }
};

// A page loaded on demand is loaded first (its chunks are on their way already, see
// src/boot/page-loader.ts), so the first render shows it rather than a loading notice. If it
// fails to load, the page's own render tries again and shows what went wrong.
void preloadPageAt(path)
  .catch(() => undefined)
  .then(start);
