/**
 * What a notice echoes from a link: bidirectional controls are spelled out rather than obeyed,
 * text from the link is kept apart from the app's own words, and thousands of ignored parts
 * become a short list and a count.
 */
import fc from 'fast-check';
import {
  IGNORED_PARTS_SHOWN,
  describeIgnored,
  describeIgnoredSegments,
  moreIgnoredText,
  summarizeIgnored,
} from '../../src/domain/links/ignored-text';
import { decodeShareQuery } from '../../src/domain/links/share-link';
import { cleanText, echoable } from '../../src/domain/links/text-safety';
import { MODEL_CATALOG } from '../../src/domain/model-catalog';

const decode = (search: string) => decodeShareQuery(search, MODEL_CATALOG);

/** Every bidirectional formatting character: embeddings, overrides, isolates and marks. */
const BIDI_CONTROLS = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];
const ANY_BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const percentEncoded = (text: string) => encodeURIComponent(text);

describe('echoing a bidirectional control from a link', () => {
  it.each(BIDI_CONTROLS)('spells U+%s out and never passes it through', (control) => {
    const codePoint = control.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    const decoded = decode(
      `kind=abc${percentEncoded(control)}def&colour${percentEncoded(control)}=x`,
    );
    expect(decoded.ignored.map((part) => [part.key, part.value])).toEqual([
      ['kind', `abc[U+${codePoint}]def`],
      [`colour[U+${codePoint}]`, 'x'],
    ]);
    for (const part of decoded.ignored) {
      expect(describeIgnored(part)).not.toMatch(ANY_BIDI_CONTROL);
    }
  });

  it('keeps the notice’s own words in order around a right-to-left override', () => {
    // U+202E would show "We ignored “kind=" and then the rest of the sentence mirrored.
    const [part] = decode('kind=%E2%80%AEtxt.exe').ignored;
    expect(describeIgnored(part!)).toBe('We ignored “kind=[U+202E]txt.exe”: not a known answer.');
  });

  it('never lets any control reach the page, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (key, value) => {
        const search = `${percentEncoded(`x${key}`)}=${percentEncoded(value)}`;
        for (const part of decode(search).ignored) {
          // eslint-disable-next-line no-control-regex
          expect(describeIgnored(part)).not.toMatch(/[\u0000-\u001f\u007f]/);
          expect(describeIgnored(part)).not.toMatch(ANY_BIDI_CONTROL);
        }
      }),
    );
  });
});

describe('echoable', () => {
  it('shortens long text to 60 characters, never splitting one in half', () => {
    const snakes = '🐍'.repeat(100);
    const echoed = echoable(snakes);
    expect(echoed).toBe(`${'🐍'.repeat(60)}…`);
    expect(echoed).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('counts a spelled-out control as the characters it shows, and never cuts one in half', () => {
    expect(echoable(`${'a'.repeat(50)}\u202E${'b'.repeat(10)}`)).toBe(
      `${'a'.repeat(50)}[U+202E]bb…`,
    );
    expect(echoable(`${'a'.repeat(55)}\u202E${'b'.repeat(10)}`)).toBe(`${'a'.repeat(55)}…`);
  });

  it('keeps a notice short however many controls a link holds', () => {
    const echoed = echoable('\u0000'.repeat(100));
    expect(echoed).toBe(`${'[U+0000]'.repeat(7)}…`);
  });

  it('leaves right-to-left letters alone: the page isolates them instead', () => {
    expect(echoable('שלום')).toBe('שלום');
  });
});

describe('one set of unsafe characters for echoes and names', () => {
  // Each is spelled out when echoed and removed from a name: the two never disagree.
  it.each([
    ['NUL', '\u0000'],
    ['a C1 control', '\u0085'],
    ['a zero-width space', '\u200B'],
    ['a right-to-left override', '\u202E'],
    ['an isolate', '\u2066'],
    ['a word joiner', '\u2060'],
    ['a byte-order mark', '\uFEFF'],
    ['a lone surrogate', '\uD800'],
  ])('%s', (_name, character) => {
    const code = character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    expect(echoable(`a${character}b`)).toBe(`a[U+${code}]b`);
    expect(cleanText(`a${character}b`, 40)).toEqual({
      text: 'ab',
      neutralised: true,
      shortened: false,
    });
  });

  it('keeps joiners, which scripts and emoji need', () => {
    expect(echoable('👩\u200D💻')).toBe('👩\u200D💻');
    expect(cleanText('👩\u200D💻', 40).text).toBe('👩\u200D💻');
  });
});

describe('describeIgnoredSegments', () => {
  it('marks the link’s own text apart from the app’s words', () => {
    const [part] = decode('kind=api&kind=%D7%A9%D7%9C%D7%95%D7%9D').ignored;
    const segments = describeIgnoredSegments(part!);
    expect(segments.filter((segment) => segment.echoed).map((segment) => segment.text)).toEqual([
      'kind=שלום',
      'kind',
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(describeIgnored(part!));
    expect(describeIgnored(part!)).toBe(
      'We ignored “kind=שלום”: “kind” appears more than once and the first one counts.',
    );
  });
});

describe('a link with thousands of ignored parts', () => {
  const junk = Array.from({ length: 2000 }, (_, index) => `junk${index}=x`).join('&');

  it('lists the first few and counts the rest', () => {
    const { shown, moreCount } = summarizeIgnored(decode(`kind=api&${junk}`).ignored);
    expect(shown.map((part) => part.key)).toEqual(['junk0', 'junk1', 'junk2', 'junk3', 'junk4']);
    expect(IGNORED_PARTS_SHOWN).toBe(5);
    expect(moreCount).toBe(1995);
    expect(moreIgnoredText(moreCount)).toBe('…and 1,995 more.');
  });

  it('lists every part when there are only a few', () => {
    const { shown, moreCount } = summarizeIgnored(decode('a=1&b=2&c=3&d=4&e=5').ignored);
    expect(shown).toHaveLength(5);
    expect(moreCount).toBe(0);
  });
});
