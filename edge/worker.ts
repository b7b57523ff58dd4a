/**
 * The edge build on Cloudflare Workers (edge/wrangler.jsonc): the handler in edge-handler.ts,
 * with the static build served by the Workers static-assets binding.
 */
import build from 'virtual:edge-build';
import { createEdgeHandler } from './edge-handler';

interface Env {
  readonly ASSETS: { fetch(request: Request): Promise<Response> };
}

export default {
  fetch(request: Request, env: Env): Promise<Response> {
    return createEdgeHandler(build, (staticRequest) => env.ASSETS.fetch(staticRequest))(request);
  },
};
