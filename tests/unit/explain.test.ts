import { adrMarkdown } from '../../src/domain/adr';
import { leadsOf, winningEdge, winningEdgeClause } from '../../src/domain/explain';
import { MODEL_2026_11 } from '../../src/domain/models/model-2026-11';
import type { Answers } from '../../src/domain/questions';
import { scoreAnswers, winnerOf } from '../../src/domain/scoring';
import { decodeShareQuery } from '../../src/domain/share-link';

const model = MODEL_2026_11;

function resultFor(query: string) {
  const { answers } = decodeShareQuery(query, {
    knownModelIds: ['2026-11'],
    currentModelId: '2026-11',
  });
  return { answers, result: scoreAnswers(answers, model) };
}

function chosenOption(answers: Answers): string {
  const record = adrMarkdown({ answers, model, date: '2026-11-20', resultUrl: 'https://x.test/' });
  return record.split('\n').find((line) => line.startsWith('Chosen option:')) ?? '';
}

describe('why the winner is first', () => {
  it('says it wins on the total when it has the highest score', () => {
    const { result } = resultFor('kind=api&style=freedom&team=flask');
    expect(winningEdge(result)).toEqual({ kind: 'score' });
    expect(winningEdgeClause(result)).toBe('it wins on the total');
  });

  it('names the tie when the fixed order decides between equal scores', () => {
    // sqlalchemy_fit alone: FastAPI and Flask are both rated 3.
    const { answers, result } = resultFor('orm=sqlalchemy');
    expect(winnerOf(result).id).toBe('fastapi');
    expect(leadsOf(result, 'fastapi')).toEqual([]);
    expect(winningEdge(result)).toEqual({ kind: 'tie', with: 'flask' });
    expect(winningEdgeClause(result)).toBe(
      'it ties with Flask on the total and the fixed order (Django, FastAPI, Flask) breaks the tie',
    );
    expect(chosenOption(answers)).toMatch(/ties with Flask for the highest score/);
  });

  it('credits the must-haves, not the score, when higher-scoring frameworks fail them', () => {
    // Flask is the only framework rated 2+ on both admin and throughput; the others score more.
    const { answers, result } = resultFor('admin=must&perf=must&team=typed');
    const [flask, ...others] = result.ranking;
    expect(flask?.id).toBe('flask');
    for (const other of others) expect(other.exactScore).toBeGreaterThan(flask?.exactScore ?? 0);
    expect(winningEdge(result)).toEqual({ kind: 'must-haves', over: ['fastapi', 'django'] });
    expect(winningEdgeClause(result)).toBe(
      'it meets all your must-haves and FastAPI and Django do not',
    );
    const chosen = chosenOption(answers);
    expect(chosen).not.toMatch(/scores highest/);
    expect(chosen).toMatch(/meets all our must-haves and FastAPI and Django do not/);
  });
});
