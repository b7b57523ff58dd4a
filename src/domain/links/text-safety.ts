/**
 * The one definition of text from a link that cannot be shown as it is, and the two ways the app
 * makes it safe: echoed back in a notice (each such character spelled out, so it is seen, not
 * obeyed), or kept as a name (each removed). Both return plain text for React to escape; nothing
 * from a link is ever rendered as HTML.
 */

/**
 * Characters that would let text reorder or hide the words around it, or break a line: C0 and C1
 * controls, the bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F,
 * U+202A-202E, U+2066-2069), the line and paragraph separators, zero-width spaces and invisible
 * operators (U+200B, U+2060-2064) and the byte-order mark. Joiners (U+200C, U+200D) stay: scripts
 * and emoji need them.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** A surrogate without its partner cannot be shown. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Characters that separate words: a name keeps them as one space. */
const BREAKS = /[\t\n\v\f\r\u2028\u2029]/g;

/** Longest key or value echoed back in a notice, in characters; the rest is elided. */
export const MAX_ECHO_LENGTH = 60;

function codePoint(character: string): string {
  return `[U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`;
}

/**
 * Untrusted text as a notice echoes it: at most `MAX_ECHO_LENGTH` characters (never half of one,
 * then "…"), and every unsafe character spelled out as its code point (`[U+202E]`).
 */
export function echoable(text: string): string {
  const characters = Array.from(text);
  const short =
    characters.length > MAX_ECHO_LENGTH
      ? `${characters.slice(0, MAX_ECHO_LENGTH).join('')}…`
      : text;
  return short.replace(LONE_SURROGATE, codePoint).replace(UNSAFE, codePoint);
}

export interface CleanText {
  readonly text: string;
  /** True when unsafe characters were removed. */
  readonly neutralised: boolean;
  /** True when the text was cut to the limit. */
  readonly shortened: boolean;
}

/**
 * Untrusted text as a one-line name: line breaks and tabs become spaces, every other unsafe
 * character is removed, runs of white space become one space, NFC, cut to `maxLength` characters
 * (never inside a surrogate pair).
 */
export function cleanText(text: string, maxLength: number): CleanText {
  const oneLine = text.replace(BREAKS, ' ');
  const visible = oneLine.replace(LONE_SURROGATE, '').replace(UNSAFE, '');
  const spaced = visible.normalize('NFC').replace(/\s+/g, ' ').trim();
  const characters = Array.from(spaced);
  const shortened = characters.length > maxLength;
  return {
    text: shortened ? characters.slice(0, maxLength).join('').trim() : spaced,
    neutralised: visible !== oneLine,
    shortened,
  };
}
