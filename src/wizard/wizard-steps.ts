import { MODEL_CATALOG } from '../domain/model-catalog';
import type { Answers, QuestionId } from '../domain/questions';
import { nextQuestion, previousQuestion, wizardPath } from '../domain/wizard-path';
import { paths, type Chrome } from '../paths';

/** The wizard always asks the current model's questions (a link's model only reads results). */
const MODEL = MODEL_CATALOG.current;

/**
 * Where Back leads from a question: the question asked before it, or home (the embed has no
 * home).
 */
export function previousStepHref(
  id: QuestionId,
  answers: Answers,
  chrome: Chrome,
): string | undefined {
  const previous = previousQuestion(id, answers, MODEL);
  if (previous) return paths.question.getHref(previous, chrome);
  return chrome === 'full' ? paths.home.getHref() : undefined;
}

/**
 * Where Continue and Skip lead, with `answers` as they stand after this page's choice: the next
 * question asked (a learner's path leaves some out), or the review after the last one.
 */
export function nextStepHref(id: QuestionId, answers: Answers, chrome: Chrome): string {
  const next = nextQuestion(id, answers, MODEL);
  return next ? paths.question.getHref(next, chrome) : paths.review.getHref(chrome);
}

/** The review's Back: the last question asked. */
export function lastStepHref(answers: Answers, chrome: Chrome): string | undefined {
  const last = wizardPath(answers, MODEL).at(-1);
  return last && paths.question.getHref(last, chrome);
}

/** Navigation state a Change link on the review page sets, so Continue returns there. */
export interface ReturnToReview {
  readonly returnTo: 'review';
}

export function isReturnToReview(state: unknown): state is ReturnToReview {
  return (
    typeof state === 'object' &&
    state !== null &&
    (state as { returnTo?: unknown }).returnTo === 'review'
  );
}
