/**
 * The one reader of a link's query, for share, team and embed links alike: `key=value` pairs in
 * order, `+` as a space, percent-decoding that keeps malformed text as it was written (so a notice
 * can echo what the link really held) instead of throwing.
 */

/** Decodes one component; malformed percent-encoding keeps the raw text instead of throwing. */
function safeDecode(component: string): string {
  const spaced = component.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** The query's pairs in order; a part without `=` has an empty value. Never throws. */
export function readQueryPairs(search: string): [string, string][] {
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (query === '') return [];
  return query
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const equals = part.indexOf('=');
      return equals === -1
        ? [safeDecode(part), '']
        : [safeDecode(part.slice(0, equals)), safeDecode(part.slice(equals + 1))];
    });
}

/** Writes pairs as a query (without `?`), percent-encoding what needs it. */
export function writeQuery(pairs: readonly (readonly [string, string])[]): string {
  return pairs
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
}
