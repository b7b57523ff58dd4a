import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { EmbedApp, FullApp } from './app/app';
import { isEmbedPath, routePath } from './paths';
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

// Prerendered pages say which route they hold; anything else (a static host's fallback for
// another URL) is replaced rather than hydrated.
if (container.dataset.prerendered === path) {
  hydrateRoot(container, app);
} else {
  container.replaceChildren();
  createRoot(container).render(app);
}
