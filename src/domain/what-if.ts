/**
 * "What would change the answer" (scoring-model.md section 5): the cheapest single change to the
 * answers that puts each other framework first.
 */
import { FRAMEWORK_IDS, type FrameworkId } from './frameworks';
import type { ScoringModel } from './model-types';
import { QUESTIONS, type Answers, type QuestionId } from './questions';
import { importanceDistance, scoreAnswers, winnerOf, type ScoringResult } from './scoring';

export interface AnswerChange {
  readonly questionId: QuestionId;
  /** The new answer; undefined means the question is skipped. */
  readonly value: string | undefined;
  readonly cost: number;
}

export interface Flip {
  readonly framework: FrameworkId;
  readonly change: AnswerChange;
  /** The answers after the change. */
  readonly answers: Answers;
  readonly result: ScoringResult;
}

/** The answers with one question set to `value`, or skipped when `value` is undefined. */
export function withAnswer(
  answers: Answers,
  questionId: QuestionId,
  value: string | undefined,
): Answers {
  const next: Record<string, string | undefined> = { ...answers };
  if (value === undefined) delete next[questionId];
  else next[questionId] = value;
  return next as Answers;
}

/** Every single-answer change, in question order, then answer order, "skipped" last. */
function singleChanges(answers: Answers): AnswerChange[] {
  const changes: AnswerChange[] = [];
  for (const question of QUESTIONS) {
    const current: string | undefined = answers[question.id];
    const candidates: (string | undefined)[] = [...question.options.map((o) => o.value), undefined];
    for (const value of candidates) {
      if (value === current) continue;
      const cost = question.type === 'importance' ? importanceDistance(current, value) : 1;
      changes.push({ questionId: question.id, value, cost });
    }
  }
  return changes;
}

/**
 * For each framework other than the current winner that some single change puts first, its
 * cheapest change. Cheapest first; ties in the fixed framework order. Empty when robust.
 */
export function findFlips(answers: Answers, model: ScoringModel): Flip[] {
  const winner = winnerOf(scoreAnswers(answers, model)).id;
  const best = new Map<FrameworkId, Flip>();
  for (const change of singleChanges(answers)) {
    const changed = withAnswer(answers, change.questionId, change.value);
    const result = scoreAnswers(changed, model);
    const framework = winnerOf(result).id;
    if (framework === winner) continue;
    const known = best.get(framework);
    // Strictly cheaper only: among equal costs the first change in order wins.
    if (!known || change.cost < known.change.cost) {
      best.set(framework, { framework, change, answers: changed, result });
    }
  }
  return [...best.values()].sort(
    (a, b) =>
      a.change.cost - b.change.cost ||
      FRAMEWORK_IDS.indexOf(a.framework) - FRAMEWORK_IDS.indexOf(b.framework),
  );
}
