/**
 * Links someone pasted into the team page, as chat apps and mail deliver them: several at once (one
 * per line or several per line), inside a sentence, wrapped in `<…>`, quotes or brackets, followed
 * by a full stop, HTML-escaped (`&amp;`), broken over lines inside `<…>` (RFC 3986, appendix C), or
 * as Slack writes them (`<url|label>`). The text step finds each link; the codecs then read it: a
 * result link (full page or embed, any origin or base path) gives one member's answers under the
 * model it names, a team link gives its members. Pure; never throws.
 */
import type { ModelCatalog } from '../model-catalog';
import type { Answers } from '../questions';
import type { IgnoredPart } from './ignored';
import { decodeShareQuery } from './share-link';
import { decodeTeamQuery, type DecodedTeamLink } from './team-link';
import { echoable } from './text-safety';

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

/** A link found in pasted text, read. */
export type FoundLink = Exclude<PastedLink, { kind: 'not-a-link' }>;

export interface PastedText {
  /** Each result or team link in the text, in the order pasted; the same link text once. */
  readonly links: readonly FoundLink[];
  /** Other web addresses in the text (no result or team link), made safe to echo. */
  readonly others: readonly string[];
}

/** Reads one pasted link. Never throws. */
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

/** Characters apps insert to let a long link wrap, or that ride along invisibly: never in a link. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** The HTML escapes a mail or web page may have turned a link's characters into. */
const HTML_ESCAPES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};
const HTML_ESCAPE = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,3})|#x([\da-f]{1,2}));/gi;

/**
 * Undoes HTML escaping, twice over at most (`&amp;amp;`): the team and result links we write never
 * hold a raw `&…;` of their own, since names are percent-encoded.
 */
function unescapeHtml(text: string): string {
  let current = text;
  for (let round = 0; round < 3; round += 1) {
    const next = current.replace(
      HTML_ESCAPE,
      (escape, name: string | undefined, decimal?: string, hex?: string) => {
        if (name !== undefined) return HTML_ESCAPES[name.toLowerCase()] ?? escape;
        const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
        // Only ASCII punctuation: an escape for anything else is left as it was written.
        return code >= 0x20 && code < 0x7f && !/[\da-z]/i.test(String.fromCharCode(code))
          ? String.fromCharCode(code)
          : escape;
      },
    );
    if (next === current) return current;
    current = next;
  }
  return current;
}

/** Where a team or result link's page is named, before its query. */
const OUR_PATH = /\/(?:team|result)(?:[/?#]|$)/i;
/** A scheme-less link (`picker.example.com/team?…`, `/result?…`) is taken only with a query. */
const OUR_PATH_WITH_QUERY = /\/(?:team|result)\/?\?./gi;
const SCHEME = /https?:\/\//gi;

/**
 * Inside `<…>` a link may be broken over lines (RFC 3986, appendix C: whitespace is removed) and
 * prefixed `URL:`; Slack writes `<url|label>`. Each wrapped link is set apart by spaces.
 */
function unwrapAngles(text: string): string {
  return text.replace(/<([^<>]*)>/g, (whole, inner: string) => {
    const [address = ''] = inner.split('|');
    const joined = address.replace(/\s+/g, '').replace(/^URL:/i, '');
    return OUR_PATH.test(joined) || /^https?:\/\//i.test(joined) ? ` ${joined} ` : whole;
  });
}

/** What opens around a link in running text, markup or a chat message. */
const OPENERS = '<([{"\'“‘«*_`|';
const LEADING = /^[<([{"'“‘«*_`|]+/;
/**
 * What closes around a link or ends the sentence it is in. The links we write never end with one
 * of these: they end with an answer value, a number, `~` or a percent-encoded name.
 */
const TRAILING = /[.,;:!?)\]}>"'”’»…*_`([|]+$/;

/** True when the character at `at` opens a link: a mark, or a colon before no port number. */
function opensLink(piece: string, at: number): boolean {
  const character = piece.charAt(at);
  return OPENERS.includes(character) || (character === ':' && !/\d/.test(piece.charAt(at + 1)));
}

/** A piece of a word as a link: what surrounds it trimmed off. */
function trimmed(piece: string): string {
  return piece.replace(LEADING, '').replace(TRAILING, '');
}

/**
 * The scheme-less links in a piece of a word (`/team?…`, `picker.example.com/result?…`, inside
 * `[label](…)`): each starts after the last opening mark before its page's name.
 */
function schemeLessLinks(piece: string): string[] {
  const markers = [...piece.matchAll(OUR_PATH_WITH_QUERY)].map((match) => match.index);
  const starts = markers.map((marker, at) => {
    const floor = at === 0 ? 0 : (markers[at - 1] ?? 0) + 1;
    let start = marker;
    while (start > floor && !opensLink(piece, start - 1)) start -= 1;
    return start;
  });
  return starts.map((start, at) => trimmed(piece.slice(start, starts[at + 1] ?? piece.length)));
}

/**
 * The links in pasted text, in order, each once, trimmed of what surrounds them: every `http(s)://`
 * address, and any other word that names a team or result page with a query. Pure.
 */
export function findLinksInText(text: string): string[] {
  const prepared = unwrapAngles(unescapeHtml(text.replace(INVISIBLE, '')));
  const found: string[] = [];
  const keep = (link: string) => {
    if (link !== '' && !found.includes(link)) found.push(link);
  };
  for (const word of prepared.split(/\s+/)) {
    const starts = [...word.matchAll(SCHEME)].map((match) => match.index);
    schemeLessLinks(word.slice(0, starts[0] ?? word.length)).forEach(keep);
    starts.forEach((start, at) => {
      const link = trimmed(word.slice(start, starts[at + 1] ?? word.length));
      if (/^https?:\/\/[^/?#\s]/i.test(link)) keep(link);
    });
  }
  return found;
}

/**
 * Reads every link in pasted text with the codecs: the result and team links in order, and the
 * other web addresses it held, named so the page can say it left them out.
 */
export function readPastedText(text: string, catalog: ModelCatalog): PastedText {
  const links: FoundLink[] = [];
  const others: string[] = [];
  for (const candidate of findLinksInText(text)) {
    const read = readPastedLink(candidate, catalog);
    if (read.kind === 'not-a-link') others.push(echoable(candidate));
    else links.push(read);
  }
  return { links, others };
}
