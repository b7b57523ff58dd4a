/**
 * Plain-language reasons behind a ranking: what a framework leads or trails on, weighted by the
 * user's priorities. Pure, like the scoring it reads.
 */
import { FRAMEWORK_IDS, FRAMEWORK_NAMES, type FrameworkId } from './frameworks';
import type { Criterion, ScoringModel } from './model-types';
import type { Answers, ImportanceQuestionId } from './questions';
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
  /** Rating of the framework the reason is about. */
  readonly rating: number;
  /** The framework compared against and its rating. */
  readonly other: FrameworkId;
  readonly otherRating: number;
  /** weight × rating gap: how many points the gap is worth. */
  readonly impact: number;
}

function scoreOf(result: ScoringResult, id: FrameworkId): FrameworkScore {
  const score = result.ranking.find((entry) => entry.id === id);
  if (!score) throw new Error(`No score for ${id}`);
  return score;
}

/** The best-rated other framework on a criterion (ties in the fixed framework order). */
function strongestRival(criterion: Criterion, id: FrameworkId): FrameworkId {
  const rivals = FRAMEWORK_IDS.filter((other) => other !== id);
  return rivals.reduce((best, other) =>
    criterion.ratings[other] > criterion.ratings[best] ? other : best,
  );
}

function compare(contribution: CriterionContribution, other: FrameworkId): Reason {
  const otherRating = contribution.criterion.ratings[other];
  return {
    criterion: contribution.criterion,
    weight: contribution.weight,
    rating: contribution.rating,
    other,
    otherRating,
    impact: contribution.weight * (contribution.rating - otherRating),
  };
}

function byImpact(a: Reason, b: Reason): number {
  return Math.abs(b.impact) - Math.abs(a.impact) || b.weight - a.weight;
}

/** Weighted criteria on which `id` is rated above every other framework, biggest lead first. */
export function leadsOf(result: ScoringResult, id: FrameworkId, limit = 3): Reason[] {
  return scoreOf(result, id)
    .contributions.map((c) => compare(c, strongestRival(c.criterion, id)))
    .filter((reason) => reason.impact > 0)
    .sort(byImpact)
    .slice(0, limit);
}

/** Weighted criteria on which another framework is rated above `id`, biggest gap first. */
export function weaknessesOf(result: ScoringResult, id: FrameworkId, limit = 3): Reason[] {
  return scoreOf(result, id)
    .contributions.map((c) => compare(c, strongestRival(c.criterion, id)))
    .filter((reason) => reason.impact < 0)
    .sort(byImpact)
    .slice(0, limit);
}

/** Where `id` trails `winner` most, weighted: why it did not come first. */
export function gapsBehind(
  result: ScoringResult,
  id: FrameworkId,
  winner: FrameworkId,
  limit = 2,
): Reason[] {
  return scoreOf(result, id)
    .contributions.map((c) => compare(c, winner))
    .filter((reason) => reason.impact < 0)
    .sort(byImpact)
    .slice(0, limit);
}

/**
 * What put the winner first (docs/scoring-model-2026-11.md section 5, docs/scoring-model-2027-01.md section 4):
 * - `must-haves`: frameworks scoring as high or higher rank below it because they fail more
 *   must-haves (`over`, in ranking order);
 * - `tie`: the runner-up has the same exact score and must-haves, and the fixed order decided;
 * - `score`: it has the highest score outright.
 */
export type WinningEdge =
  | { readonly kind: 'must-haves'; readonly over: readonly FrameworkId[] }
  | { readonly kind: 'tie'; readonly with: FrameworkId }
  | { readonly kind: 'score' };

export function winningEdge(result: ScoringResult): WinningEdge {
  const [winner, ...others] = result.ranking;
  if (!winner) throw new Error('A ranking always has three frameworks');
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

/**
 * The rule that listed one of two tied frameworks first, as the subject of "… breaks the tie":
 * "the fixed order (Django, FastAPI, Flask)", "the code your project joins", "its higher rating
 * on Admin panel".
 */
export function tieDeciderPhrase(decider: TieDecider | undefined): string {
  if (!decider || decider.kind === 'order') {
    const order = decider?.order ?? FRAMEWORK_IDS;
    const names = order.map((id) => FRAMEWORK_NAMES[id]).join(', ');
    const fixed = order.every((id, index) => FRAMEWORK_IDS[index] === id);
    return fixed ? `the fixed order (${names})` : `the smaller core first (${names})`;
  }
  if (decider.kind === 'criterion') return `its higher rating on ${decider.criterion.label}`;
  return decider.question === 'codebase' ? 'the code your project joins' : 'your team’s background';
}

/** "Django", "Django and Flask". */
export function namesOf(ids: readonly FrameworkId[]): string {
  const names = ids.map((id) => FRAMEWORK_NAMES[id]);
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/**
 * Why the winner is first, as a clause: "it wins on the total", "it ties with FastAPI on the
 * total and the fixed order (Django, FastAPI, Flask) breaks the tie", "it meets all your
 * must-haves and Django does not". `whose` fits it to the page ("your") or the record ("our").
 */
export function winningEdgeClause(result: ScoringResult, whose: 'your' | 'our' = 'your'): string {
  const edge = winningEdge(result);
  switch (edge.kind) {
    case 'score':
      return 'it wins on the total';
    case 'tie':
      return `it ties with ${FRAMEWORK_NAMES[edge.with]} on the total and ${tieDeciderPhrase(result.tieDecider)} breaks the tie`;
    case 'must-haves':
      return result.winnerMeetsMustHaves
        ? `it meets all ${whose} must-haves and ${namesOf(edge.over)} ${edge.over.length === 1 ? 'does' : 'do'} not`
        : `it fails fewer of ${whose} must-haves than ${namesOf(edge.over)}`;
  }
}

export interface Relaxation {
  readonly criterion: Criterion;
  readonly questionId: ImportanceQuestionId;
  /** The same answers with that must-have lowered to important. */
  readonly answers: Answers;
}

/** For each must-have a framework fails, the answer change that would lower it to important. */
export function relaxationsFor(
  score: FrameworkScore,
  answers: Answers,
  model: ScoringModel,
): Relaxation[] {
  return score.failedMustHaves.flatMap((criterion) =>
    questionsWeighting(criterion.id, model)
      .filter((questionId) => answers[questionId] === 'must')
      .map((questionId) => ({
        criterion,
        questionId,
        answers: withAnswer(answers, questionId, 'important'),
      })),
  );
}
