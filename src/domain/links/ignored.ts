/**
 * What a link held that the app did not use: one list of reasons for share, team and embed links,
 * each part echoed safely. How a page words them is ignored-text.ts, loaded with the pages that
 * show a notice rather than with every page's first script.
 */
import { echoable } from './text-safety';

export type IgnoredReason =
  | 'bad-version'
  | 'unknown-model'
  | 'unknown-key'
  | 'not-a-team-key'
  | 'unknown-value'
  | 'not-in-model'
  | 'value-not-in-model'
  | 'repeated'
  | 'repeated-question'
  | 'bad-origin'
  | 'too-long'
  | 'name-shortened'
  | 'name-neutralised'
  | 'too-many-members'
  | 'repeated-name'
  | 'too-many-names';

/**
 * What a part the app could not read most likely meant (a value cut off, a typo): offered with one
 * click, never applied on its own.
 */
export interface Suggestion {
  /** The key and value the part most likely meant: the scheme's own words, safe to show. */
  readonly key: string;
  readonly value: string;
  /**
   * The whole link's query with this part corrected and every other part as it was, for a link to
   * the corrected page (set by the codec that knows the whole link).
   */
  readonly query?: string;
}

export interface IgnoredPart {
  /** Echoable text: what the link held, made safe to show. */
  readonly key: string;
  readonly value: string;
  readonly reason: IgnoredReason;
  /** For `not-in-model` and `value-not-in-model`: the model that does not ask it. */
  readonly model?: string;
  /** The member's place in a team link (from 1), when the part belongs to one member. */
  readonly member?: number;
  /** For `too-many-members` and `too-many-names`: how many were left out. */
  readonly count?: number;
  /** For `too-many-members`, `too-many-names` and the name limits: the limit that applied. */
  readonly limit?: number;
  /** What the part most likely meant, when one known key or value fits. */
  readonly suggestion?: Suggestion;
}

/** An ignored part that carries a suggestion, with the pair as the link held it. */
export interface Correction {
  readonly part: IgnoredPart;
  /** The key and value exactly as read from the link, to find and replace in its query. */
  readonly pair: readonly [string, string];
}

/**
 * The parts with each correction's suggestion completed by the link it leads to: the query
 * `pairs` make with that one pair replaced by the suggested one, every other part as it was.
 */
export function withSuggestionLinks(
  ignored: readonly IgnoredPart[],
  corrections: readonly Correction[],
  pairs: readonly (readonly [string, string])[],
  write: (pairs: readonly (readonly [string, string])[]) => string,
): IgnoredPart[] {
  return ignored.map((part) => {
    const correction = corrections.find((candidate) => candidate.part === part);
    const suggestion = correction?.part.suggestion;
    if (!correction || !suggestion) return part;
    const [key, value] = correction.pair;
    const at = pairs.findIndex((pair) => pair[0] === key && pair[1] === value);
    if (at === -1) return part;
    const fixed = pairs.map((pair, index) =>
      index === at ? ([suggestion.key, suggestion.value] as const) : pair,
    );
    return { ...part, suggestion: { ...suggestion, query: write(fixed) } };
  });
}

/** Records an ignored part, echoing its key and value safely. */
export function ignoredPart(
  key: string,
  value: string,
  reason: IgnoredReason,
  extra: Pick<IgnoredPart, 'model' | 'member' | 'count' | 'limit' | 'suggestion'> = {},
): IgnoredPart {
  const { suggestion, ...rest } = extra;
  return {
    key: echoable(key),
    value: echoable(value),
    reason,
    ...rest,
    ...(suggestion && {
      suggestion: {
        ...suggestion,
        key: echoable(suggestion.key),
        value: echoable(suggestion.value),
      },
    }),
  };
}
