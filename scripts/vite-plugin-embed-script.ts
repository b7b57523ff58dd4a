/**
 * `/embed.js` in every build (dist/, dist-base/, and so the edge, which serves dist/) and in the
 * development server: src/embed-host/embed-script.ts bundled as one classic script. Host pages
 * load it with a plain `<script src>`, so it cannot be one of the app's ES module chunks.
 */
import type { Plugin } from 'vite';
import { bundleClassicScript } from './lib/classic-script.ts';

export const EMBED_SCRIPT_FILE = 'embed.js';

/** The script as it ships. */
export function buildEmbedScript(): Promise<string> {
  return bundleClassicScript(
    'src/embed-host/embed-script.ts',
    '/*! Python Framework Picker, host-page script for its iframe embed (protocol v1). No dependencies. */',
  );
}

export function embedScript(): Plugin {
  return {
    name: 'python-framework-picker:embed-script',
    applyToEnvironment: (environment) => environment.name === 'client',
    async generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: EMBED_SCRIPT_FILE,
        source: await buildEmbedScript(),
      });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        if (path !== `${server.config.base}${EMBED_SCRIPT_FILE}`) return next();
        buildEmbedScript().then((script) => {
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.end(script);
        }, next);
      });
    },
  };
}
