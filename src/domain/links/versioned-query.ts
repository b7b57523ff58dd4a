/**
 * The prelude every link scheme shares: its version key (`v` for share links, `t` for team links),
 * the scoring model (`data`), and keys given twice. One reader, so share, team and embed links
 * name the same problems in the same words.
 */
import type { ModelCatalog } from '../model-catalog';
import { ignoredPart, type IgnoredPart } from './ignored';

export interface VersionedQueryOptions {
  /** `v` or `t`. */
  readonly versionKey: string;
  /** The newest version of the scheme this app reads. */
  readonly schemeVersion: number;
  readonly catalog: ModelCatalog;
  /** The model a link without `data` was computed with. */
  readonly defaultModelId: string;
  /** Keys that repeat by design (a team link's members). */
  readonly repeatable?: readonly string[];
}

export interface VersionedQuery {
  /** The model the link names when known; the default without `data`; the current one otherwise. */
  readonly modelId: string;
  /** True when the link names a model the app knows (so a page may say "as its link asks"). */
  readonly modelNamed: boolean;
  /** Set when the version is newer than this app reads: the link gets its own page. */
  readonly newerScheme: number | undefined;
  readonly ignored: readonly IgnoredPart[];
  /** Every other pair, in order: the first of each key, and every repeat of a repeatable one. */
  readonly rest: readonly (readonly [string, string])[];
}

/** Reads the prelude off a link's pairs. Never throws. */
export function readVersionedQuery(
  pairs: readonly (readonly [string, string])[],
  options: VersionedQueryOptions,
): VersionedQuery {
  const { catalog } = options;
  const known = (id: string) => catalog.models.some((model) => model.id === id);
  const ignored: IgnoredPart[] = [];
  const rest: (readonly [string, string])[] = [];
  const seen = new Set<string>();
  let modelId = known(options.defaultModelId) ? options.defaultModelId : catalog.current.id;
  let modelNamed = false;
  let newerScheme: number | undefined;
  for (const [key, value] of pairs) {
    if (options.repeatable?.includes(key)) {
      rest.push([key, value]);
      continue;
    }
    if (seen.has(key)) {
      ignored.push(ignoredPart(key, value, 'repeated'));
      continue;
    }
    seen.add(key);
    if (key === options.versionKey) {
      if (!/^[1-9][0-9]*$/.test(value)) ignored.push(ignoredPart(key, value, 'bad-version'));
      else if (Number(value) > options.schemeVersion) newerScheme = Number(value);
    } else if (key === 'data') {
      if (known(value)) {
        modelId = value;
        modelNamed = true;
      } else {
        modelId = catalog.current.id;
        ignored.push(ignoredPart(key, value, 'unknown-model'));
      }
    } else rest.push([key, value]);
  }
  return { modelId, modelNamed, newerScheme, ignored, rest };
}
