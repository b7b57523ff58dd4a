/**
 * Answers as a scoring model knows them: the one rule for every link, preset and draft. A question
 * the model does not ask, or a value it does not know, is dropped and named, never kept silently.
 */
import type { ModelDeclaration, ModelQuestion } from '../model-types';
import { findQuestion, QUESTIONS, type Answers } from '../questions';
import { ignoredPart, type Correction, type IgnoredPart, type Suggestion } from './ignored';
import { canonicalToken, nearMiss } from './near-miss';

export interface ModelAnswers {
  /** Only the model's questions with values it knows, in wizard order. */
  readonly answers: Answers;
  readonly ignored: readonly IgnoredPart[];
  /** The ignored parts that carry a suggestion, for codecs that can link to the corrected link. */
  readonly corrections: readonly Correction[];
}

/** The value `value` stands for among the question's values: itself, or a suggested near miss. */
function valueFor(question: ModelQuestion, value: string): string | undefined {
  return question.values.includes(value) ? value : nearMiss(value, question.values);
}

/**
 * What an unreadable key (or its value) most likely meant under `model`: a question it asks one
 * edit away or cut off, with a value that question knows. Undefined unless both fit one way only.
 */
function suggestionFor(
  key: string,
  value: string,
  model: ModelDeclaration,
  keyKnown: boolean,
): Suggestion | undefined {
  const id = keyKnown
    ? key
    : nearMiss(
        key,
        model.questions.map((question) => question.id),
      );
  const question = model.questions.find((candidate) => candidate.id === id);
  if (!question) return undefined;
  const fixed = valueFor(question, value);
  return fixed === undefined ? undefined : { key: question.id, value: fixed };
}

/**
 * Reads `key → value` answers for `model`. Keys and values are read as the person meant them
 * (any case, without surrounding brackets, quotes or trailing punctuation). Keys that are no
 * question at all are `unknown-key`, values no model knows `unknown-value`, each with a
 * suggestion when one known key and value fit; questions or values a newer model introduced are
 * named as not in this model. `member` tags each ignored part with a team member's place.
 */
export function answersForModel(
  pairs: Iterable<readonly [string, string]>,
  model: ModelDeclaration,
  member?: number,
): ModelAnswers {
  const ignored: IgnoredPart[] = [];
  const corrections: Correction[] = [];
  const found: Record<string, string> = {};
  const extra = member === undefined ? {} : { member };
  const unread = (
    pair: readonly [string, string],
    reason: 'unknown-key' | 'unknown-value',
    suggestion: Suggestion | undefined,
  ) => {
    const part = ignoredPart(
      pair[0],
      pair[1],
      reason,
      suggestion ? { ...extra, suggestion } : extra,
    );
    ignored.push(part);
    if (suggestion) corrections.push({ part, pair });
  };
  for (const pair of pairs) {
    const [rawKey, rawValue] = pair;
    const key = canonicalToken(rawKey);
    const value = canonicalToken(rawValue);
    const question = findQuestion(key);
    const asked = model.questions.find((q) => q.id === key);
    if (!question) unread(pair, 'unknown-key', suggestionFor(key, value, model, false));
    else if (Object.hasOwn(found, question.id)) {
      ignored.push(ignoredPart(rawKey, rawValue, 'repeated-question', extra));
    } else if (!question.options.some((option) => option.value === value)) {
      unread(pair, 'unknown-value', asked && suggestionFor(key, value, model, true));
    } else if (!asked) {
      ignored.push(ignoredPart(rawKey, rawValue, 'not-in-model', { ...extra, model: model.id }));
    } else if (!asked.values.includes(value)) {
      ignored.push(
        ignoredPart(rawKey, rawValue, 'value-not-in-model', { ...extra, model: model.id }),
      );
    } else found[question.id] = value;
  }
  const answers: Record<string, string> = {};
  for (const question of QUESTIONS) {
    const value = found[question.id];
    if (value !== undefined) answers[question.id] = value;
  }
  return { answers: answers as Answers, ignored, corrections };
}

/** Answers from an untrusted object (a stored draft, history state), kept only as `model` knows them. */
export function answersFromRecord(input: unknown, model: ModelDeclaration): Answers {
  if (typeof input !== 'object' || input === null) return {};
  const pairs = Object.entries(input as Record<string, unknown>).flatMap(([key, value]) =>
    typeof value === 'string' ? [[key, value] as const] : [],
  );
  return answersForModel(pairs, model).answers;
}

/** The answers in wizard order as `[question, value]` pairs, skipped questions absent. */
export function answerPairs(answers: Answers): [string, string][] {
  return QUESTIONS.flatMap((question): [string, string][] => {
    const value: string | undefined = answers[question.id];
    return value === undefined ? [] : [[question.id, value]];
  });
}
