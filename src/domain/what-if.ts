/**
 * "What would change the answer": the cheapest single change to the answers that puts each other
 * framework first. Changes to priorities (importance and preference answers) are a choice the
 * person has; changes to facts about the project (what it is, the code it joins, the team) are not,
 * so `findWhatIfs` keeps the two apart. The cost of a change counts the steps it moves an answer:
 * importance levels apart, one for any other change.
 */
import type { FrameworkId } from './frameworks';
import type { ScoringModel } from './model-types';
import { questionById, type Answers, type QuestionId } from './questions';
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

/** `priority`: what the person wants; `project`: facts about the project and the team. */
export type ChangeCategory = 'priority' | 'project';

export function changeCategory(questionId: QuestionId): ChangeCategory {
  return questionById(questionId).category;
}

/** Every single-answer change the model allows, in its question order, then answer order, "skipped" last. */
function singleChanges(answers: Answers, model: ScoringModel): AnswerChange[] {
  const changes: AnswerChange[] = [];
  for (const question of model.questions) {
    const current: string | undefined = answers[question.id];
    for (const value of [...question.values, undefined]) {
      if (value === current) continue;
      const cost = question.type === 'importance' ? importanceDistance(current, value) : 1;
      changes.push({ questionId: question.id, value, cost });
    }
  }
  return changes;
}

/**
 * For each framework other than the current winner that some single change puts first, its
 * cheapest change. Cheapest first; equal costs in the model's framework order. Empty when no
 * single change does. `category` limits the changes to priorities or to project facts.
 */
export function findFlips(
  answers: Answers,
  model: ScoringModel,
  category?: ChangeCategory,
): Flip[] {
  const winner = winnerOf(scoreAnswers(answers, model)).id;
  const best = new Map<FrameworkId, Flip>();
  const changes = singleChanges(answers, model).filter(
    (change) => category === undefined || changeCategory(change.questionId) === category,
  );
  for (const change of changes) {
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
      model.frameworks.indexOf(a.framework) - model.frameworks.indexOf(b.framework),
  );
}

export interface WhatIfs {
  /** The cheapest change of a priority (importance or preference answer) per other framework. */
  readonly priorities: readonly Flip[];
  /** The cheapest change of a fact about the project per other framework: "if your project were…". */
  readonly project: readonly Flip[];
}

/** What would change the answer, priorities first and project facts apart. */
export function findWhatIfs(answers: Answers, model: ScoringModel): WhatIfs {
  return {
    priorities: findFlips(answers, model, 'priority'),
    project: findFlips(answers, model, 'project'),
  };
}
