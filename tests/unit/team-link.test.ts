import fc from 'fast-check';
import { describeIgnored } from '../../src/domain/links/ignored-text';
import {
  MAX_DECISION_NAME_LENGTH,
  MAX_EXPECTED_NAMES,
  MAX_MEMBER_NAME_LENGTH,
  MAX_TEAM_MEMBERS,
  cleanMemberName,
  decodeTeamQuery,
  encodeTeamQuery,
  nameKey,
  type Team,
} from '../../src/domain/links/team-link';
import {
  createCatalog,
  CURRENT_MODEL_ID,
  findModel,
  MODEL_CATALOG,
  type ModelCatalog,
} from '../../src/domain/model-catalog';
import { DECLARATION_2026_11 } from '../../src/domain/models/declaration-2026-11';
import { QUESTIONS, isAnswerValue, type Answers } from '../../src/domain/questions';
import { answersArbitrary } from './team-fixtures';

/** An app that ships only model 2026-11. */
const ONLY_2026_11 = createCatalog([DECLARATION_2026_11]);
const decode = (search: string, catalog: ModelCatalog = ONLY_2026_11) =>
  decodeTeamQuery(search, catalog);

/** A name as the page leaves it: what the encoder is given. */
const nameArbitrary = fc.string({ unit: 'grapheme', maxLength: 60 }).map(cleanMemberName);

/** The longest value of each question: the worst case for a link's length. */
function longestAnswers(): Answers {
  const answers: Record<string, string> = {};
  for (const question of QUESTIONS) {
    const longest = [...question.options].sort((a, b) => b.value.length - a.value.length)[0];
    if (longest) answers[question.id] = longest.value;
  }
  return answers as Answers;
}

/** Characters no name may keep: controls, bidirectional overrides and isolates. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('encodeTeamQuery', () => {
  it('writes t, data, the decision name, then one m per member in the team’s order', () => {
    const team: Team = {
      modelId: '2026-11',
      name: 'Billing API',
      members: [
        {
          name: 'Ana',
          modelId: '2026-11',
          answers: { kind: 'api', async: 'must', docs: 'important' },
        },
        { name: '', modelId: '2026-11', answers: { orm: 'sqlalchemy', kind: 'micro' } },
        { name: 'Bo~Li & co', modelId: '2026-11', answers: {} },
        { name: 'Cy', modelId: '2027-01', answers: { codebase: 'django' } },
      ],
    };
    expect(encodeTeamQuery(team)).toBe(
      't=1&data=2026-11&name=Billing%20API&m=Ana~kind-api.async-must.docs-important&m=~kind-micro.orm-sqlalchemy&m=Bo%7ELi%20%26%20co~&m=Cy~data-2027-01.codebase-django',
    );
  });

  it('writes who asked and who is expected after the name, before the members', () => {
    const team: Team = {
      modelId: '2027-01',
      name: 'Billing API v2.',
      lead: 'Ana (lead)',
      expected: ['Ben', 'Cy_Jr.'],
      members: [{ name: 'Ana (lead)', modelId: '2027-01', answers: { kind: 'api' } }],
    };
    // Punctuation in names is percent-encoded too, so no link we write ends with a full stop,
    // a bracket or an underscore that a chat app would take for the end of the sentence.
    expect(encodeTeamQuery(team)).toBe(
      't=1&data=2027-01&name=Billing%20API%20v2%2E&lead=Ana%20%28lead%29&expect=Ben&expect=Cy%5FJr%2E&m=Ana%20%28lead%29~kind-api',
    );
    expect(encodeTeamQuery({ ...team, members: [] })).toMatch(/expect=Cy%5FJr%2E$/);
  });

  it('keeps a team of eight with every question answered under 2,000 characters', () => {
    const members = Array.from({ length: 8 }, (_, index) => ({
      name: `Teammate ${index + 1} with a long name`.padEnd(MAX_MEMBER_NAME_LENGTH, 'x'),
      modelId: '2027-01',
      answers: longestAnswers(),
    }));
    const team: Team = {
      modelId: '2027-01',
      name: 'x'.repeat(MAX_DECISION_NAME_LENGTH),
      members,
    };
    const url = `https://picker.example.com/team?${encodeTeamQuery(team)}`;
    expect(Object.keys(longestAnswers())).toHaveLength(QUESTIONS.length);
    expect(url.length).toBeGreaterThan(1000);
    expect(url.length).toBeLessThan(2000);
  });
});

describe('decodeTeamQuery', () => {
  it('round-trips any team', () => {
    fc.assert(
      fc.property(
        nameArbitrary,
        fc.array(
          fc.record({
            name: nameArbitrary,
            modelId: fc.constantFrom(...MODEL_CATALOG.models.map((model) => model.id)),
            answers: answersArbitrary,
          }),
          { maxLength: MAX_TEAM_MEMBERS },
        ),
        fc.option(
          nameArbitrary.filter((lead) => lead !== ''),
          { nil: undefined },
        ),
        fc.uniqueArray(
          nameArbitrary.filter((expected) => expected !== ''),
          {
            maxLength: MAX_EXPECTED_NAMES,
            selector: nameKey,
          },
        ),
        (name, drawn, lead, expected) => {
          // Each member holds only what their model asks, as the page only ever writes that.
          const members = drawn.map((member) => {
            const model = findModel(MODEL_CATALOG, member.modelId);
            const asked = (id: string, value: string) =>
              model?.questions.find((q) => q.id === id)?.values.includes(value) ?? false;
            return {
              ...member,
              answers: Object.fromEntries(
                Object.entries(member.answers).filter(([id, value]) => asked(id, value as string)),
              ),
            };
          });
          const team: Team = {
            modelId: '2026-11',
            name,
            ...(lead === undefined ? {} : { lead }),
            ...(expected.length === 0 ? {} : { expected }),
            members,
          };
          const decoded = decode(`?${encodeTeamQuery(team)}`, MODEL_CATALOG);
          expect(decoded.ignored).toEqual([]);
          expect(decoded.newerScheme).toBeUndefined();
          expect(decoded.team).toEqual(team);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads frozen team links as they were written', () => {
    expect(
      decode('?t=1&data=2026-11&name=Billing%20API&m=Ana~kind-api.async-must&m=~orm-sqlalchemy'),
    ).toEqual({
      team: {
        modelId: '2026-11',
        name: 'Billing API',
        members: [
          { name: 'Ana', modelId: '2026-11', answers: { kind: 'api', async: 'must' } },
          { name: '', modelId: '2026-11', answers: { orm: 'sqlalchemy' } },
        ],
      },
      modelNamed: true,
      newerScheme: undefined,
      ignored: [],
    });
    // Written before `lead` and `expect` existed, and read exactly as then: neither is there.
    const old = decode('?t=1&data=2026-11&name=Billing%20API&m=Ana~kind-api').team;
    expect(Object.keys(old)).toEqual(['modelId', 'name', 'members']);
    // A bare start: no members yet, the model pinned.
    expect(decode('t=1&data=2026-11')).toMatchObject({
      team: { modelId: '2026-11', name: '', members: [] },
      ignored: [],
    });
  });

  it('reads a missing t as 1 and a missing data as 2026-11, like a share link', () => {
    const decoded = decode('m=Ana~kind-api', MODEL_CATALOG);
    expect(decoded.team.modelId).toBe('2026-11');
    expect(decoded.modelNamed).toBe(false);
    expect(decoded.newerScheme).toBeUndefined();
    expect(decoded.team.members).toEqual([
      { name: 'Ana', modelId: '2026-11', answers: { kind: 'api' } },
    ]);
  });

  it('starts a team with no link at all on the current model', () => {
    expect(decode('', MODEL_CATALOG)).toMatchObject({
      team: { modelId: MODEL_CATALOG.current.id, name: '', members: [] },
      modelNamed: false,
      ignored: [],
    });
  });

  it('keeps each member’s own model, and drops and names what that model does not ask', () => {
    const decoded = decode(
      't=1&data=2026-11&m=Ana~data-2027-01.kind-dashboard.codebase-django&m=Bo~kind-dashboard.codebase-django&m=Cy~data-3000-01.kind-api',
      MODEL_CATALOG,
    );
    expect(decoded.team.members).toEqual([
      { name: 'Ana', modelId: '2027-01', answers: { kind: 'dashboard', codebase: 'django' } },
      { name: 'Bo', modelId: '2026-11', answers: {} },
      { name: 'Cy', modelId: '2026-11', answers: { kind: 'api' } },
    ]);
    expect(decoded.ignored.map(describeIgnored)).toEqual([
      'We ignored the answer “kind=dashboard” (member 2): scoring model 2026-11, which this uses, does not know that answer.',
      'We ignored the answer “codebase=django” (member 2): scoring model 2026-11, which this uses, does not ask it.',
      'We ignored the answer “data=3000-01” (member 3): we do not know that scoring model, so we used today’s.',
    ]);
  });

  it('reads who asked and who is expected, each name cleaned, repeated names and extras named', () => {
    const names = Array.from({ length: MAX_EXPECTED_NAMES + 3 }, (_, index) => `expect=P${index}`);
    const decoded = decode(
      [
        't=1&data=2026-11&lead=%20Ana%E2%80%AE%20&lead=Bo',
        'expect=Ben&expect=&expect=BEN&expect=Cy',
        ...names,
        `expect=${'x'.repeat(2000)}`,
        'm=Ana~kind-api',
      ].join('&'),
    );
    expect(decoded.team.lead).toBe('Ana');
    expect(decoded.team.expected).toEqual([
      'Ben',
      'Cy',
      ...Array.from({ length: MAX_EXPECTED_NAMES - 2 }, (_, index) => `P${index}`),
    ]);
    expect(decoded.ignored.map(describeIgnored)).toEqual([
      'We ignored “lead=Bo”: “lead” appears more than once and the first one counts.',
      'We removed control, direction or invisible characters from a name.',
      'We ignored “expect=BEN”: that name is already on the list of who is expected.',
      'We ignored a name of someone expected: it is too long to be one we wrote.',
      'We left out 5 names of who is expected: a team link lists at most 20.',
    ]);
  });

  it('flags a newer scheme and names a malformed one', () => {
    expect(decode('t=2&m=~kind-api').newerScheme).toBe(2);
    const bad = decode('t=one&m=~kind-api');
    expect(bad.newerScheme).toBeUndefined();
    expect(bad.ignored).toEqual([{ key: 't', value: 'one', reason: 'bad-version' }]);
  });

  it('uses the current model for an unknown data and names it', () => {
    const decoded = decode('t=1&data=1999-01&m=~kind-api', MODEL_CATALOG);
    expect(decoded.team.modelId).toBe(CURRENT_MODEL_ID);
    expect(decoded.ignored).toEqual([{ key: 'data', value: '1999-01', reason: 'unknown-model' }]);
  });

  it('names unknown keys, repeated keys and bad answers, and keeps every valid part', () => {
    const decoded = decode(
      't=1&data=2026-11&name=A&name=B&v=1&m=Ana~kind-api.kind-ml.async-always.colour-blue.perf&m=Bo~docs-must',
    );
    expect(decoded.team).toEqual({
      modelId: '2026-11',
      name: 'A',
      members: [
        { name: 'Ana', modelId: '2026-11', answers: { kind: 'api' } },
        { name: 'Bo', modelId: '2026-11', answers: { docs: 'must' } },
      ],
    });
    expect(decoded.ignored).toEqual([
      { key: 'name', value: 'B', reason: 'repeated' },
      { key: 'v', value: '1', reason: 'not-a-team-key' },
      { key: 'kind', value: 'ml', reason: 'repeated-question', member: 1 },
      { key: 'async', value: 'always', reason: 'unknown-value', member: 1 },
      { key: 'colour', value: 'blue', reason: 'unknown-key', member: 1 },
      { key: 'perf', value: '', reason: 'unknown-value', member: 1 },
    ]);
    for (const part of decoded.ignored) expect(describeIgnored(part)).toMatch(/^We /);
  });

  it('keeps at most twenty members and names how many it left out', () => {
    const query = Array.from({ length: 100 }, (_, index) => `m=P${index}~kind-api`).join('&');
    const decoded = decode(query);
    expect(decoded.team.members).toHaveLength(MAX_TEAM_MEMBERS);
    expect(decoded.team.members.at(-1)?.name).toBe('P19');
    expect(decoded.ignored).toEqual([
      { key: 'm', value: '', reason: 'too-many-members', count: 80, limit: MAX_TEAM_MEMBERS },
    ]);
    expect(describeIgnored(decoded.ignored[0]!)).toBe(
      'We left out 80 members: a team link holds at most 20.',
    );
  });

  it('ignores an over-long part and shortens an over-long name, naming both', () => {
    const decoded = decode(
      `m=${'a'.repeat(5000)}~kind-api&m=${'b'.repeat(60)}~kind-ml&name=${'c'.repeat(200)}`,
    );
    expect(decoded.team.members).toEqual([
      { name: 'b'.repeat(MAX_MEMBER_NAME_LENGTH), modelId: '2026-11', answers: { kind: 'ml' } },
    ]);
    expect(decoded.team.name).toBe('c'.repeat(MAX_DECISION_NAME_LENGTH));
    expect(decoded.ignored.map((part) => [part.reason, part.member])).toEqual([
      ['too-long', 1],
      ['name-shortened', 2],
      ['name-shortened', undefined],
    ]);
    expect(decoded.ignored.map(describeIgnored)).toEqual([
      'We ignored member 1: that part of the link is too long to be one we wrote.',
      'We shortened a name (member 2) to 40 characters.',
      'We shortened a name to 80 characters.',
    ]);
  });

  it('neutralises control and direction characters in names and says so', () => {
    const hostile = encodeURIComponent('Eve\u202Egnp.exe\u0000\n<script>alert(1)</script>');
    const decoded = decode(`m=${hostile}~kind-api`);
    const [member] = decoded.team.members;
    // Text, never markup: the page shows it escaped, as a name.
    expect(member?.name).toBe('Evegnp.exe <script>alert(1)</script>');
    expect(member?.name).not.toMatch(UNSAFE_IN_NAME);
    expect(decoded.ignored).toEqual([
      { key: 'm', value: expect.stringContaining('Eve'), reason: 'name-neutralised', member: 1 },
    ]);
  });

  it('never throws on arbitrary input and only ever yields valid, limited members', () => {
    const token = fc.oneof(
      fc.constantFrom('t', 'data', 'name', 'm', '~', '.', '-', '%', '%E0%A4%A', '<script>', '&'),
      fc.constantFrom(...QUESTIONS.map((question) => `${question.id}-`)),
      fc.constantFrom(...QUESTIONS.flatMap((question) => question.options.map((o) => o.value))),
      fc.string({ unit: 'binary', maxLength: 30 }),
    );
    const queryText = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.array(token, { maxLength: 80 }).map((tokens) => tokens.join('')),
      fc
        .array(fc.tuple(fc.constantFrom('m', 'name', 't', 'lead', 'expect'), fc.array(token)), {
          maxLength: 40,
        })
        .map((pairs) => pairs.map(([key, tokens]) => `${key}=${tokens.join('')}`).join('&')),
    );
    fc.assert(
      fc.property(queryText, (search) => {
        const decoded = decode(search);
        expect(decoded.team.members.length).toBeLessThanOrEqual(MAX_TEAM_MEMBERS);
        expect(Array.from(decoded.team.name).length).toBeLessThanOrEqual(MAX_DECISION_NAME_LENGTH);
        const expected = decoded.team.expected ?? [];
        expect(expected.length).toBeLessThanOrEqual(MAX_EXPECTED_NAMES);
        expect(new Set(expected.map(nameKey)).size).toBe(expected.length);
        for (const name of [decoded.team.lead ?? '', ...expected]) {
          expect(Array.from(name).length).toBeLessThanOrEqual(MAX_MEMBER_NAME_LENGTH);
          expect(name).not.toMatch(UNSAFE_IN_NAME);
        }
        for (const member of decoded.team.members) {
          expect(Array.from(member.name).length).toBeLessThanOrEqual(MAX_MEMBER_NAME_LENGTH);
          expect(member.name).not.toMatch(UNSAFE_IN_NAME);
          for (const [id, value] of Object.entries(member.answers)) {
            const question = QUESTIONS.find((q) => q.id === id);
            expect(question && isAnswerValue(question.id, value)).toBe(true);
          }
        }
        for (const part of decoded.ignored) {
          expect(part.key.length + part.value.length).toBeLessThanOrEqual(122);
          expect(typeof describeIgnored(part)).toBe('string');
        }
        // What was read writes back and reads again the same: the page's link never drifts.
        expect(decode(encodeTeamQuery(decoded.team)).team).toEqual(decoded.team);
      }),
      { numRuns: 500 },
    );
  });
});

describe('cleanMemberName', () => {
  it('keeps scripts, emoji and their joiners, and isolates nothing away', () => {
    expect(cleanMemberName('  Zoë   van  Dijk ')).toBe('Zoë van Dijk');
    expect(cleanMemberName('محمد')).toBe('محمد');
    expect(cleanMemberName('👩‍💻 Dev')).toBe('👩‍💻 Dev');
  });

  it('never cuts a character in half', () => {
    expect(cleanMemberName('😀'.repeat(50))).toBe('😀'.repeat(MAX_MEMBER_NAME_LENGTH));
  });
});
