/**
 * The one way pages read a link: decode it with the shipped models, pick the model it names, and
 * hand back what the page needs. Components and the edge never reach past these functions into
 * the codecs, so every surface reads a link the same way.
 */
import { createCatalog, findModel, type ModelCatalog } from '../model-catalog';
import type { ScoringModel } from '../model-types';
import type { ModelRegistry } from '../scoring-models';
import {
  decodeShareQuery,
  encodeShareQuery,
  type DecodedLink,
  type EmbedTheme,
} from './share-link';

export type ResolvedResultLink =
  | {
      readonly kind: 'newer';
      /** The link format version it uses, newer than this app reads. */
      readonly version: number;
      readonly theme: EmbedTheme;
    }
  | {
      readonly kind: 'result';
      readonly link: DecodedLink;
      /** The model the link names (or the default, or today's for an unknown one). */
      readonly model: ScoringModel;
      /** True when that is the current model. */
      readonly current: boolean;
      /** The link as Copy link writes it: the answers the model knows, with its id. */
      readonly shareQuery: string;
      /** The same answers under today's model. */
      readonly currentQuery: string;
    };

/** Reads a result link (`/result?…`, `/embed/result?…`) with the shipped models. Never throws. */
export function resolveResultLink(
  search: string,
  registry: ModelRegistry,
  options: { readonly embed?: boolean } = {},
): ResolvedResultLink {
  const link = decodeShareQuery(search, registry, options);
  if (link.newerScheme !== undefined) {
    return { kind: 'newer', version: link.newerScheme, theme: link.theme };
  }
  const model = findModel(registry, link.modelId) ?? registry.current;
  return {
    kind: 'result',
    link,
    model,
    current: model.id === registry.current.id,
    shareQuery: encodeShareQuery(link.answers, model.id),
    currentQuery: encodeShareQuery(link.answers, registry.current.id),
  };
}

/** What a frame's URL presets: answers for the wizard, its theme, where its messages may go. */
export interface EmbedPresets {
  readonly answers: DecodedLink['answers'];
  readonly theme: EmbedTheme;
  readonly parentOrigin: string | undefined;
  readonly parentOriginInvalid: boolean;
}

/**
 * Reads an `/embed…` URL's presets for the wizard, which always asks the current model's
 * questions: the answers are kept as that model knows them, whatever model the URL names.
 * Needs only the light catalog, so the question pages never load a rating.
 */
export function resolveEmbedPresets(search: string, catalog: ModelCatalog): EmbedPresets {
  const link = decodeShareQuery(search, createCatalog([catalog.current]), { embed: true });
  return {
    answers: link.answers,
    theme: link.theme,
    parentOrigin: link.parentOrigin,
    parentOriginInvalid: link.parentOriginInvalid,
  };
}
