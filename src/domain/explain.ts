/**
 * Plain-language reasons behind a ranking: where one framework is rated above or below another on
 * what the answers weighted, what put the winner first, and the rule that broke a tie. Every
 * comparison names the framework it is made against, so a list of reasons reads against one rival.
 * Pure, like the scoring it reads. Surfaces get all of this through the result report.
 */
import { FRAMEWORK_NAMES, type FrameworkId } from './frameworks';
import { andList } from './lists';
import { ratingOf } from './model-rules';
import type { Criterion, ScoringModel } from './model-types';
import { findQuestion, type Answers, type QuestionId } from './questions';
import {
  questionsWeighting,
  type CriterionContribution,
  type FrameworkScore,
  type ScoringResult,
  type TieDecider,
} from './scoring';
import { withAnswer } from './what-if';

export interface Reason {
  readonly criterion: Criterion;
  readonly weight: number;
  /** The framework the reason is about, and its rating. */
  readonly about: FrameworkId;
  readonly rating: number;
  /** The framework compared against, and its rating. */
  readonly other: FrameworkId;
  readonly otherRating: number;
  /** weight × rating gap: how many points the gap is worth (negative when `about` trails). */
  readonly impact: number;
}

export function scoreOf(result: ScoringResult, id: FrameworkId): FrameworkScore {
  const score = result.ranking.find((entry) => entry.id === id);
  if (!score) throw new Error(`No score for ${id}`);
  return score;
}

function compare(
  contribution: CriterionContribution,
  about: FrameworkId,
  other: FrameworkId,
): Reason {
  const otherRating = ratingOf(contribution.criterion, other);
  return {
    criterion: contribution.criterion,
    weight: contribution.weight,
    about,
    rating: contribution.rating,
    other,
    otherRating,
    impact: contribution.weight * (contribution.rating - otherRating),
  };
}

function byImpact(a: Reason, b: Reason): number {
  return Math.abs(b.impact) - Math.abs(a.impact) || b.weight - a.weight;
}

/**
 * The weighted criteria on which `about` is rated above (`ahead`) or below (`behind`) `other`,
 * biggest gap first.
 */
export function reasonsAgainst(
  result: ScoringResult,
  about: FrameworkId,
  other: FrameworkId,
): { readonly ahead: readonly Reason[]; readonly behind: readonly Reason[] } {
  const reasons = scoreOf(result, about).contributions.map((c) => compare(c, about, other));
  return {
    ahead: reasons.filter((reason) => reason.impact > 0).sort(byImpact),
    behind: reasons.filter((reason) => reason.impact < 0).sort(byImpact),
  };
}

/**
 * What put the winner first:
 * - `must-haves`: frameworks scoring as high or higher rank below it because they fail more
 *   must-haves (`over`, in ranking order);
 * - `tie`: the runner-up has the same exact score and must-haves, and the tie rules decided;
 * - `score`: it has the highest score outright.
 */
export type WinningEdge =
  | { readonly kind: 'must-haves'; readonly over: readonly FrameworkId[] }
  | { readonly kind: 'tie'; readonly with: FrameworkId }
  | { readonly kind: 'score' };

export function winningEdge(result: ScoringResult): WinningEdge {
  const [winner, ...others] = result.ranking;
  if (!winner) throw new Error('A ranking always has its frameworks');
  const over = others.filter(
    (other) =>
      other.failedMustHaves.length > winner.failedMustHaves.length &&
      other.exactScore >= winner.exactScore,
  );
  if (over.length > 0) return { kind: 'must-haves', over: over.map((other) => other.id) };
  const level = others.find(
    (other) =>
      other.failedMustHaves.length === winner.failedMustHaves.length &&
      other.exactScore === winner.exactScore,
  );
  return level ? { kind: 'tie', with: level.id } : { kind: 'score' };
}

/** How a tie-breaking answer reads as the subject of "… breaks the tie". */
const TIE_ANSWER_PHRASES: Partial<Record<QuestionId, string>> = {
  codebase: 'the code your project joins',
  team: 'your team’s background',
};

/**
 * The rule that listed one of two tied frameworks first, as the subject of "… breaks the tie",
 * in the model's own terms: "the fixed order (Django, FastAPI, Flask)", "the smaller core first
 * (Flask, FastAPI, Django)", "the code your project joins", "its higher rating on Admin panel".
 */
export function tieDeciderPhrase(decider: TieDecider, model: ScoringModel): string {
  switch (decider.kind) {
    case 'order': {
      const names = decider.order.map((id) => FRAMEWORK_NAMES[id]).join(', ');
      return `${model.tieBreak.orderName ?? 'the fixed order'} (${names})`;
    }
    case 'criterion':
      return `its higher rating on ${decider.criterion.label}`;
    case 'answer': {
      const question = findQuestion(decider.question);
      return (
        TIE_ANSWER_PHRASES[decider.question] ??
        `your answer to “${question?.shortLabel ?? decider.question}”`
      );
    }
  }
}

/** "Django", "Django and Flask". */
export function namesOf(ids: readonly FrameworkId[]): string {
  return andList(ids.map((id) => FRAMEWORK_NAMES[id]));
}

export interface Relaxation {
  readonly criteria: readonly Criterion[];
  readonly questionId: QuestionId;
  /** The same answers with that must-have lowered to important. */
  readonly answers: Answers;
}

/**
 * For the must-haves a framework fails, the answer changes that would lower them to important:
 * one per question, whatever number of its criteria the framework fails.
 */
export function relaxationsFor(
  score: FrameworkScore,
  answers: Answers,
  model: ScoringModel,
): Relaxation[] {
  const byQuestion = new Map<QuestionId, Criterion[]>();
  for (const criterion of score.failedMustHaves) {
    for (const questionId of questionsWeighting(criterion.id, model)) {
      if (answers[questionId] !== 'must') continue;
      byQuestion.set(questionId, [...(byQuestion.get(questionId) ?? []), criterion]);
    }
  }
  return [...byQuestion].map(([questionId, criteria]) => ({
    criteria,
    questionId,
    answers: withAnswer(answers, questionId, 'important'),
  }));
}
