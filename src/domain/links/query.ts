/**
 * The one reader of a link's query, for share, team and embed links alike: `key=value` pairs in
 * order, `+` as a space, percent-decoding that keeps malformed text as it was written (so a notice
 * can echo what the link really held) instead of throwing. It reads links as people pass them
 * around: `&amp;` between the parts (a link copied out of HTML) and a trailing quote, bracket or
 * full stop are what the person meant, not parts of their own.
 */
import { tidyToken } from './near-miss';

/** Decodes one component; malformed percent-encoding keeps the raw text instead of throwing. */
function safeDecode(component: string): string {
  const spaced = component.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/**
 * What is left of `&amp;` (or `&amp;amp;`, escaped twice) once a browser has split the query at
 * its `&`: the start of the next key.
 */
const ESCAPED_AMPERSAND = /^(?:amp;)+/i;

/**
 * The query's pairs in order; a part without `=` has an empty value. A part that is nothing but
 * punctuation, brackets or quotes (`).`, `&quot;` at a link's end) is no part. Never throws.
 */
export function readQueryPairs(search: string): [string, string][] {
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (query === '') return [];
  return query
    .split('&')
    .filter((part) => part !== '')
    .map((part): [string, string] => {
      const equals = part.indexOf('=');
      const key = equals === -1 ? part : part.slice(0, equals);
      const value = equals === -1 ? '' : part.slice(equals + 1);
      return [safeDecode(key).replace(ESCAPED_AMPERSAND, ''), safeDecode(value)];
    })
    .filter(([key, value]) => value !== '' || tidyToken(key) !== '');
}

/** Writes pairs as a query (without `?`), percent-encoding what needs it. */
export function writeQuery(pairs: readonly (readonly [string, string])[]): string {
  return pairs
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
}
