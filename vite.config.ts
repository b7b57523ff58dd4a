/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { embedScript } from './scripts/vite-plugin-embed-script.ts';
import { pages } from './scripts/vite-plugin-pages.ts';

/** Deployment base: `/` by default, `BASE_PATH=/picker/ npm run build` for a sub-path. */
function basePath(): string {
  const raw = process.env.BASE_PATH ?? '/';
  const withLeading = raw.startsWith('/') ? raw : `/${raw}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}

const base = basePath();

export default defineConfig({
  base,
  // pages(): every HTML file, 200.html, 404.html, the host files and the edge templates, from
  // this one build; embedScript(): /embed.js.
  plugins: [react(), pages({ siteUrl: process.env.SITE_URL }), embedScript()],
  build: {
    target: 'es2022',
    // The share image and the favicon stay separate files; small assets are inlined by default.
    assetsInlineLimit: 0,
    // One stylesheet, inlined into every page and pinned by its hash (scripts/vite-plugin-pages.ts):
    // a lazy chunk's own stylesheet would be a `<link>` under `style-src 'self'`, which WebKit
    // blocks in a frame sandboxed without allow-same-origin (see src/boot/page-loader.ts).
    cssCodeSplit: false,
  },
  preview: {
    // A sandboxed iframe (`sandbox="allow-scripts"`) has an opaque origin, so its module scripts
    // are fetched cross-origin with `Origin: null`. Static hosts get the same header from
    // public/_headers; vite preview ignores that file.
    headers: { 'Access-Control-Allow-Origin': '*' },
    cors: { origin: '*' },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Whole journeys through jsdom (the component tests) take seconds, more on a busy machine.
    testTimeout: 30_000,
  },
});
