/**
 * The share-link codec, scheme v1 (docs/share-link-scheme.md): `v`, `data`, then one key per
 * answered question in wizard order. `encodeShareQuery` writes keys in that fixed order;
 * `decodeShareQuery` reads anything a browser can put in a URL, never throws, and names every part
 * it ignored so the page can say so above a result for the valid rest.
 *
 * Hand-written on purpose: the format is a public contract that must read every old link the
 * same way forever. A query-string library would add nothing that query.ts does not do in a few
 * lines, and keeping state in the URL through a store's persistence would make the format the
 * library's; neither reports what it dropped, which the page has to name.
 */
import { findModel, type ModelCatalog } from '../model-catalog';
import type { Answers } from '../questions';
import { ignoredPart, type IgnoredPart } from './ignored';
import { answerPairs, answersForModel } from './model-answers';
import { readQueryPairs, writeQuery } from './query';
import { readVersionedQuery } from './versioned-query';

export const SCHEME_VERSION = 1;
/** What a link without `data` was computed with: the only model when scheme v1 shipped. */
export const DEFAULT_LINK_MODEL_ID = '2026-11';

export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export interface DecodedLink {
  /** The answers the link's model knows, in wizard order. */
  readonly answers: Answers;
  /** The model the link names; the default without `data`; the current one for an unknown one. */
  readonly modelId: string;
  /** True when the link names a model the app knows. */
  readonly modelNamed: boolean;
  /** Set when the link's `v` is newer than this app understands: it gets its own page. */
  readonly newerScheme: number | undefined;
  readonly ignored: readonly IgnoredPart[];
  /** Embed options (docs/embed-protocol.md), read only on `/embed…` URLs. */
  readonly theme: EmbedTheme;
  readonly parentOrigin: string | undefined;
  /** True when `parentOrigin` was given but is no http(s) origin: then no message may be sent. */
  readonly parentOriginInvalid: boolean;
}

export interface DecodeOptions {
  /** On `/embed…` URLs `theme` and `parentOrigin` are known keys. */
  readonly embed?: boolean;
}

/** The origin of an http(s) URL written as an origin (no path, query or credentials), else undefined. */
export function parseHttpOrigin(value: string): string | undefined {
  if (!/^https?:\/\/[^/?#@\s]+$/i.test(value)) return undefined;
  try {
    const url = new URL(value);
    return url.origin === 'null' ? undefined : url.origin;
  } catch {
    return undefined;
  }
}

/**
 * What someone typed as their page's origin, read leniently: surrounding spaces and one trailing
 * slash are forgiven. Empty text is no origin at all, not an invalid one.
 */
export function readOriginField(text: string): { origin?: string; invalid: boolean } {
  const trimmed = text.trim().replace(/\/$/, '');
  if (trimmed === '') return { invalid: false };
  const origin = parseHttpOrigin(trimmed);
  return origin ? { origin, invalid: false } : { invalid: true };
}

/**
 * Reads a share-link query with the models of `catalog`. Never throws; whatever is not valid, or
 * not known to the link's model, is listed in `ignored`.
 */
export function decodeShareQuery(
  search: string,
  catalog: ModelCatalog,
  options: DecodeOptions = {},
): DecodedLink {
  const prelude = readVersionedQuery(readQueryPairs(search), {
    versionKey: 'v',
    schemeVersion: SCHEME_VERSION,
    catalog,
    defaultModelId: DEFAULT_LINK_MODEL_ID,
  });
  const ignored: IgnoredPart[] = [...prelude.ignored];
  let theme: EmbedTheme = 'auto';
  let parentOrigin: string | undefined;
  let parentOriginInvalid = false;
  const answerParts: (readonly [string, string])[] = [];
  for (const [key, value] of prelude.rest) {
    if (options.embed && key === 'theme') {
      if ((EMBED_THEMES as readonly string[]).includes(value)) theme = value as EmbedTheme;
      else ignored.push(ignoredPart(key, value, 'unknown-value'));
    } else if (options.embed && key === 'parentOrigin') {
      parentOrigin = parseHttpOrigin(value);
      if (!parentOrigin) {
        parentOriginInvalid = true;
        ignored.push(ignoredPart(key, value, 'bad-origin'));
      }
    } else answerParts.push([key, value]);
  }
  const model = findModel(catalog, prelude.modelId) ?? catalog.current;
  const read = answersForModel(answerParts, model);
  return {
    answers: read.answers,
    modelId: model.id,
    modelNamed: prelude.modelNamed,
    newerScheme: prelude.newerScheme,
    ignored: [...ignored, ...read.ignored],
    theme,
    parentOrigin,
    parentOriginInvalid,
  };
}

/**
 * Writes the query for a result link: `v`, `data`, then each answered question in wizard order.
 */
export function encodeShareQuery(answers: Answers, modelId: string): string {
  return writeQuery([['v', String(SCHEME_VERSION)], ['data', modelId], ...answerPairs(answers)]);
}
