/**
 * The scoring engine (docs/scoring-model-2026-11.md, docs/scoring-model-2027-01.md): answers become weights on
 * criteria, each framework gets its weighted rating as a share of the best possible, must-haves
 * knock frameworks out, and the model's tie rules order equal scores. Pure: plain data in, plain
 * data out.
 */
import { FRAMEWORK_IDS, type FrameworkId } from './frameworks';
import type { Criterion, CriterionWeights, ScoringModel, TieBreakRules } from './model-types';
import {
  CHOICE_QUESTION_IDS,
  IMPORTANCE_QUESTION_IDS,
  IMPORTANCE_VALUES,
  type Answers,
  type ImportanceQuestionId,
  type QuestionId,
} from './questions';

export interface CriterionContribution {
  readonly criterion: Criterion;
  readonly weight: number;
  readonly rating: number;
  /** weight × rating: what this criterion adds to the framework's total. */
  readonly points: number;
  /** weight × 3: the most it could add. */
  readonly maxPoints: number;
}

export interface FrameworkScore {
  readonly id: FrameworkId;
  /** The exact score, 0-100; ranking uses this. */
  readonly exactScore: number;
  /** The shown and sent score: the exact score rounded half up to a whole number. */
  readonly score: number;
  /** Must-have criteria this framework is rated too low on, in criteria order. */
  readonly failedMustHaves: readonly Criterion[];
  /** Every weighted criterion, heaviest weight first (ties in criteria order). */
  readonly contributions: readonly CriterionContribution[];
}

/** What ordered the winner ahead of a framework level with it (same must-haves, same score). */
export type TieDecider =
  | { readonly kind: 'answer'; readonly question: QuestionId; readonly value: string }
  | { readonly kind: 'criterion'; readonly criterion: Criterion }
  | { readonly kind: 'order'; readonly order: readonly FrameworkId[] };

export interface ScoringResult {
  readonly modelId: string;
  /** Best first. */
  readonly ranking: readonly FrameworkScore[];
  /** True when no answer carried weight: every framework criterion weighs 1. */
  readonly generalView: boolean;
  readonly mustHaves: readonly Criterion[];
  /** The top two meet the same number of must-haves and are less than the model's margin apart. */
  readonly closeCall: boolean;
  /** That margin, in points, for the page to quote. */
  readonly closeCallPoints: number;
  /** False when even the winner fails a must-have: it is only the closest. */
  readonly winnerMeetsMustHaves: boolean;
  /**
   * The frameworks level with the winner (same must-have failures, same exact score), winner
   * included, in ranking order: one id when nothing ties.
   */
  readonly tiedForFirst: readonly FrameworkId[];
  /** When the top two tie, the rule that listed the winner first. */
  readonly tieDecider: TieDecider | undefined;
}

/** The criteria a question weights, under any of its answers. */
function criteriaOfQuestion(id: QuestionId, model: ScoringModel): Set<string> {
  if ((IMPORTANCE_QUESTION_IDS as readonly string[]).includes(id))
    return new Set(model.importanceCriteria[id as ImportanceQuestionId]);
  const table: Partial<Record<string, CriterionWeights>> =
    model.choiceWeights[id as (typeof CHOICE_QUESTION_IDS)[number]];
  return new Set(Object.values(table).flatMap((weights) => Object.keys(weights ?? {})));
}

/**
 * The criteria on which an answer to `id` replaces the project kind's weight (`replace` models):
 * every criterion the question weights, and the model's `alsoReplaces`.
 */
export function bundleCriteriaReplacedBy(id: QuestionId, model: ScoringModel): Set<string> {
  const replaced = criteriaOfQuestion(id, model);
  for (const criterionId of model.alsoReplaces?.[id] ?? []) replaced.add(criterionId);
  return replaced;
}

/** Everything the answers replace on the kind's bundle; "No preference" (`any`) replaces nothing. */
function replacedByAnswers(answers: Answers, model: ScoringModel): Set<string> {
  const replaced = new Set<string>();
  for (const [id, value] of Object.entries(answers) as [QuestionId, string | undefined][]) {
    if (id === 'kind' || value === undefined || value === 'any') continue;
    for (const criterionId of bundleCriteriaReplacedBy(id, model)) replaced.add(criterionId);
  }
  return replaced;
}

/**
 * The weight each criterion gets from the answers (section 1), as a map from criterion id.
 * Criteria without weight are absent. With no weight at all this is the general view.
 */
export function answerWeights(answers: Answers, model: ScoringModel): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (criterionId: string, weight: number) => {
    if (weight > 0) weights.set(criterionId, (weights.get(criterionId) ?? 0) + weight);
  };
  const replaced = model.kindBundle === 'replace' ? replacedByAnswers(answers, model) : new Set();
  for (const id of IMPORTANCE_QUESTION_IDS) {
    const level = answers[id];
    if (level === undefined) continue;
    for (const criterionId of model.importanceCriteria[id])
      add(criterionId, model.importanceLevels[level]);
  }
  for (const id of CHOICE_QUESTION_IDS) {
    const value = answers[id];
    if (value === undefined) continue;
    const table: Partial<Record<string, CriterionWeights>> = model.choiceWeights[id];
    for (const [criterionId, weight] of Object.entries(table[value] ?? {})) {
      if (id === 'kind' && replaced.has(criterionId)) continue;
      add(criterionId, weight);
    }
  }
  return weights;
}

/** Criteria made must-haves by `must` answers (section 3), in criteria order. */
export function mustHaveCriteria(answers: Answers, model: ScoringModel): Criterion[] {
  const ids = new Set<string>();
  for (const questionId of IMPORTANCE_QUESTION_IDS) {
    if (answers[questionId] === 'must') {
      for (const id of model.importanceCriteria[questionId]) ids.add(id);
    }
  }
  return model.criteria.filter((criterion) => ids.has(criterion.id));
}

/** Rounds half up, exactly, for a score that is 100 × numerator / denominator. */
function roundedPercent(numerator: number, denominator: number): number {
  return Math.floor((200 * numerator + denominator) / (2 * denominator));
}

/**
 * Scores and ranks the three frameworks for the answers under one model.
 * Integer arithmetic keeps ties and rounding exact: every score shares the denominator Σ 3w.
 */
export function scoreAnswers(answers: Answers, model: ScoringModel): ScoringResult {
  const answered = answerWeights(answers, model);
  const generalView = answered.size === 0;
  const weights = generalView
    ? new Map(model.criteria.filter((c) => c.kind === 'framework').map((c) => [c.id, 1]))
    : answered;

  const weighted = model.criteria
    .filter((criterion) => weights.has(criterion.id))
    .map((criterion) => ({ criterion, weight: weights.get(criterion.id) ?? 0 }))
    .sort((a, b) => b.weight - a.weight);
  const denominator = weighted.reduce((sum, { weight }) => sum + 3 * weight, 0);
  const mustHaves = mustHaveCriteria(answers, model);

  const scored = FRAMEWORK_IDS.map((id) => {
    const contributions = weighted.map(({ criterion, weight }) => {
      const rating = criterion.ratings[id];
      return { criterion, weight, rating, points: weight * rating, maxPoints: weight * 3 };
    });
    const numerator = contributions.reduce((sum, c) => sum + c.points, 0);
    const failedMustHaves = mustHaves.filter((c) => c.ratings[id] < model.mustHaveMinRating);
    return {
      numerator,
      score: {
        id,
        exactScore: (100 * numerator) / denominator,
        score: roundedPercent(numerator, denominator),
        failedMustHaves,
        contributions,
      },
    };
  });

  const level = (a: (typeof scored)[number], b: (typeof scored)[number]) =>
    a.score.failedMustHaves.length - b.score.failedMustHaves.length || b.numerator - a.numerator;
  const tie = (a: FrameworkId, b: FrameworkId) => tieBreak(a, b, answers, weighted, model.tieBreak);
  scored.sort((a, b) => level(a, b) || tie(a.score.id, b.score.id).order);

  const [first, second] = scored;
  if (!first || !second) throw new Error('Scoring needs the three frameworks');
  const tiedForFirst = scored.filter((entry) => level(entry, first) === 0).map((e) => e.score.id);
  const closeCall =
    first.score.failedMustHaves.length === second.score.failedMustHaves.length &&
    100 * Math.abs(first.numerator - second.numerator) < model.closeCallPoints * denominator;

  return {
    modelId: model.id,
    ranking: scored.map((entry) => entry.score),
    generalView,
    mustHaves,
    closeCall,
    closeCallPoints: model.closeCallPoints,
    winnerMeetsMustHaves: first.score.failedMustHaves.length === 0,
    tiedForFirst,
    tieDecider:
      level(first, second) === 0 ? tie(first.score.id, second.score.id).decider : undefined,
  };
}

/**
 * Orders two frameworks level on must-haves and score by the model's tie rules: negative
 * `order` puts `a` first. `decider` names the rule that settled it.
 */
function tieBreak(
  a: FrameworkId,
  b: FrameworkId,
  answers: Answers,
  weighted: readonly { readonly criterion: Criterion; readonly weight: number }[],
  rules: TieBreakRules,
): { order: number; decider: TieDecider } {
  for (const { question, favours } of rules.byAnswers) {
    const value: string | undefined = answers[question];
    const favoured = value === undefined ? undefined : favours[value];
    if (value !== undefined && (favoured === a || favoured === b)) {
      return { order: favoured === a ? -1 : 1, decider: { kind: 'answer', question, value } };
    }
  }
  if (rules.byHeaviestDifference) {
    // `weighted` is heaviest first, equal weights in criteria order.
    const differing = weighted.find(
      ({ criterion }) => criterion.ratings[a] !== criterion.ratings[b],
    );
    if (differing) {
      const { criterion } = differing;
      return {
        order: criterion.ratings[b] - criterion.ratings[a],
        decider: { kind: 'criterion', criterion },
      };
    }
  }
  return {
    order: rules.order.indexOf(a) - rules.order.indexOf(b),
    decider: { kind: 'order', order: rules.order },
  };
}

/** The recommended framework: the first in the ranking. */
export function winnerOf(result: ScoringResult): FrameworkScore {
  const [winner] = result.ranking;
  if (!winner) throw new Error('A ranking always has three frameworks');
  return winner;
}

/** The importance questions whose `must` answers name this criterion, for "relax this" links. */
export function questionsWeighting(
  criterionId: string,
  model: ScoringModel,
): readonly ImportanceQuestionId[] {
  return IMPORTANCE_QUESTION_IDS.filter((id) => model.importanceCriteria[id].includes(criterionId));
}

/** How many levels apart two importance answers are; a skipped question counts as level 0. */
export function importanceDistance(from: string | undefined, to: string | undefined): number {
  const levels: readonly string[] = IMPORTANCE_VALUES;
  const level = (value: string | undefined) => (value === undefined ? 0 : levels.indexOf(value));
  return Math.abs(level(from) - level(to));
}
