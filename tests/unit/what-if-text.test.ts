import { MODEL_2026_11 } from '../../src/domain/models/model-2026-11';
import { QUESTIONS, type QuestionId } from '../../src/domain/questions';
import { winnerOf } from '../../src/domain/scoring';
import { findFlips } from '../../src/domain/what-if';
import { changePhrase, costLabel, describeFlip } from '../../src/domain/what-if-text';
import { answersOf, reportOf } from '../support/results';

const model = MODEL_2026_11;

/** A 2026-11 result: its report, and every flip with its sentence. */
function explain(query: string) {
  const link = `v=1&data=2026-11&${query}`;
  const report = reportOf(link);
  const flips = findFlips(answersOf(link), model);
  return {
    result: report.result,
    closeness: report.closeness,
    flips,
    sentences: flips.map((flip) => describeFlip(flip, model)),
  };
}

describe('what would change the answer, in words', () => {
  it('calls a result robust when no single change gives another winner', () => {
    // FastAPI is the only framework rated 2+ on both async_io (Django 2, Flask 1) and
    // raw_throughput (Django 1, Flask 2): with both as must-haves, dropping either one still
    // leaves FastAPI ahead on the API and throughput weights, and no added answer overturns it.
    const { result, flips, closeness } = explain('kind=api&async=must&perf=must&team=flask');
    expect(winnerOf(result).id).toBe('fastapi');
    expect(flips).toEqual([]);
    expect(closeness).toMatchObject({ kind: 'robust', cheapestSteps: undefined });
    expect(closeness.sentence).toBe(
      'No single change to your answers would put another framework first: the recommendation of FastAPI is robust.',
    );
  });

  it('finds a robust Django result too, so robustness is not a FastAPI quirk', () => {
    const { result, flips } = explain('kind=webapp&admin=must&orm=django&perf=no&docs=must');
    expect(winnerOf(result).id).toBe('django');
    expect(flips).toEqual([]);
  });

  it('says which one-answer flip makes a must-have the decider', () => {
    const { flips, sentences, closeness } = explain(
      'kind=webapp&admin=must&orm=django&style=conventions',
    );
    expect(flips.map((flip) => flip.change)).toEqual([
      { questionId: 'perf', value: 'must', cost: 3 },
    ]);
    expect(sentences).toEqual([
      'If raw throughput were a must-have, Flask would come first: it is the only one that meets all your must-haves.',
    ]);
    expect(closeness).toMatchObject({ kind: 'changeable', cheapestSteps: 3 });
    expect(closeness.sentence).toBe(
      'Django leads; it takes a change of at least 3 steps in one answer to put another framework first.',
    );
  });

  it('gives the scores when the flip wins on points, and says when that is close', () => {
    const { flips, sentences, closeness } = explain('kind=api&style=freedom&team=flask');
    expect(sentences).toEqual([
      'If your project were a full web app with pages and user accounts, Flask would come first: it would score 79 to Django’s 76: a close call.',
    ]);
    expect(flips[0]?.result.closeCall).toBe(true);
    expect(closeness.sentence).toBe(
      'FastAPI leads, but a change of one step in one of your answers would put another framework first.',
    );
  });

  it('says plainly when a flip only ties and the fixed order decides', () => {
    // django and fastapi both 75.9 after kind=webapp (scoring-model.md section 5).
    const { sentences } = explain('kind=api&async=must&docs=must&perf=important');
    expect(sentences).toEqual([
      'If your project were a full web app with pages and user accounts, Django would come first: it would tie with FastAPI at 76 and win on the fixed order (Django, FastAPI, Flask): a close call.',
    ]);
  });

  it('calls a close call a close call, whatever the flips', () => {
    const { result, closeness } = explain('kind=webapp&async=must&docs=must&perf=important');
    expect(result.closeCall).toBe(true);
    expect(closeness).toMatchObject({ kind: 'close-call', title: 'A close call.' });
    expect(closeness.sentence).toBe(
      'Django and FastAPI are less than 5 points apart (both score 76). Either is a reasonable choice; weigh the reasons with your team.',
    );
  });

  it('says "before rounding" when close-call scores look 5 or more apart once rounded', () => {
    const { result, closeness } = explain('perf=nice&docs=nice&style=freedom&team=flask');
    expect(result.ranking.slice(0, 2).map((entry) => [entry.id, entry.score])).toEqual([
      ['fastapi', 81],
      ['flask', 76],
    ]);
    expect(closeness.sentence).toMatch(
      /^FastAPI and Flask are less than 5 points apart before rounding \(81 and 76\)\./,
    );
    expect(explain('style=freedom&team=typed').sentences).toContain(
      'If your project were something to learn web development with, Flask would come first: it would score 81 to FastAPI’s 76: a close call, less than 5 points apart before rounding.',
    );
  });

  it('has its own wording for every answer of every question, and for skipping it', () => {
    for (const question of QUESTIONS) {
      const phrases = question.options.map((option) =>
        changePhrase({ questionId: question.id as QuestionId, value: option.value, cost: 1 }),
      );
      for (const phrase of phrases) {
        expect(phrase).toMatch(/^If /);
        expect(phrase).not.toContain('If you answered');
      }
      expect(new Set(phrases).size).toBe(phrases.length);
      expect(changePhrase({ questionId: question.id, value: undefined, cost: 1 })).toBe(
        `If you skipped “${question.shortLabel}”`,
      );
    }
    expect(costLabel(1)).toBe('one step');
    expect(costLabel(3)).toBe('3 steps');
  });
});
