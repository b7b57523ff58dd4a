/**
 * Links pasted into the team page as people paste them: from chat apps and mail, wrapped, followed
 * by punctuation, HTML-escaped, inside a message, several at once. Every link the app writes comes
 * back whole, whatever surrounds it, so no answer (the last one, a must-have, least of all) is lost.
 */
import fc from 'fast-check';
import { describeIgnored } from '../../src/domain/links/ignored-text';
import {
  findLinksInText,
  readPastedLink,
  readPastedText,
  type FoundLink,
} from '../../src/domain/links/pasted-link';
import { encodeShareQuery } from '../../src/domain/links/share-link';
import {
  cleanMemberName,
  encodeTeamQuery,
  MAX_TEAM_MEMBERS,
  nameKey,
  type Team,
} from '../../src/domain/links/team-link';
import { createCatalog, CURRENT_MODEL_ID, MODEL_CATALOG } from '../../src/domain/model-catalog';
import { DECLARATION_2026_11 } from '../../src/domain/models/declaration-2026-11';
import { answersArbitrary } from './team-fixtures';

const ONLY_2026_11 = createCatalog([DECLARATION_2026_11]);

/** A link as the app writes it, on any origin and base, or as a bare path. */
const originArbitrary = fc.constantFrom(
  'https://picker.example.com',
  'http://127.0.0.1:4173',
  'https://intranet.example.org/picker',
  '',
);

/** Names as the page keeps them: any text, punctuation and other scripts included. */
const nameArbitrary = fc
  .string({ unit: 'grapheme', maxLength: 30 })
  .map(cleanMemberName)
  .filter((name) => name !== '');

// Links as written today: under the current model, whose answers the fixtures draw.
const resultLinkArbitrary = fc
  .tuple(originArbitrary, fc.boolean(), answersArbitrary)
  .filter(([, , answers]) => Object.keys(answers).length > 0)
  .map(
    ([origin, embed, answers]) =>
      `${origin}${embed ? '/embed' : ''}/result?${encodeShareQuery(answers, CURRENT_MODEL_ID)}`,
  );

const teamLinkArbitrary = fc
  .record({
    origin: originArbitrary,
    name: fc.option(nameArbitrary, { nil: '' }),
    lead: fc.option(nameArbitrary, { nil: undefined }),
    expected: fc.uniqueArray(nameArbitrary, { maxLength: 3, selector: nameKey }),
    members: fc.array(
      fc.record({ name: fc.option(nameArbitrary, { nil: '' }), answers: answersArbitrary }),
      {
        maxLength: 4,
      },
    ),
  })
  .map(({ origin, name, lead, expected, members }) => {
    const team: Team = {
      modelId: CURRENT_MODEL_ID,
      name,
      ...(lead === undefined ? {} : { lead }),
      ...(expected.length === 0 ? {} : { expected }),
      members: members.map((member) => ({ ...member, modelId: CURRENT_MODEL_ID })),
    };
    return `${origin}/team?${encodeTeamQuery(team)}`;
  });

const linkArbitrary = fc.oneof(resultLinkArbitrary, teamLinkArbitrary);

/** What a chat app, a mail client or a person does to a link on its way. */
const wrapArbitrary = fc.constantFrom<(link: string) => string>(
  (link) => link,
  (link) => `<${link}>`,
  (link) => `<URL:${link}>`,
  (link) => `"${link}"`,
  (link) => `“${link}”`,
  (link) => `'${link}'`,
  (link) => `(${link})`,
  (link) => `[${link}]`,
  (link) => `[my answers](${link})`,
  (link) => `[${link}](${link})`,
  (link) => `<${link}|my answers>`,
  (link) => `*${link}*`,
  (link) => `_${link}_`,
  (link) => `\`${link}\``,
  (link) => `Ben:${link}`,
);
const trailingArbitrary = fc.constantFrom(
  '',
  '.',
  ',',
  '!',
  '?',
  ';',
  ':',
  '…',
  '.)',
  '!!',
  '?"',
  ').',
);
/** HTML-escaping of `&`, once or twice over, as mail and web pages do. */
const escapeArbitrary = fc.constantFrom<(text: string) => string>(
  (text) => text,
  (text) => text.replace(/&/g, '&amp;'),
  (text) => text.replace(/&/g, '&amp;amp;'),
  (text) => text.replace(/&/g, '&#38;'),
);
/** Text around links: words with no link in them. */
const wordsArbitrary = fc
  .array(
    fc.constantFrom(
      'Here',
      'is',
      'my',
      'reply',
      'thanks!',
      'Ben:',
      '—',
      'see',
      '🙂',
      '(sent',
      'from',
      'phone)',
      '>',
      'Re:',
    ),
    { maxLength: 6 },
  )
  .map((words) => words.join(' '));

/** A link as it arrives: wrapped, followed by punctuation, maybe escaped, in a sentence. */
const pastedArbitrary = fc
  .tuple(
    linkArbitrary,
    wrapArbitrary,
    trailingArbitrary,
    escapeArbitrary,
    wordsArbitrary,
    wordsArbitrary,
  )
  .map(([link, wrap, trailing, escape, before, after]) => ({
    link,
    text: [before, escape(wrap(link)) + trailing, after].filter((part) => part !== '').join(' '),
  }));

const separatorArbitrary = fc.constantFrom('\n', '\r\n', '\n\n', ' ', ', ', ' and ', '\n> ');

describe('findLinksInText', () => {
  it('finds every link the app writes, whole, however it was wrapped, escaped or surrounded', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(pastedArbitrary, { minLength: 1, maxLength: 5, selector: (p) => p.link }),
        separatorArbitrary,
        (pasted, separator) => {
          const text = pasted.map((entry) => entry.text).join(separator);
          expect(findLinksInText(text)).toEqual(pasted.map((entry) => entry.link));
        },
      ),
      { numRuns: 600 },
    );
  });

  it('rejoins a link that a mail client broke over lines inside <…> (RFC 3986, appendix C)', () => {
    fc.assert(
      fc.property(linkArbitrary, fc.array(fc.nat(), { maxLength: 4 }), (link, cuts) => {
        let broken = link;
        for (const cut of cuts) {
          const at = cut % (broken.length + 1);
          broken = `${broken.slice(0, at)}\n  ${broken.slice(at)}`;
        }
        expect(findLinksInText(`Reply:\n<${broken}>\nBen`)).toEqual([link]);
      }),
      { numRuns: 300 },
    );
  });

  it('drops the invisible characters apps put into long links', () => {
    const link = 'https://picker.example.com/result?v=1&data=2027-01&kind=api&docs=must';
    const sprinkled = link.replace(/=/g, '=\u200B').replace(/&/g, '\u00AD&');
    expect(findLinksInText(`\u2060${sprinkled}\uFEFF`)).toEqual([link]);
  });

  it('reads the same link pasted twice once, and leaves plain words alone', () => {
    const link = 'https://picker.example.com/team?t=1&data=2027-01&m=Eve~kind-api';
    expect(findLinksInText(`${link}\n${link}.\n<${link}>`)).toEqual([link]);
    expect(findLinksInText('Look at the /result page or the team? Thanks.')).toEqual([]);
  });

  it('finds links glued together and other web addresses', () => {
    expect(
      findLinksInText(
        'https://a.example/result?v=1&kind=api https://b.example/x,https://c.example/team?t=1&m=Ana~',
      ),
    ).toEqual([
      'https://a.example/result?v=1&kind=api',
      'https://b.example/x',
      'https://c.example/team?t=1&m=Ana~',
    ]);
  });
});

/** What a link gives the team: its members' names, models and answers. */
function membersOf(link: FoundLink) {
  if (link.kind === 'result') return [{ name: '', modelId: link.modelId, answers: link.answers }];
  if (link.kind === 'team') return link.decoded.team.members;
  return [];
}

describe('readPastedText', () => {
  it('reads each pasted link as the link itself reads: no answer lost, nothing ignored', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(pastedArbitrary, { minLength: 1, maxLength: 4, selector: (p) => p.link }),
        (pasted) => {
          const read = readPastedText(pasted.map((entry) => entry.text).join('\n'), MODEL_CATALOG);
          expect(read.others).toEqual([]);
          expect(read.links).toHaveLength(pasted.length);
          read.links.forEach((link, index) => {
            const alone = readPastedLink(pasted[index]?.link ?? '', MODEL_CATALOG);
            expect(alone.kind).not.toBe('not-a-link');
            expect(membersOf(link)).toEqual(membersOf(alone as FoundLink));
            expect(link.kind === 'result' ? link.ignored : []).toEqual([]);
            expect(link.kind === 'team' ? link.decoded.ignored : []).toEqual([]);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the last answer of a link wrapped in <…> or ending a sentence (the must-have)', () => {
    const link =
      'https://picker.example.com/result?v=1&amp;data=2027-01&amp;kind=api&amp;async=important&amp;docs=must';
    for (const text of [`<${link}>`, `${link}.`, `Here: ${link}!`, `"${link}"`]) {
      const [read] = readPastedText(text, MODEL_CATALOG).links;
      expect(read).toEqual({
        kind: 'result',
        answers: { kind: 'api', async: 'important', docs: 'must' },
        modelId: '2027-01',
        ignored: [],
      });
    }
  });

  it('names other web addresses and keeps links from a newer version apart', () => {
    const read = readPastedText(
      'See https://example.com/docs and https://x.example/result?v=3&kind=api, then /result?kind=api',
      ONLY_2026_11,
    );
    expect(read.others).toEqual(['https://example.com/docs']);
    expect(read.links).toEqual([
      { kind: 'newer', version: 3 },
      { kind: 'result', answers: { kind: 'api' }, modelId: '2026-11', ignored: [] },
    ]);
  });

  it('echoes a hostile address only as safe text, and reads what a broken link still holds', () => {
    const read = readPastedText(
      'https://evil.example/\u202Egnp.exe https://x.example/result?v=1&kind=api&docs=mu',
      ONLY_2026_11,
    );
    expect(read.others).toEqual(['https://evil.example/[U+202E]gnp.exe']);
    const [link] = read.links;
    expect(link?.kind === 'result' && link.ignored.map(describeIgnored)).toEqual([
      // A cut-off value is never applied, only suggested (docs/share-link-scheme.md).
      'We ignored “docs=mu”: not a known answer. Did you mean “docs=must”?',
    ]);
  });

  it('never throws, and never finds more links than the members a team could take', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const read = readPastedText(text, MODEL_CATALOG);
        for (const link of read.links) {
          if (link.kind === 'team') {
            expect(link.decoded.team.members.length).toBeLessThanOrEqual(MAX_TEAM_MEMBERS);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('readPastedLink', () => {
  it('reads a full or embed result link from any origin, with or without a base path', () => {
    for (const link of [
      'https://picker.example.com/result?v=1&data=2026-11&kind=api&async=must',
      '  http://127.0.0.1:4173/picker/result?v=1&kind=api&async=must  ',
      'https://blog.example.org/embed/result?v=1&kind=api&async=must&theme=dark',
      '/result?kind=api&async=must',
    ]) {
      expect(readPastedLink(link, ONLY_2026_11)).toEqual({
        kind: 'result',
        answers: { kind: 'api', async: 'must' },
        modelId: '2026-11',
        ignored: [],
      });
    }
  });

  it('reads another team link as its members', () => {
    const pasted = readPastedLink('https://x.example/team?t=1&m=Ana~kind-api', ONLY_2026_11);
    expect(pasted).toMatchObject({
      kind: 'team',
      decoded: {
        team: { members: [{ name: 'Ana', modelId: '2026-11', answers: { kind: 'api' } }] },
      },
    });
  });

  it('turns away text that is no result or team link, and links from newer versions', () => {
    for (const text of [
      '',
      'hello',
      'https://example.com/',
      'https://x.example/result',
      'http://[',
    ]) {
      expect(readPastedLink(text, ONLY_2026_11)).toEqual({ kind: 'not-a-link' });
    }
    expect(readPastedLink('https://x.example/result?v=3&kind=api', ONLY_2026_11)).toEqual({
      kind: 'newer',
      version: 3,
    });
  });
});
