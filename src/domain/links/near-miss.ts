/**
 * Reading a link as the person meant it, and what it may have meant where it cannot be read:
 * the forgiving rules shared by every link scheme (docs/share-link-scheme.md, "Links as people
 * pass them"). A tidy reading is applied; a near miss is only ever suggested.
 */

/**
 * Characters a link picks up around it when pasted into text: sentence punctuation after it,
 * brackets and quotes around it (ASCII, typographic and guillemets).
 */
const WRAPPING = `.,;:!?()[]{}<>"'\`\u2018\u2019\u201c\u201d\u00ab\u00bb\u2039\u203a`;
const WRAPPING_CLASS = `[${WRAPPING.replace(/[\\\]^-]/g, '\\$&')}]+`;
/** Runs of those characters at either end of a token. */
const WRAPPING_RUNS = new RegExp(`^${WRAPPING_CLASS}|${WRAPPING_CLASS}$`, 'g');
/** The same characters written as HTML entities, as a link copied out of HTML source keeps them. */
const ENTITIES = 'quot|apos|lt|gt|#34|#39|#60|#62|#x22|#x27|#x3c|#x3e';
const LEADING_ENTITY = new RegExp(`^&?(?:${ENTITIES});`, 'i');
const TRAILING_ENTITY = new RegExp(`&?(?:${ENTITIES});$`, 'i');

/** A token of letters, digits and inner hyphens or dots, which nothing below would change. */
const TIDY = /^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/;

/**
 * A key or value as the person meant it: surrounding spaces, brackets, quotes and trailing
 * punctuation (also as HTML entities) removed. Never applied to free text such as names.
 */
export function tidyToken(text: string): string {
  // Most tokens are already tidy (the scheme's own words): no need to run the rules below.
  if (TIDY.test(text)) return text;
  let current = text;
  for (;;) {
    const next = current
      .trim()
      .replace(LEADING_ENTITY, '')
      .replace(TRAILING_ENTITY, '')
      .replace(WRAPPING_RUNS, '');
    if (next === current) return current;
    current = next;
  }
}

/** A key or value compared with the scheme's own words, which are all lower case. */
export function canonicalToken(text: string): string {
  return tidyToken(text).toLowerCase();
}

/** True when `a` becomes `b` by one edit: a letter changed, added, removed, or two swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const differ: number[] = [];
    for (let index = 0; index < a.length; index += 1) {
      if (a[index] !== b[index]) differ.push(index);
      if (differ.length > 2) return false;
    }
    if (differ.length === 1) return true;
    const [first, second] = differ;
    return (
      first !== undefined &&
      second === first + 1 &&
      a[first] === b[second] &&
      a[second] === b[first]
    );
  }
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  let index = 0;
  while (index < shorter.length && shorter[index] === longer[index]) index += 1;
  return shorter.slice(index) === longer.slice(index + 1);
}

/**
 * The one known word `text` most likely stands for: the only one it begins (a value cut off),
 * else the only one a single edit away (a typo). Undefined when none or several fit: a
 * suggestion must never be a guess between two.
 */
export function nearMiss(text: string, known: readonly string[]): string | undefined {
  if (text === '' || known.includes(text)) return undefined;
  const extended = known.filter((word) => word.startsWith(text));
  if (extended.length > 0) return extended.length === 1 ? extended[0] : undefined;
  const close = known.filter((word) => oneEditApart(text, word));
  return close.length === 1 ? close[0] : undefined;
}
