import { MODEL_2026_11 } from '../../src/domain/models/model-2026-11';
import type { Answers } from '../../src/domain/questions';
import { scoreAnswers, winnerOf } from '../../src/domain/scoring';
import { findFlips } from '../../src/domain/what-if';
import { answersOf } from '../support/results';

const model = MODEL_2026_11;

function answersFrom(query: string): Answers {
  return answersOf(`v=1&data=2026-11&${query}`);
}

function summary(query: string) {
  const result = scoreAnswers(answersFrom(query), model);
  return result.ranking.map((entry) => ({
    id: entry.id,
    score: entry.score,
    fails: entry.failedMustHaves.map((c) => c.id),
  }));
}

describe('scoring model 2026-11: expected results of scoring-model.md section 6', () => {
  it.each([
    {
      answers: 'kind=webapp&admin=must&orm=django&style=conventions',
      ranking: [
        { id: 'django', score: 100, fails: [] },
        { id: 'flask', score: 62, fails: [] },
        { id: 'fastapi', score: 40, fails: ['builtin_admin'] },
      ],
    },
    {
      answers: 'kind=api&async=must&docs=must&perf=important',
      ranking: [
        { id: 'fastapi', score: 100, fails: [] },
        { id: 'django', score: 58, fails: [] },
        { id: 'flask', score: 42, fails: ['async_io', 'auto_api_docs', 'typed_validation'] },
      ],
    },
    {
      answers: 'kind=learn&style=freedom&team=new',
      ranking: [
        { id: 'flask', score: 100, fails: [] },
        { id: 'fastapi', score: 67, fails: [] },
        { id: 'django', score: 52, fails: [] },
      ],
    },
    {
      answers: 'kind=api&style=freedom&team=flask',
      ranking: [
        { id: 'fastapi', score: 83, fails: [] },
        { id: 'flask', score: 75, fails: [] },
        { id: 'django', score: 42, fails: [] },
      ],
    },
    {
      answers: '',
      ranking: [
        { id: 'django', score: 79, fails: [] },
        { id: 'fastapi', score: 71, fails: [] },
        { id: 'flask', score: 59, fails: [] },
      ],
    },
  ])('$answers', ({ answers, ranking }) => {
    expect(summary(answers)).toEqual(ranking);
  });

  it('calls nothing answered, or only "no" and "any", a general view over the 22 framework criteria', () => {
    const general = scoreAnswers({}, model);
    expect(general.generalView).toBe(true);
    expect(winnerOf(general).contributions).toHaveLength(22);
    const indifferent = scoreAnswers(answersFrom('async=no&orm=any&style=any&team=any'), model);
    expect(indifferent.generalView).toBe(true);
    expect(indifferent.ranking.map((e) => e.score)).toEqual(general.ranking.map((e) => e.score));
    expect(scoreAnswers(answersFrom('kind=api'), model).generalView).toBe(false);
  });

  it('adds weights on the same criterion: kind=api with docs=must weighs typed_validation 4', () => {
    const result = scoreAnswers(answersFrom('kind=api&docs=must'), model);
    const typed = winnerOf(result).contributions.find((c) => c.criterion.id === 'typed_validation');
    expect(typed?.weight).toBe(4);
  });

  it('flags a close call only when the top two are under 5 points apart with equal must-haves', () => {
    // django 75.9 and fastapi 75.9 after kind=webapp (scoring-model.md section 5).
    expect(
      scoreAnswers(answersFrom('kind=webapp&async=must&docs=must&perf=important'), model).closeCall,
    ).toBe(true);
    expect(scoreAnswers(answersFrom('kind=api&style=freedom&team=flask'), model).closeCall).toBe(
      false,
    );
  });

  it('names the closest framework when none meets every must-have', () => {
    // async_io rules out Flask (1), builtin_admin FastAPI (1), raw_throughput Django (1): each
    // fails exactly one, so the highest score comes first and keeps its score.
    const result = scoreAnswers(answersFrom('async=must&admin=must&perf=must'), model);
    expect(result.mustHaves.map((c) => c.id)).toEqual([
      'async_io',
      'builtin_admin',
      'raw_throughput',
    ]);
    expect(result.winnerMeetsMustHaves).toBe(false);
    expect(
      result.ranking.map((entry) => [entry.id, entry.failedMustHaves.map((c) => c.id)]),
    ).toEqual([
      ['fastapi', ['builtin_admin']],
      ['django', ['raw_throughput']],
      ['flask', ['async_io']],
    ]);
    // With admin and perf only, Flask meets both and ranks first despite the lowest score.
    const flaskOnly = scoreAnswers(answersFrom('admin=must&perf=must'), model);
    expect(flaskOnly.winnerMeetsMustHaves).toBe(true);
    expect(winnerOf(flaskOnly).id).toBe('flask');
    expect(flaskOnly.ranking.slice(1).every((e) => e.failedMustHaves.length === 1)).toBe(true);
  });
});

describe('what would change the answer (section 5)', () => {
  function flips(query: string) {
    return findFlips(answersFrom(query), model).map((flip) => ({
      framework: flip.framework,
      change: `${flip.change.questionId}=${flip.change.value ?? '(skipped)'}`,
    }));
  }

  it.each([
    {
      answers: 'kind=api&style=freedom&team=flask',
      flips: [{ framework: 'flask', change: 'kind=webapp' }],
    },
    {
      answers: 'kind=webapp&admin=must&orm=django&style=conventions',
      flips: [{ framework: 'flask', change: 'perf=must' }],
    },
    {
      answers: 'kind=learn&style=freedom&team=new',
      flips: [
        { framework: 'django', change: 'kind=webapp' },
        { framework: 'fastapi', change: 'kind=api' },
      ],
    },
    {
      answers: 'kind=api&async=must&docs=must&perf=important',
      flips: [{ framework: 'django', change: 'kind=webapp' }],
    },
  ])('$answers', ({ answers, flips: expected }) => {
    expect(flips(answers)).toEqual(expected);
  });

  it('finds the fixed order deciding a 75.9 tie as a close call after kind=webapp', () => {
    const [flip] = findFlips(answersFrom('kind=api&async=must&docs=must&perf=important'), model);
    expect(flip?.result.closeCall).toBe(true);
    expect(flip?.result.ranking.slice(0, 2).map((e) => [e.id, e.score])).toEqual([
      ['django', 76],
      ['fastapi', 76],
    ]);
  });
});
