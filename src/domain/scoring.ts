/**
 * The scoring engine (docs/scoring-model-2026-11.md, docs/scoring-model-2027-01.md): answers become
 * weights on criteria, each framework the model ranks gets its weighted rating as a share of the
 * best possible, must-haves knock frameworks out, and the model's tie rules order equal scores.
 * Everything it needs comes from the model object itself. Pure: plain data in, plain data out.
 */
import type { FrameworkId } from './frameworks';
import { bundleQuestion, noPreferenceValues, questionIdsOfType, ratingOf } from './model-rules';
import type { Criterion, ScoringModel, TieBreakRules } from './model-types';
import { IMPORTANCE_VALUES, type Answers, type Importance, type QuestionId } from './questions';

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
  /** Σ weight × rating: the points behind the score. */
  readonly points: number;
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

/** One answer's share of a criterion's weight. */
export interface WeightSource {
  readonly questionId: QuestionId;
  readonly value: string;
  readonly weight: number;
}

/** The weight a criterion gets from the answers, and which answers gave it. */
export interface AppliedWeight {
  readonly criterionId: string;
  readonly weight: number;
  /** The answers that gave it, in the model's question order; the bundle's share included. */
  readonly sources: readonly WeightSource[];
}

export interface ScoringResult {
  readonly modelId: string;
  /** Best first. */
  readonly ranking: readonly FrameworkScore[];
  /** True when no answer carried weight: every framework criterion weighs 1. */
  readonly generalView: boolean;
  /** The weights applied, after the model's replacement rules, by criterion id. */
  readonly weights: ReadonlyMap<string, AppliedWeight>;
  /** Σ 3 × weight over the weighted criteria: the points a framework rated 3 everywhere gets. */
  readonly maxPoints: number;
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

function importanceQuestions(model: ScoringModel): readonly QuestionId[] {
  return questionIdsOfType(model, 'importance');
}

/** The criteria a question weights, under any of its answers. */
function criteriaOfQuestion(id: QuestionId, model: ScoringModel): Set<string> {
  const importance = model.importanceCriteria[id];
  if (importance) return new Set(importance);
  const table = model.choiceWeights[id] ?? {};
  return new Set(Object.values(table).flatMap((weights) => Object.keys(weights ?? {})));
}

/** Per model and question, what an answer replaces: models are frozen, so once is enough. */
const replacedCache = new WeakMap<ScoringModel, Map<QuestionId, ReadonlySet<string>>>();

/**
 * The criteria on which an answer to `id` replaces the bundle's weight (`replace` models):
 * every criterion the question weights, and the model's `alsoReplaces`.
 */
export function bundleCriteriaReplacedBy(id: QuestionId, model: ScoringModel): ReadonlySet<string> {
  const cache = replacedCache.get(model) ?? new Map<QuestionId, ReadonlySet<string>>();
  replacedCache.set(model, cache);
  const known = cache.get(id);
  if (known) return known;
  const replaced = criteriaOfQuestion(id, model);
  for (const criterionId of model.bundle?.alsoReplaces?.[id] ?? []) replaced.add(criterionId);
  cache.set(id, replaced);
  return replaced;
}

/** Everything the answers replace on the bundle; a "no preference" answer replaces nothing. */
function replacedByAnswers(answers: Answers, model: ScoringModel): Set<string> {
  const replaced = new Set<string>();
  const bundle = bundleQuestion(model);
  const noPreference = noPreferenceValues(model);
  for (const question of model.questions) {
    const value: string | undefined = answers[question.id];
    if (question.id === bundle || value === undefined || noPreference.includes(value)) continue;
    for (const criterionId of bundleCriteriaReplacedBy(question.id, model))
      replaced.add(criterionId);
  }
  return replaced;
}

/**
 * The weight each criterion gets from the answers, with the answers that gave it, by criterion
 * id. Criteria without weight are absent; with no weight at all this is the general view.
 * Answers to questions the model does not ask, or values it does not know, add nothing.
 */
export function appliedWeights(answers: Answers, model: ScoringModel): Map<string, AppliedWeight> {
  const weights = new Map<string, AppliedWeight>();
  const add = (criterionId: string, source: WeightSource) => {
    if (source.weight <= 0) return;
    const known = weights.get(criterionId);
    weights.set(criterionId, {
      criterionId,
      weight: (known?.weight ?? 0) + source.weight,
      sources: [...(known?.sources ?? []), source],
    });
  };
  const replaces = model.bundle?.meetsAnswers === 'replace';
  const replaced = replaces ? replacedByAnswers(answers, model) : new Set<string>();
  const bundle = bundleQuestion(model);
  for (const question of model.questions) {
    const value: string | undefined = answers[question.id];
    if (value === undefined || !question.values.includes(value)) continue;
    if (question.type === 'importance') {
      const level = model.importanceLevels[value as Importance];
      for (const criterionId of model.importanceCriteria[question.id] ?? []) {
        add(criterionId, { questionId: question.id, value, weight: level });
      }
      continue;
    }
    for (const [criterionId, weight] of Object.entries(
      model.choiceWeights[question.id]?.[value] ?? {},
    )) {
      if (question.id === bundle && replaced.has(criterionId)) continue;
      add(criterionId, { questionId: question.id, value, weight });
    }
  }
  return weights;
}

/** The weight each criterion gets from the answers, by criterion id (see `appliedWeights`). */
export function answerWeights(answers: Answers, model: ScoringModel): Map<string, number> {
  return new Map([...appliedWeights(answers, model)].map(([id, applied]) => [id, applied.weight]));
}

/** Criteria made must-haves by `must` answers, in criteria order. */
export function mustHaveCriteria(answers: Answers, model: ScoringModel): Criterion[] {
  const ids = new Set<string>();
  for (const questionId of importanceQuestions(model)) {
    if (answers[questionId] === 'must') {
      for (const id of model.importanceCriteria[questionId] ?? []) ids.add(id);
    }
  }
  return model.criteria.filter((criterion) => ids.has(criterion.id));
}

/** Rounds half up, exactly, for a score that is 100 × numerator / denominator. */
function roundedPercent(numerator: number, denominator: number): number {
  return Math.floor((200 * numerator + denominator) / (2 * denominator));
}

/**
 * Scores and ranks the model's frameworks for the answers under that model.
 * Integer arithmetic keeps ties and rounding exact: every score shares the denominator Σ 3w.
 */
export function scoreAnswers(answers: Answers, model: ScoringModel): ScoringResult {
  const applied = appliedWeights(answers, model);
  const generalView = applied.size === 0;
  const weights: ReadonlyMap<string, AppliedWeight> = generalView
    ? new Map(
        model.criteria
          .filter((c) => c.kind === 'framework')
          .map((c) => [c.id, { criterionId: c.id, weight: 1, sources: [] }]),
      )
    : applied;

  const weighted = model.criteria
    .filter((criterion) => weights.has(criterion.id))
    .map((criterion) => ({ criterion, weight: weights.get(criterion.id)?.weight ?? 0 }))
    .sort((a, b) => b.weight - a.weight);
  const denominator = weighted.reduce((sum, { weight }) => sum + 3 * weight, 0);
  const mustHaves = mustHaveCriteria(answers, model);

  const scored = model.frameworks.map((id): FrameworkScore => {
    const contributions = weighted.map(({ criterion, weight }) => {
      const rating = ratingOf(criterion, id);
      return { criterion, weight, rating, points: weight * rating, maxPoints: weight * 3 };
    });
    const points = contributions.reduce((sum, c) => sum + c.points, 0);
    return {
      id,
      exactScore: (100 * points) / denominator,
      score: roundedPercent(points, denominator),
      points,
      failedMustHaves: mustHaves.filter((c) => ratingOf(c, id) < model.mustHaveMinRating),
      contributions,
    };
  });

  const level = (a: FrameworkScore, b: FrameworkScore) =>
    a.failedMustHaves.length - b.failedMustHaves.length || b.points - a.points;
  const tie = (a: FrameworkId, b: FrameworkId) => tieBreak(a, b, answers, weighted, model.tieBreak);
  scored.sort((a, b) => level(a, b) || tie(a.id, b.id).order);

  const [first, second] = scored;
  if (!first || !second) throw new Error('Scoring needs at least two frameworks');
  const closeCall =
    first.failedMustHaves.length === second.failedMustHaves.length &&
    100 * Math.abs(first.points - second.points) < model.closeCallPoints * denominator;

  return {
    modelId: model.id,
    ranking: scored,
    generalView,
    weights,
    maxPoints: denominator,
    mustHaves,
    closeCall,
    closeCallPoints: model.closeCallPoints,
    winnerMeetsMustHaves: first.failedMustHaves.length === 0,
    tiedForFirst: scored.filter((entry) => level(entry, first) === 0).map((entry) => entry.id),
    tieDecider: level(first, second) === 0 ? tie(first.id, second.id).decider : undefined,
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
  for (const { question, favours } of rules.byAnswers ?? []) {
    const value: string | undefined = answers[question];
    const favoured = value === undefined ? undefined : favours[value];
    if (value !== undefined && (favoured === a || favoured === b)) {
      return { order: favoured === a ? -1 : 1, decider: { kind: 'answer', question, value } };
    }
  }
  if (rules.byHeaviestDifference) {
    // `weighted` is heaviest first, equal weights in criteria order.
    const differing = weighted.find(
      ({ criterion }) => ratingOf(criterion, a) !== ratingOf(criterion, b),
    );
    if (differing) {
      const { criterion } = differing;
      return {
        order: ratingOf(criterion, b) - ratingOf(criterion, a),
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
  if (!winner) throw new Error('A ranking always has its frameworks');
  return winner;
}

/** The importance questions whose `must` answers name this criterion, for "relax this" links. */
export function questionsWeighting(
  criterionId: string,
  model: ScoringModel,
): readonly QuestionId[] {
  return importanceQuestions(model).filter((id) =>
    (model.importanceCriteria[id] ?? []).includes(criterionId),
  );
}

/** How many levels apart two importance answers are; a skipped question counts as level 0. */
export function importanceDistance(from: string | undefined, to: string | undefined): number {
  const levels: readonly string[] = IMPORTANCE_VALUES;
  const level = (value: string | undefined) => (value === undefined ? 0 : levels.indexOf(value));
  return Math.abs(level(from) - level(to));
}
