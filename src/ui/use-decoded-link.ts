import { useMemo } from 'react';
import { useLocation } from 'react-router';
import { decodeShareQuery, type DecodedLink } from '../domain/share-link';
import { useChrome } from './chrome';
import { useQueryRendered } from './use-hydrated';
import { useModelRegistry } from './model-registry-context';

/** The answers, model and ignored parts of the current URL's query. */
export function useDecodedLink(): DecodedLink {
  const location = useLocation();
  // Prerendered pages (Compare) hold no query: it applies once hydration is done.
  const search = useQueryRendered() ? location.search : '';
  const registry = useModelRegistry();
  const chrome = useChrome();
  const { models, current } = registry;
  return useMemo(
    () =>
      decodeShareQuery(search, {
        knownModelIds: models.map((model) => model.id),
        currentModelId: current.id,
        embed: chrome === 'embed',
      }),
    [search, models, current, chrome],
  );
}
