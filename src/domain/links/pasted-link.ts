/**
 * A link someone pasted into the team page: a result link (full page or embed, any origin or base
 * path) gives one member's answers under the model it names; a team link gives its members.
 */
import type { ModelCatalog } from '../model-catalog';
import type { Answers } from '../questions';
import type { IgnoredPart } from './ignored';
import { decodeShareQuery } from './share-link';
import { decodeTeamQuery, type DecodedTeamLink } from './team-link';

/** What a pasted link turned out to be. */
export type PastedLink =
  | {
      readonly kind: 'result';
      readonly answers: Answers;
      readonly modelId: string;
      readonly ignored: readonly IgnoredPart[];
    }
  | { readonly kind: 'team'; readonly decoded: DecodedTeamLink }
  | { readonly kind: 'not-a-link' }
  | { readonly kind: 'newer'; readonly version: number };

/** Reads a pasted link. Never throws. */
export function readPastedLink(text: string, catalog: ModelCatalog): PastedLink {
  let url: URL;
  try {
    // A bare path or query ("/result?…") is read against a placeholder origin.
    url = new URL(text.trim(), 'https://picker.invalid/');
  } catch {
    return { kind: 'not-a-link' };
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (path.endsWith('/team')) {
    const decoded = decodeTeamQuery(url.search, catalog);
    return decoded.newerScheme === undefined
      ? { kind: 'team', decoded }
      : { kind: 'newer', version: decoded.newerScheme };
  }
  if (!path.endsWith('/result') || url.search === '') return { kind: 'not-a-link' };
  const decoded = decodeShareQuery(url.search, catalog, { embed: path.endsWith('/embed/result') });
  if (decoded.newerScheme !== undefined) return { kind: 'newer', version: decoded.newerScheme };
  return {
    kind: 'result',
    answers: decoded.answers,
    modelId: decoded.modelId,
    ignored: decoded.ignored,
  };
}
