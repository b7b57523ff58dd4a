/**
 * Answers as a scoring model knows them: the one rule for every link, preset and draft. A question
 * the model does not ask, or a value it does not know, is dropped and named, never kept silently.
 */
import type { ModelDeclaration } from '../model-types';
import { findQuestion, QUESTIONS, type Answers } from '../questions';
import { ignoredPart, type IgnoredPart } from './ignored';

export interface ModelAnswers {
  /** Only the model's questions with values it knows, in wizard order. */
  readonly answers: Answers;
  readonly ignored: readonly IgnoredPart[];
}

/**
 * Reads `key → value` answers for `model`. Keys that are no question at all are `unknown-key`,
 * values no model knows `unknown-value`; questions or values a newer model introduced are named as
 * not in this model. `member` tags each ignored part with a team member's place.
 */
export function answersForModel(
  pairs: Iterable<readonly [string, string]>,
  model: ModelDeclaration,
  member?: number,
): ModelAnswers {
  const ignored: IgnoredPart[] = [];
  const found: Record<string, string> = {};
  const extra = member === undefined ? {} : { member };
  for (const [key, value] of pairs) {
    const question = findQuestion(key);
    const asked = model.questions.find((q) => q.id === key);
    if (!question) ignored.push(ignoredPart(key, value, 'unknown-key', extra));
    else if (Object.hasOwn(found, question.id)) {
      ignored.push(ignoredPart(key, value, 'repeated-question', extra));
    } else if (!question.options.some((option) => option.value === value)) {
      ignored.push(ignoredPart(key, value, 'unknown-value', extra));
    } else if (!asked) {
      ignored.push(ignoredPart(key, value, 'not-in-model', { ...extra, model: model.id }));
    } else if (!asked.values.includes(value)) {
      ignored.push(ignoredPart(key, value, 'value-not-in-model', { ...extra, model: model.id }));
    } else found[question.id] = value;
  }
  const answers: Record<string, string> = {};
  for (const question of QUESTIONS) {
    const value = found[question.id];
    if (value !== undefined) answers[question.id] = value;
  }
  return { answers: answers as Answers, ignored };
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
