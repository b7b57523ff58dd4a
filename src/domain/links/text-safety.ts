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
/** One unsafe character, for testing a single character (no global state). */
const UNSAFE_ONE = new RegExp(`^${UNSAFE.source}$`);
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
 * Untrusted text as a notice echoes it: every unsafe character spelled out as its code point
 * (`[U+202E]`), then at most `MAX_ECHO_LENGTH` shown characters and "…". The limit counts what is
 * shown, so a link of controls cannot stretch a notice; a spelled code point or a surrogate pair
 * is kept whole or left out, never cut in half.
 */
export function echoable(text: string): string {
  const pieces = Array.from(text.replace(LONE_SURROGATE, codePoint)).map((character) =>
    UNSAFE_ONE.test(character) ? codePoint(character) : character,
  );
  let shown = '';
  let length = 0;
  for (const piece of pieces) {
    const pieceLength = Array.from(piece).length;
    if (length + pieceLength > MAX_ECHO_LENGTH) return `${shown}…`;
    shown += piece;
    length += pieceLength;
  }
  return shown;
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
