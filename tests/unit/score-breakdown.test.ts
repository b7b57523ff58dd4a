import { FRAMEWORK_IDS } from '../../src/domain/frameworks';
import { MODEL_2026_11 } from '../../src/domain/models/model-2026-11';
import { type Answers } from '../../src/domain/questions';
import { scoreAnswers } from '../../src/domain/scoring';
import { scoreBreakdown } from '../../src/domain/score-breakdown';
import { answersOf } from '../support/results';

function answersFrom(query: string): Answers {
  return answersOf(`v=1&data=2026-11&${query}`);
}

describe('score breakdown by criterion', () => {
  it.each([
    'kind=webapp&admin=must&orm=django&style=conventions',
    'kind=api&async=must&docs=must&perf=important',
    'kind=learn&style=freedom&team=new',
    '',
  ])('adds up to each framework’s score for %s', (query) => {
    const result = scoreAnswers(answersFrom(query), MODEL_2026_11);
    const breakdown = scoreBreakdown(result);
    for (const entry of result.ranking) {
      const points = breakdown.rows.reduce((sum, row) => sum + row.cells[entry.id].points, 0);
      expect(points).toBe(breakdown.totals[entry.id].points);
      expect((100 * points) / breakdown.maxPoints).toBeCloseTo(entry.exactScore, 10);
      expect(breakdown.totals[entry.id].score).toBe(entry.score);
    }
    expect(breakdown.frameworks).toEqual(result.ranking.map((entry) => entry.id));
  });

  it('puts the criteria the user weighted most first and marks must-haves', () => {
    const result = scoreAnswers(answersFrom('kind=api&async=must&docs=must'), MODEL_2026_11);
    const breakdown = scoreBreakdown(result);
    const weights = breakdown.rows.map((row) => row.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    // kind=api adds 1 to auto_api_docs and typed_validation, docs=must adds 3: the heaviest rows,
    // in the model's criteria order.
    expect(breakdown.rows.slice(0, 2).map((row) => [row.criterion.id, row.weight])).toEqual([
      ['auto_api_docs', 4],
      ['typed_validation', 4],
    ]);
    expect(breakdown.rows[0]).toMatchObject({ maxPoints: 12, mustHave: true });
    expect(breakdown.largestRowMax).toBe(12);
    const mustHaves = breakdown.rows.filter((row) => row.mustHave).map((row) => row.criterion.id);
    expect(mustHaves.sort()).toEqual(['async_io', 'auto_api_docs', 'typed_validation']);
    for (const row of breakdown.rows) {
      for (const id of FRAMEWORK_IDS) {
        expect(row.cells[id].points).toBe(row.cells[id].rating * row.weight);
      }
    }
  });

  it('weighs all 22 framework criteria the same in a general view', () => {
    const breakdown = scoreBreakdown(scoreAnswers({}, MODEL_2026_11));
    expect(breakdown.rows).toHaveLength(22);
    expect(new Set(breakdown.rows.map((row) => row.weight))).toEqual(new Set([1]));
    expect(breakdown.maxPoints).toBe(66);
  });
});
