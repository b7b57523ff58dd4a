/**
 * The numbers behind the "why" chart: for each weighted criterion, what each framework earned
 * (rating × weight) out of the most it could (3 × weight). Pure, read straight off a ScoringResult.
 */
import type { FrameworkId } from './frameworks';
import { ratingOf } from './model-rules';
import type { Criterion } from './model-types';
import { winnerOf, type ScoringResult } from './scoring';

export interface BreakdownCell {
  readonly rating: number;
  /** rating × weight. */
  readonly points: number;
}

export interface BreakdownRow {
  readonly criterion: Criterion;
  readonly weight: number;
  /** 3 × weight: what a framework rated 3 earns. */
  readonly maxPoints: number;
  /** A `must` answer made this criterion a knock-out. */
  readonly mustHave: boolean;
  readonly cells: Readonly<Record<FrameworkId, BreakdownCell>>;
}

export interface BreakdownTotal {
  readonly points: number;
  /** The shown score, 0-100. */
  readonly score: number;
}

export interface ScoreBreakdown {
  /** Frameworks in ranking order, best first. */
  readonly frameworks: readonly FrameworkId[];
  /** Heaviest weight first; equal weights keep the model's criteria order. */
  readonly rows: readonly BreakdownRow[];
  /** Σ 3 × weight: the denominator every score shares. */
  readonly maxPoints: number;
  /** The largest single row's maxPoints, so a chart can draw every row on one scale. */
  readonly largestRowMax: number;
  readonly totals: Readonly<Record<FrameworkId, BreakdownTotal>>;
}

/**
 * Breaks a result's scores down by criterion, in the order the user weighted them.
 * The rows add up exactly to each framework's score: score = 100 × Σ points / maxPoints.
 */
export function scoreBreakdown(result: ScoringResult): ScoreBreakdown {
  const winner = winnerOf(result);
  const mustHaveIds = new Set(result.mustHaves.map((criterion) => criterion.id));
  const rows = winner.contributions.map(({ criterion, weight, maxPoints }) => ({
    criterion,
    weight,
    maxPoints,
    mustHave: mustHaveIds.has(criterion.id),
    cells: Object.fromEntries(
      result.ranking.map(({ id }) => {
        const rating = ratingOf(criterion, id);
        return [id, { rating, points: rating * weight }];
      }),
    ) as Record<FrameworkId, BreakdownCell>,
  }));
  const totals = Object.fromEntries(
    result.ranking.map((entry) => [entry.id, { points: entry.points, score: entry.score }]),
  ) as Record<FrameworkId, BreakdownTotal>;
  return {
    frameworks: result.ranking.map((entry) => entry.id),
    rows,
    maxPoints: result.maxPoints,
    largestRowMax: rows.reduce((largest, row) => Math.max(largest, row.maxPoints), 0),
    totals,
  };
}
