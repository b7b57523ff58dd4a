/**
 * Where a rating comes from, in the shape the result and compare pages render: one framework's
 * sources for one criterion, or all of a criterion's sources once each.
 */
import type { Source } from './content/sourced';
import type { FrameworkId } from './frameworks';
import type { Criterion } from './model-types';

/**
 * The sources behind `criterion`'s rating and justification for `framework`, each once: a revised
 * criterion adds its new sources to the ones it had, which may already name the same page.
 */
export function criterionSources(criterion: Criterion, framework: FrameworkId): readonly Source[] {
  return uniqueSources(criterion.sources[framework]);
}

/** Every source of `criterion` across the frameworks, first mention first, each once. */
export function allCriterionSources(criterion: Criterion): readonly Source[] {
  return uniqueSources(Object.values(criterion.sources).flat());
}

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
