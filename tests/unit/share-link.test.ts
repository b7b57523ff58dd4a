import fc from 'fast-check';
import { describeIgnored } from '../../src/domain/links/ignored-text';
import {
  decodeShareQuery,
  encodeShareQuery,
  parseHttpOrigin,
  readOriginField,
} from '../../src/domain/links/share-link';
import { createCatalog, type ModelCatalog } from '../../src/domain/model-catalog';
import { questionsOf } from '../../src/domain/model-rules';
import { DECLARATION_2026_11 } from '../../src/domain/models/declaration-2026-11';
import { DECLARATION_2027_01 } from '../../src/domain/models/declaration-2027-01';
import { QUESTIONS, type Answers, type Question } from '../../src/domain/questions';

/** An app that ships only model 2026-11. */
const ONLY_2026_11 = createCatalog([DECLARATION_2026_11]);
/** An app that ships 2026-11 and a later model that asks what 2027-01 asks. */
const WITH_2027_05 = createCatalog([
  DECLARATION_2026_11,
  { ...DECLARATION_2027_01, id: '2027-05' },
]);
const decode = (
  search: string,
  { embed = false, catalog = ONLY_2026_11 }: { embed?: boolean; catalog?: ModelCatalog } = {},
) => decodeShareQuery(search, catalog, { embed });

/** Every possible set of answers to `questions`: each answered with any value, or skipped. */
function* everyAnswerCombination(questions: readonly Question[]): Generator<Answers> {
  function* from(index: number, partial: Record<string, string>): Generator<Answers> {
    const question = questions[index];
    if (!question) {
      yield partial as Answers;
      return;
    }
    yield* from(index + 1, partial);
    for (const option of question.options) {
      yield* from(index + 1, { ...partial, [question.id]: option.value });
    }
  }
  yield* from(0, {});
}

describe('encodeShareQuery', () => {
  it('writes v, data, then each answered question in wizard order', () => {
    const answers: Answers = { perf: 'important', kind: 'api', docs: 'must', async: 'must' };
    expect(encodeShareQuery(answers, '2026-11')).toBe(
      'v=1&data=2026-11&kind=api&async=must&perf=important&docs=must',
    );
  });

  it('keeps a fully answered link under 200 characters with the path', () => {
    // The longest value of every question gives the longest link.
    const longestAnswers = Object.fromEntries(
      QUESTIONS.map((question) => [
        question.id,
        question.options
          .map((option) => option.value as string)
          .reduce((a, b) => (b.length > a.length ? b : a)),
      ]),
    ) as Answers;
    const longest = `https://picker.example.com/result?${encodeShareQuery(longestAnswers, '2027-01')}`;
    expect(longest.length).toBeGreaterThan(100);
    expect(longest.length).toBeLessThan(200);
  });
});

describe('decodeShareQuery', () => {
  it('round-trips every possible combination of answers', () => {
    let count = 0;
    const mismatches: string[] = [];
    for (const answers of everyAnswerCombination(questionsOf(DECLARATION_2026_11))) {
      const query = encodeShareQuery(answers, '2026-11');
      const decoded = decode(`?${query}`);
      // Both sides list answers in question order, so their JSON is equal exactly when they are.
      if (
        JSON.stringify(decoded.answers) !== JSON.stringify(answers) ||
        decoded.ignored.length > 0
      ) {
        mismatches.push(query);
      }
      count += 1;
    }
    expect(mismatches).toEqual([]);
    // 6 × 5 × 5 × 5 × 5 × 5 × 4 × 6: every value of every question, or skipped.
    expect(count).toBe(450_000);
  }, 60_000);

  it('reads a missing v as 1 and a missing data as the first model, 2026-11', () => {
    const decoded = decode('kind=api', { catalog: WITH_2027_05 });
    expect(decoded).toMatchObject({
      answers: { kind: 'api' },
      modelId: '2026-11',
      modelNamed: false,
      newerScheme: undefined,
      ignored: [],
    });
  });

  it('names a malformed v and reads the link as version 1', () => {
    const decoded = decode('v=01&kind=api');
    expect(decoded.newerScheme).toBeUndefined();
    expect(decoded.answers).toEqual({ kind: 'api' });
    expect(decoded.ignored).toEqual([{ key: 'v', value: '01', reason: 'bad-version' }]);
  });

  it('flags a scheme newer than this app knows', () => {
    expect(decode('v=2&kind=api').newerScheme).toBe(2);
    expect(decode('v=1&kind=api').newerScheme).toBeUndefined();
  });

  it('uses the current model for an unknown data and names it', () => {
    const decoded = decode('v=1&data=1999-01&kind=api', { catalog: WITH_2027_05 });
    expect(decoded.modelId).toBe('2027-05');
    expect(decoded.ignored).toEqual([{ key: 'data', value: '1999-01', reason: 'unknown-model' }]);
  });

  it('keeps a known older model so an old link reproduces its result', () => {
    expect(decode('data=2026-11', { catalog: WITH_2027_05 })).toMatchObject({
      modelId: '2026-11',
      modelNamed: true,
    });
  });

  it('drops and names what the link’s model does not ask, whatever a newer model asks', () => {
    const decoded = decode('data=2026-11&kind=dashboard&codebase=django&async=must', {
      catalog: WITH_2027_05,
    });
    expect(decoded.answers).toEqual({ async: 'must' });
    expect(decoded.ignored).toEqual([
      { key: 'kind', value: 'dashboard', reason: 'value-not-in-model', model: '2026-11' },
      { key: 'codebase', value: 'django', reason: 'not-in-model', model: '2026-11' },
    ]);
    expect(describeIgnored(decoded.ignored[1]!)).toBe(
      'We ignored “codebase=django”: scoring model 2026-11, which this uses, does not ask it.',
    );
  });

  it('keeps the first of repeated keys and names the others', () => {
    const decoded = decode('kind=api&kind=webapp&async=must&async=banana');
    expect(decoded.answers).toEqual({ kind: 'api', async: 'must' });
    expect(decoded.ignored.map((part) => [part.key, part.value, part.reason])).toEqual([
      ['kind', 'webapp', 'repeated'],
      ['async', 'banana', 'repeated'],
    ]);
  });

  it('names unknown keys and unknown values and keeps every valid answer', () => {
    const decoded = decode('kind=api&async=banana&colour=blue&perf=must');
    expect(decoded.answers).toEqual({ kind: 'api', perf: 'must' });
    expect(decoded.ignored).toEqual([
      { key: 'async', value: 'banana', reason: 'unknown-value' },
      { key: 'colour', value: 'blue', reason: 'unknown-key' },
    ]);
    expect(describeIgnored(decoded.ignored[0]!)).toBe(
      'We ignored “async=banana”: not a known answer.',
    );
  });

  it('treats theme and parentOrigin as known keys only on embed URLs', () => {
    expect(decode('theme=dark').ignored).toEqual([
      { key: 'theme', value: 'dark', reason: 'unknown-key' },
    ]);
    const embedded = decode('theme=dark&parentOrigin=https%3A%2F%2Fblog.example.com', {
      embed: true,
    });
    expect(embedded).toMatchObject({
      theme: 'dark',
      parentOrigin: 'https://blog.example.com',
      ignored: [],
    });
    const bad = decode('theme=neon&parentOrigin=javascript:alert(1)', { embed: true });
    expect(bad).toMatchObject({
      theme: 'auto',
      parentOrigin: undefined,
      parentOriginInvalid: true,
    });
    expect(bad.ignored.map((part) => part.reason)).toEqual(['unknown-value', 'bad-origin']);
  });

  it.each([
    ['malformed percent-encoding', 'kind=%E0%A4%A&async=must'],
    ['a lone percent sign', 'kind=%&async=must'],
    ['a script payload', 'kind=<script>alert(1)</script>&async=must'],
    ['a javascript: URL', 'kind=javascript:alert(1)&async=must'],
    ['a NUL byte', 'kind=api%00&async=must'],
    ['an HTML key', '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1&async=must'],
    ['empty pairs and values', '&&kind=&=&async=must&'],
    ['a 100 KB value', `kind=${'a'.repeat(100_000)}&async=must`],
    ['a 100 KB key', `${'k'.repeat(100_000)}=1&async=must`],
  ])('survives %s, keeping the valid answer and a short notice', (_label, search) => {
    const decoded = decode(search);
    expect(decoded.answers).toEqual({ async: 'must' });
    expect(decoded.ignored.length).toBeGreaterThan(0);
    for (const part of decoded.ignored) {
      expect(part.key.length + part.value.length).toBeLessThanOrEqual(122);
      // Control characters never reach the page.
      // eslint-disable-next-line no-control-regex
      expect(describeIgnored(part)).not.toMatch(/[\u0000-\u001f]/);
    }
  });

  it('never throws on arbitrary input and only ever yields valid answers', () => {
    const queryText = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .array(
          fc.tuple(
            fc.oneof(fc.constantFrom('v', 'data', ...QUESTIONS.map((q) => q.id)), fc.string()),
            fc.oneof(
              fc.constantFrom('1', 'must', 'api', '%', '%E0%A4%A', '<script>'),
              fc.string({ unit: 'binary' }),
            ),
          ),
        )
        .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
    );
    fc.assert(
      fc.property(queryText, fc.boolean(), (search, embed) => {
        const decoded = decode(search, { embed });
        for (const [key, value] of Object.entries(decoded.answers)) {
          const asked = DECLARATION_2026_11.questions.find((question) => question.id === key);
          expect(asked?.values).toContain(value);
        }
        expect(['2026-11']).toContain(decoded.modelId);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readOriginField', () => {
  it.each([
    ['', { invalid: false }],
    ['  https://blog.example.com/ ', { origin: 'https://blog.example.com', invalid: false }],
    ['blog.example.com', { invalid: true }],
  ])('%j → %j', (input, expected) => {
    expect(readOriginField(input)).toEqual(expected);
  });
});

describe('parseHttpOrigin', () => {
  it.each([
    ['https://blog.example.com', 'https://blog.example.com'],
    ['http://localhost:4180', 'http://localhost:4180'],
    ['HTTPS://Example.COM', 'https://example.com'],
    ['https://blog.example.com/', undefined],
    ['https://user@blog.example.com', undefined],
    ['javascript:alert(1)', undefined],
    ['null', undefined],
    ['ftp://example.com', undefined],
    ['', undefined],
  ])('%s → %s', (input, expected) => {
    expect(parseHttpOrigin(input)).toBe(expected);
  });
});
