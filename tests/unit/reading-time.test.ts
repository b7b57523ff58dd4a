/**
 * Plain words and reading time (docs/learner-path.md): no technical term on a question page
 * without its definition one tap away, and a home page claim that matches the words counted.
 */
import { readFileSync } from 'node:fs';
import { isCitableRef } from '../../src/domain/content/sourced';
import { TUTORIALS, VIRTUAL_ENVIRONMENTS } from '../../src/domain/content/first-steps';
import { GLOSSARY, glossaryPrompt, glossaryTermsIn } from '../../src/domain/glossary';
import { MODEL_CATALOG } from '../../src/domain/model-catalog';
import { QUESTIONS, questionOwnText } from '../../src/domain/questions';
import {
  READING_SPEED_SOURCE,
  WORDS_PER_MINUTE,
  questionText,
  readingSeconds,
  readingTimeLabel,
  wizardReading,
  wordCount,
} from '../../src/domain/reading-time';
import { tableStartingWith } from './markdown-tables';

/**
 * Technical terms a first-month learner may not know: the ones the questions used before they
 * were rewritten, and their neighbours. Each may appear in a question only with a glossary entry
 * for it, which the page then offers.
 */
const JARGON = [
  'API',
  'ASGI',
  'Alembic',
  'JSON',
  'LLM',
  'ML',
  'OpenAPI',
  'ORM',
  'Pydantic',
  'REST',
  'SQL',
  'SQLAlchemy',
  'WSGI',
  'WebSocket',
  'admin panel',
  'async',
  'back end',
  'batteries included',
  'benchmark',
  'concurrency',
  'concurrent',
  'container',
  'endpoint',
  'framework',
  'front end',
  'I/O',
  'inference',
  'latency',
  'micro-benchmark',
  'microservice',
  'migration',
  'request',
  'server-rendered',
  'session',
  'streaming',
  'throughput',
  'type annotation',
  'type hint',
  'validation',
];

/** True when `text` uses `term` as a word or phrase (a plural `s` allowed), in any case. */
function uses(text: string, term: string): boolean {
  const escaped = term.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}s?(?=$|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

describe('plain words on the question pages', () => {
  it.each(QUESTIONS.map((question) => [question.id, question] as const))(
    '%s explains every technical term it uses, one tap away',
    (_id, question) => {
      const text = questionOwnText(question).join(' ');
      const offered = glossaryTermsIn(text);
      for (const term of JARGON.filter((candidate) => uses(text, candidate))) {
        const entries = glossaryTermsIn(term);
        expect(entries.length, `“${term}” has no glossary entry`).toBeGreaterThan(0);
        expect(
          offered.some((entry) => entries.includes(entry)),
          term,
        ).toBe(true);
      }
    },
  );

  it('uses fewer technical terms than before the rewrite', () => {
    const used = new Set(
      QUESTIONS.flatMap((question) => {
        const text = questionOwnText(question).join(' ');
        return JARGON.filter((term) => uses(text, term));
      }),
    );
    // About 30 terms across nine questions before; the rest are named, and explained.
    expect(used.size).toBeLessThanOrEqual(14);
  });

  it('finds terms as whole words only', () => {
    expect(glossaryTermsIn('OpenAPI docs').map((entry) => entry.term)).toEqual(['OpenAPI']);
    expect(glossaryTermsIn('An API for apps').map((entry) => entry.term)).toEqual(['API']);
    expect(glossaryTermsIn('SQLAlchemy, not SQL').map((entry) => entry.term)).toEqual([
      'SQL',
      'SQLAlchemy',
    ]);
    expect(glossaryTermsIn('Rules out frameworks').map((entry) => entry.term)).toEqual([
      'web framework',
    ]);
  });

  it('cites a source a reader can open for every definition and first step', () => {
    const sources = [
      ...GLOSSARY.map((entry) => entry.source),
      ...Object.values(TUTORIALS),
      VIRTUAL_ENVIRONMENTS,
      READING_SPEED_SOURCE,
    ];
    for (const source of sources) expect(isCitableRef(source.ref), source.ref).toBe(true);
  });
});

describe('reading time', () => {
  const reading = wizardReading(MODEL_CATALOG.current);

  it('counts the words a page shows, the glossary line included', () => {
    const kind = QUESTIONS[0];
    const text = questionText(kind);
    expect(text.at(-1)).toBe(glossaryPrompt(glossaryTermsIn(questionOwnText(kind).join(' '))));
    expect(wordCount('  What do   you want?  ')).toBe(4);
  });

  it('lets someone learning finish in under a minute of reading', () => {
    expect(reading.learner.seconds).toBeLessThan(60);
    expect(reading.learner.words).toBeLessThanOrEqual(WORDS_PER_MINUTE);
    expect(readingTimeLabel(reading.learner.seconds)).toBe('under a minute');
  });

  it('rounds a claim up to the next whole minute', () => {
    expect(readingSeconds(WORDS_PER_MINUTE)).toBe(60);
    expect(readingTimeLabel(59)).toBe('under a minute');
    expect(readingTimeLabel(60)).toBe('under 2 minutes');
    expect(readingTimeLabel(100)).toBe('under 2 minutes');
  });

  it('is what docs/learner-path.md says', () => {
    const doc = readFileSync('docs/learner-path.md', 'utf8');
    const table = tableStartingWith(doc, 'who', 'questions', 'words', 'reading time');
    expect(table.rows.map((row) => row.slice(1))).toEqual([
      [
        String(reading.learner.questions),
        String(reading.learner.words),
        `${reading.learner.seconds} s`,
      ],
      [
        String(reading.everyone.questions),
        String(reading.everyone.words),
        `${reading.everyone.seconds} s`,
      ],
    ]);
    expect(doc).toContain(`${WORDS_PER_MINUTE} words a minute`);
    expect(doc).toContain(READING_SPEED_SOURCE.ref);
  });
});
