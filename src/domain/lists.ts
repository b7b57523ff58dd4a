/** Lists in running text, the one way the app joins words: "Django", "Django and Flask", "A, B and C". */
const AND_LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

const OR_LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'disjunction' });

/** Joins items with commas and a final "and", as running text does. */
export function andList(items: readonly string[]): string {
  return AND_LIST.format(items);
}

/**
 * The same list as `andList`, as its items and the words between them, for text that renders
 * some items apart (a name isolated from the sentence's direction).
 */
export function andListParts<T>(items: readonly T[]): (T | string)[] {
  let next = 0;
  return AND_LIST.formatToParts(items.map((_, index) => String(index))).map((part) =>
    part.type === 'element' ? (items[next++] as T) : part.value,
  );
}

/** Joins items with commas and a final "or": "Django, Flask or FastAPI". */
export function orList(items: readonly string[]): string {
  return OR_LIST.format(items);
}

/** "one" for 1, "two" for 2 …, numerals past twelve: counts in sentences. */
export function countWord(count: number): string {
  return NUMBER_WORDS[count] ?? count.toLocaleString('en-GB');
}

const NUMBER_WORDS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
] as const;

/** "1 must-have", "2 must-haves": a count with its noun. */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${countWord(count)} ${count === 1 ? singular : plural}`;
}
