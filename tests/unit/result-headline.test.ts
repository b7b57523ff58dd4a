import { winningEdgeClause } from '../../src/domain/explain';
import { MODEL_2026_11 } from '../../src/domain/models/model-2026-11';
import { MODEL_2027_01 } from '../../src/domain/models/model-2027-01';
import {
  closeCallNote,
  resultHeadline,
  resultLede,
  separatorSentence,
  tieExplanation,
} from '../../src/domain/result-headline';
import { scoreAnswers } from '../../src/domain/scoring';
import { decodeShareQuery } from '../../src/domain/share-link';

function result(query: string, model = MODEL_2027_01) {
  const { answers } = decodeShareQuery(`?data=${model.id}&${query}`, {
    knownModelIds: ['2026-11', '2027-01'],
    currentModelId: '2027-01',
  });
  return scoreAnswers(answers, model);
}

describe('the words at the top of a result', () => {
  it('names a single winner as the best fit, or the closest when it fails a must-have', () => {
    expect(resultHeadline(result('kind=api&codebase=django&team=django'))).toBe(
      'Django is the best fit',
    );
    expect(resultLede(result('kind=api&codebase=django&team=django'))).toBe(
      'Django scores 85 of 100 on what you told us matters.',
    );
    expect(resultHeadline(result('async=must&admin=must&perf=must'))).toMatch(/comes closest$/);
    expect(resultHeadline(result(''))).toBe('Django, in a general view');
  });

  it('shows a tie as a tie, with what separates the two and why one is listed first', () => {
    const tie = result('orm=sqlalchemy&admin=important&async=nice');
    expect(resultHeadline(tie)).toBe('Flask and FastAPI fit equally well');
    expect(resultLede(tie)).toBe(
      'Flask and FastAPI both score 73 of 100 on what you told us matters.',
    );
    const explanation = tieExplanation(tie);
    expect(explanation?.separators.map(separatorSentence)).toEqual([
      'Flask is rated higher on Admin panel (2 against 1).',
      'FastAPI is rated higher on Async I/O and concurrency (3 against 1).',
    ]);
    expect(explanation?.listedFirst).toBe(
      'Flask is listed first: its higher rating on Admin panel breaks the tie.',
    );
    expect(closeCallNote(tie)).toBeUndefined();
    expect(winningEdgeClause(tie)).toBe(
      'it ties with FastAPI on the total and its higher rating on Admin panel breaks the tie',
    );
  });

  it('says when nothing weighted separates tied frameworks, and names the smaller-core rule', () => {
    const tie = tieExplanation(result('orm=sqlalchemy'));
    expect(tie?.separators).toEqual([]);
    expect(tie?.separatorsIntro).toMatch(/^None of the criteria you weighted separates them/);
    expect(tie?.listedFirst).toBe(
      'Flask is listed first: the smaller core first (Flask, FastAPI, Django) breaks the tie.',
    );
    expect(tieExplanation(result('kind=api&team=flask'))).toBeUndefined();
  });

  it('keeps 2026-11’s wording for its fixed order', () => {
    const old = result('orm=sqlalchemy', MODEL_2026_11);
    expect(tieExplanation(old)?.listedFirst).toBe(
      'FastAPI is listed first: the fixed order (Django, FastAPI, Flask) breaks the tie.',
    );
  });

  it('gives a close call that is not a tie its own note', () => {
    const close = result('kind=api&async=must&docs=must&perf=important', MODEL_2026_11);
    expect(close.closeCall).toBe(false);
    const note = closeCallNote(
      result('perf=nice&docs=nice&style=freedom&team=flask', MODEL_2026_11),
    );
    expect(note?.title).toBe('A close call.');
    expect(note?.text).toMatch(
      /^FastAPI \(81\) and Flask \(76\) are less than 5 points apart before rounding/,
    );
  });
});
