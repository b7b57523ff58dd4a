/**
 * Sources in the shape the pages render: a list without repeats, first mention first.
 */
import type { Source } from './content/sourced';

/** `sources` without repeats (same link and label), in their first order. */
export function uniqueSources(sources: readonly Source[]): readonly Source[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = `${source.ref}|${source.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
