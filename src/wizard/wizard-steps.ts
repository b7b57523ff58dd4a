import { QUESTION_IDS, type QuestionId } from '../domain/questions';
import { paths, type Chrome } from '../paths';

/** Where Back leads from a question: the previous question, or home (the embed has no home). */
export function previousStepHref(id: QuestionId, chrome: Chrome): string | undefined {
  const index = QUESTION_IDS.indexOf(id);
  const previous = QUESTION_IDS[index - 1];
  if (previous) return paths.question.getHref(previous, chrome);
  return chrome === 'full' ? paths.home.getHref() : undefined;
}

/** Where Continue and Skip lead: the next question, or the review after the last one. */
export function nextStepHref(id: QuestionId, chrome: Chrome): string {
  const next = QUESTION_IDS[QUESTION_IDS.indexOf(id) + 1];
  return next ? paths.question.getHref(next, chrome) : paths.review.getHref(chrome);
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
