/**
 * "What would change the answer" (docs/scoring-model-2026-11.md section 6): the cheapest single change to the
 * answers that puts each other framework first. Changes to priorities (importance and preference
 * answers) are a choice the user has; changes to facts about the project (what it is, the code it
 * joins, the team) are not, so `findWhatIfs` keeps the two apart.
 */
import { FRAMEWORK_IDS, type FrameworkId } from './frameworks';
import type { ScoringModel } from './model-types';
import { questionsOfModel, type Answers, type QuestionId } from './questions';
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

/** `priority`: what the user wants; `project`: facts about the project and the team. */
export type ChangeCategory = 'priority' | 'project';

/** Questions that state facts about the project rather than priorities. */
export const PROJECT_FACT_QUESTIONS: readonly QuestionId[] = ['kind', 'codebase', 'team'];

export function changeCategory(questionId: QuestionId): ChangeCategory {
  return PROJECT_FACT_QUESTIONS.includes(questionId) ? 'project' : 'priority';
}

/** Every single-answer change the model allows, in question order, then answer order, "skipped" last. */
function singleChanges(answers: Answers, model: ScoringModel): AnswerChange[] {
  const changes: AnswerChange[] = [];
  for (const question of questionsOfModel(model.id)) {
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
 * `category` limits the changes to priorities or to project facts.
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
      FRAMEWORK_IDS.indexOf(a.framework) - FRAMEWORK_IDS.indexOf(b.framework),
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
