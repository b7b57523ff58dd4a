/**
 * Links mangled the way people mangle them: for any valid result link and any of those mutations
 * of its parts, the verdict is the valid link's, or the page names the mutated part (and a
 * suggestion, where it makes one, leads to a link that reads that part).
 */
import fc from 'fast-check';
import { encodeShareQuery } from '../../src/domain/links/share-link';
import { resolveResultLink } from '../../src/domain/links/resolve';
import { echoable } from '../../src/domain/links/text-safety';
import type { Answers } from '../../src/domain/questions';
import { scoreAnswers } from '../../src/domain/scoring';
import { MODEL_REGISTRY } from '../../src/domain/scoring-models';

type Mutation =
  | { readonly kind: 'case'; readonly upper: readonly boolean[] }
  | { readonly kind: 'amp'; readonly times: number }
  | { readonly kind: 'trail'; readonly text: string; readonly encoded: boolean }
  | {
      readonly kind: 'wrap';
      readonly open: string;
      readonly close: string;
      readonly encoded: boolean;
    }
  | { readonly kind: 'entity'; readonly entity: string }
  | { readonly kind: 'cut'; readonly at: number }
  | { readonly kind: 'typo'; readonly inKey: boolean; readonly edit: Edit };

type Edit =
  | { readonly op: 'change' | 'add'; readonly at: number; readonly letter: string }
  | { readonly op: 'remove' | 'swap'; readonly at: number };

const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'.split(''));

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constantFrom('change' as const, 'add' as const), at: fc.nat(), letter }),
  fc.record({ op: fc.constantFrom('remove' as const, 'swap' as const), at: fc.nat() }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('case' as const),
    upper: fc.array(fc.boolean(), { minLength: 12 }),
  }),
  fc.record({ kind: fc.constant('amp' as const), times: fc.integer({ min: 1, max: 2 }) }),
  fc.record({
    kind: fc.constant('trail' as const),
    text: fc.constantFrom(
      '.',
      ',',
      ')',
      ').',
      '!',
      '?',
      ';',
      ':',
      '"',
      "'",
      '”',
      '’',
      '>',
      '»',
      ']',
    ),
    encoded: fc.boolean(),
  }),
  fc
    .constantFrom(
      ['(', ')'],
      ['[', ']'],
      ['"', '"'],
      ["'", "'"],
      ['“', '”'],
      ['«', '»'],
      ['<', '>'],
    )
    .chain(([open = '', close = '']) =>
      fc.record({
        kind: fc.constant('wrap' as const),
        open: fc.constant(open),
        close: fc.constant(close),
        encoded: fc.boolean(),
      }),
    ),
  fc.record({
    kind: fc.constant('entity' as const),
    entity: fc.constantFrom('&quot;', '&#39;', '&gt;', '&amp;quot;'),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('typo' as const), inKey: fc.boolean(), edit }),
);

/** A valid link: a shipped model and any answers it knows. */
const validLink = fc.constantFrom(...MODEL_REGISTRY.models).chain((model) =>
  fc
    .tuple(
      ...model.questions.map((question) =>
        fc.option(fc.constantFrom(...question.values), { nil: undefined }),
      ),
    )
    .map((values) => {
      const answers: Record<string, string> = {};
      model.questions.forEach((question, index) => {
        const value = values[index];
        if (value !== undefined) answers[question.id] = value;
      });
      // The model by id, so a counterexample stays short enough to read.
      return { modelId: model.id, answers: answers as Answers };
    }),
);

function applyEdit(text: string, change: Edit): string {
  const at = text.length === 0 ? 0 : change.at % text.length;
  switch (change.op) {
    case 'change':
      return `${text.slice(0, at)}${change.letter}${text.slice(at + 1)}`;
    case 'add':
      return `${text.slice(0, at)}${change.letter}${text.slice(at)}`;
    case 'remove':
      return `${text.slice(0, at)}${text.slice(at + 1)}`;
    case 'swap':
      return text.length < 2
        ? text
        : `${text.slice(0, at)}${text[at + 1] ?? ''}${text[at] ?? ''}${text.slice(at + 2)}`.slice(
            0,
            text.length,
          );
  }
}

const maybeEncoded = (text: string, encoded: boolean) =>
  encoded ? encodeURIComponent(text) : text;

/** The query text of pairs with `mutation` applied to the pair at `target`, as a browser holds it. */
function mutate(
  pairs: readonly (readonly [string, string])[],
  target: number,
  mutation: Mutation,
): { search: string; key: string } {
  const parts = pairs.map(([key, value]) => ({ key, value, before: '&', after: '' }));
  const part = parts[target];
  if (!part) throw new Error('no such part');
  switch (mutation.kind) {
    case 'case': {
      const flip = (text: string, offset: number) =>
        [...text]
          .map((c, i) =>
            mutation.upper[(i + offset) % mutation.upper.length] ? c.toUpperCase() : c,
          )
          .join('');
      part.key = flip(part.key, 0);
      part.value = flip(part.value, 5);
      break;
    }
    case 'amp':
      part.before = `&${'amp;'.repeat(mutation.times)}`;
      break;
    case 'trail':
      part.value += maybeEncoded(mutation.text, mutation.encoded);
      break;
    case 'wrap':
      part.value = `${maybeEncoded(mutation.open, mutation.encoded)}${part.value}${maybeEncoded(mutation.close, mutation.encoded)}`;
      break;
    case 'entity':
      part.after = mutation.entity;
      break;
    case 'cut':
      part.value = part.value.slice(0, 1 + (mutation.at % Math.max(1, part.value.length - 1)));
      break;
    case 'typo':
      if (mutation.inKey) part.key = applyEdit(part.key, mutation.edit);
      else part.value = applyEdit(part.value, mutation.edit);
      break;
  }
  const search = parts
    .map((p, index) => `${index === 0 ? '' : p.before}${p.key}=${p.value}${p.after}`)
    .join('');
  return { search: `?${search}`, key: part.key };
}

/** What a result page leads with: the ranking and its scores, or the general view. */
function verdictOf(answers: Answers, modelId: string): string {
  const model = MODEL_REGISTRY.models.find((candidate) => candidate.id === modelId);
  if (!model) throw new Error(`no model ${modelId}`);
  const result = scoreAnswers(answers, model);
  return JSON.stringify([
    result.generalView,
    result.ranking.map((entry) => [entry.id, entry.score, entry.failedMustHaves.length]),
  ]);
}

describe('a mutated link', () => {
  it('keeps its verdict, or names the part it could not read', () => {
    fc.assert(
      fc.property(validLink, fc.nat(), mutation, ({ modelId, answers }, at, change) => {
        const valid = encodeShareQuery(answers, modelId);
        const pairs = valid.split('&').map((part) => part.split('=') as [string, string]);
        const target = at % pairs.length;
        // `&amp;` sits between two parts: the first part has none before it.
        fc.pre(change.kind !== 'amp' || target > 0);
        const { search, key } = mutate(pairs, target, change);
        const mangled = resolveResultLink(search, MODEL_REGISTRY);
        // A version made newer by a typo gets its own page, which says so.
        if (mangled.kind === 'newer') return;
        const same =
          verdictOf(mangled.link.answers, mangled.model.id) === verdictOf(answers, modelId);
        const named = mangled.link.ignored.some(
          (part) => part.key === echoable(decodeURIComponent(key)) || part.key === echoable(key),
        );
        expect(same || named, `${search} reads ${mangled.shareQuery}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('suggests only corrections that read', () => {
    fc.assert(
      fc.property(validLink, fc.nat(), mutation, ({ modelId, answers }, at, change) => {
        const valid = encodeShareQuery(answers, modelId);
        const pairs = valid.split('&').map((part) => part.split('=') as [string, string]);
        const target = at % pairs.length;
        fc.pre(change.kind !== 'amp' || target > 0);
        const { search } = mutate(pairs, target, change);
        const mangled = resolveResultLink(search, MODEL_REGISTRY);
        if (mangled.kind === 'newer') return;
        for (const part of mangled.link.ignored) {
          const query = part.suggestion?.query;
          if (query === undefined) continue;
          const fixed = resolveResultLink(query, MODEL_REGISTRY);
          expect(fixed.kind).toBe('result');
          if (fixed.kind !== 'result') return;
          expect(fixed.link.ignored.length).toBe(mangled.link.ignored.length - 1);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads each mutation that only changes how the link is written as the valid link', () => {
    const pairs: [string, string][] = [
      ['v', '1'],
      ['data', '2027-01'],
      ['kind', 'api'],
      ['docs', 'important'],
    ];
    const valid = resolveResultLink(`?${pairs.map((p) => p.join('=')).join('&')}`, MODEL_REGISTRY);
    const harmless: Mutation[] = [
      { kind: 'case', upper: [true] },
      { kind: 'amp', times: 2 },
      { kind: 'trail', text: ').', encoded: false },
      { kind: 'wrap', open: '“', close: '”', encoded: true },
      { kind: 'entity', entity: '&quot;' },
    ];
    for (const change of harmless) {
      for (let target = 1; target < pairs.length; target += 1) {
        const { search } = mutate(pairs, target, change);
        const read = resolveResultLink(search, MODEL_REGISTRY);
        expect(read.kind === 'result' && read.shareQuery, search).toBe(
          valid.kind === 'result' && valid.shareQuery,
        );
        expect(read.kind === 'result' && read.link.ignored, search).toEqual([]);
      }
    }
  });
});
