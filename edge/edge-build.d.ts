/** Made by scripts/build-edge.mjs from the client build when it bundles the worker. */
declare module 'virtual:edge-build' {
  import type { EdgeBuild } from './edge-handler';

  const build: EdgeBuild;
  export default build;
}
