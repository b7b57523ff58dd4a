/**
 * The prelude every link scheme shares: its version key (`v` for share links, `t` for team links),
 * the scoring model (`data`), and keys given twice. One reader, so share, team and embed links
 * name the same problems in the same words.
 */
import type { ModelCatalog } from '../model-catalog';
import { ignoredPart, type Correction, type IgnoredPart } from './ignored';
import { canonicalToken, nearMiss } from './near-miss';

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
  /** The ignored parts that carry a suggestion (a model id one edit away). */
  readonly corrections: readonly Correction[];
  /** Every other pair, in order: the first of each key, and every repeat of a repeatable one. */
  readonly rest: readonly (readonly [string, string])[];
}

/**
 * Reads the prelude off a link's pairs. Never throws. Its keys match in any case and its values
 * without surrounding brackets, quotes or trailing punctuation, as the person meant them.
 */
export function readVersionedQuery(
  pairs: readonly (readonly [string, string])[],
  options: VersionedQueryOptions,
): VersionedQuery {
  const { catalog } = options;
  const known = (id: string) => catalog.models.some((model) => model.id === id);
  const ignored: IgnoredPart[] = [];
  const corrections: Correction[] = [];
  const rest: (readonly [string, string])[] = [];
  const seen = new Set<string>();
  let modelId = known(options.defaultModelId) ? options.defaultModelId : catalog.current.id;
  let modelNamed = false;
  let newerScheme: number | undefined;
  for (const pair of pairs) {
    const [key, value] = pair;
    if (options.repeatable?.includes(key)) {
      rest.push(pair);
      continue;
    }
    const canonicalKey = canonicalToken(key);
    if (seen.has(canonicalKey)) {
      ignored.push(ignoredPart(key, value, 'repeated'));
      continue;
    }
    seen.add(canonicalKey);
    const canonicalValue = canonicalToken(value);
    if (canonicalKey === options.versionKey) {
      if (!/^[1-9][0-9]*$/.test(canonicalValue)) {
        ignored.push(ignoredPart(key, value, 'bad-version'));
      } else if (Number(canonicalValue) > options.schemeVersion) {
        newerScheme = Number(canonicalValue);
      }
    } else if (canonicalKey === 'data') {
      if (known(canonicalValue)) {
        modelId = canonicalValue;
        modelNamed = true;
      } else {
        modelId = catalog.current.id;
        const meant = nearMiss(
          canonicalValue,
          catalog.models.map((model) => model.id),
        );
        const suggestion = meant === undefined ? undefined : { key: 'data', value: meant };
        const part = ignoredPart(key, value, 'unknown-model', suggestion && { suggestion });
        ignored.push(part);
        if (suggestion) corrections.push({ part, pair });
      }
    } else rest.push(pair);
  }
  return { modelId, modelNamed, newerScheme, ignored, corrections, rest };
}
