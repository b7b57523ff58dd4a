import { lazy, useState, type ComponentType } from 'react';

/** A page component loaded on demand, with a way to load it ahead of its first render. */
export type LazyPage<Props extends object> = ComponentType<Props> & {
  /** Loads the page's module; once it has resolved, the page renders without suspending. */
  readonly preload: () => Promise<unknown>;
};

/**
 * Like React's `lazy`, but a page whose module was loaded before it is first rendered (see
 * `preload`) renders at once. `lazy` suspends on its first render whatever the state of the
 * module, and the app's first render on a cold link is synchronous: the route's Suspense fallback
 * would commit first, and React then holds the revealed page back for up to 300 ms to batch
 * reveals, which is most of what a visitor waits for on a result link.
 */
export function lazyPage<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): LazyPage<Props> {
  let loaded: ComponentType<Props> | undefined;
  const preload = () =>
    load().then((component) => {
      loaded = component;
      return component;
    });
  const Suspending = lazy(async () => ({ default: await preload() }));

  function Page(props: Props) {
    // Chosen once per mount: switching from the lazy wrapper to the loaded component later
    // would be a different element type, and remount the page.
    const [Component] = useState<ComponentType<Props>>(() => loaded ?? Suspending);
    return <Component {...props} />;
  }
  return Object.assign(Page, { preload });
}
