import { MODEL_2026_11 } from '../../src/domain/models/model-2026-11';
import { MODEL_2027_01 } from '../../src/domain/models/model-2027-01';
import type { Answers } from '../../src/domain/questions';
import { answerWeights, scoreAnswers, winnerOf } from '../../src/domain/scoring';
import { decodeShareQuery } from '../../src/domain/links/share-link';
import { MODEL_CATALOG } from '../../src/domain/model-catalog';
import { answersOf } from '../support/results';

const model = MODEL_2027_01;

function answersFrom(query: string): Answers {
  return answersOf(`?data=2027-01&${query}`);
}

function weights(query: string, of = model) {
  return Object.fromEntries(answerWeights(answersFrom(query), of));
}

describe('model 2027-01: explicit answers win over the project kind’s bundle', () => {
  it('drops what the kind adds to a criterion the user answered, and "doesn’t matter" means zero', () => {
    expect(weights('kind=ml')).toEqual({ ml_model_serving: 2, async_io: 1, typed_validation: 1 });
    expect(weights('kind=ml&async=no')).toEqual({ ml_model_serving: 2, typed_validation: 1 });
    expect(weights('kind=ml&async=important')).toEqual({
      ml_model_serving: 2,
      async_io: 2,
      typed_validation: 1,
    });
    expect(weights('kind=micro&perf=no')).toEqual({ microservices: 2, small_api_service: 1 });
    // 2026-11 keeps adding the bundle to the answer.
    expect(weights('kind=ml&async=no', MODEL_2026_11)).toMatchObject({ async_io: 1 });
  });

  it('counts the docs answer once: it weighs API docs and replaces the bundle on typed validation', () => {
    expect(weights('kind=api&docs=must')).toEqual({ small_api_service: 2, auto_api_docs: 3 });
    expect(weights('kind=api&docs=no')).toEqual({ small_api_service: 2 });
    expect(scoreAnswers(answersFrom('docs=must'), model).mustHaves.map((c) => c.id)).toEqual([
      'auto_api_docs',
    ]);
  });

  it('lets "No preference" replace nothing, and adds weights from different answers', () => {
    expect(weights('kind=learn&team=any')).toEqual(weights('kind=learn'));
    expect(weights('kind=api&team=typed')).toEqual({
      small_api_service: 2,
      auto_api_docs: 1,
      typed_validation: 3,
    });
  });

  it('weighs the database answers symmetrically', () => {
    const gap = (query: string, a: 'django' | 'flask', b: 'django' | 'flask') => {
      const result = scoreAnswers(answersFrom(query), model);
      const points = (id: string) =>
        result.ranking.find((e) => e.id === id)?.contributions.reduce((s, c) => s + c.points, 0) ??
        0;
      return points(a) - points(b);
    };
    expect(gap('orm=django', 'django', 'flask')).toBe(gap('orm=sqlalchemy', 'flask', 'django'));
    expect(scoreAnswers(answersFrom('orm=django'), model).ranking.map((e) => e.score)).toEqual([
      100, 33, 33,
    ]);
  });
});

describe('model 2027-01: the code the project joins and the team', () => {
  it('sends a Django team adding an API to its Django project to Django', () => {
    const result = scoreAnswers(answersFrom('kind=api&codebase=django&team=django'), model);
    expect(winnerOf(result).id).toBe('django');
    // 2026-11 had no codebase question; the same team and kind went to FastAPI.
    const old = answersOf('?data=2026-11&kind=api&team=django');
    expect(winnerOf(scoreAnswers(old, MODEL_2026_11)).id).toBe('fastapi');
  });

  it('does not send a small internal dashboard to Django for being a web app', () => {
    expect(winnerOf(scoreAnswers(answersFrom('kind=dashboard'), model)).id).toBe('flask');
    // A Django team still gets its own framework, whose admin suits an internal tool.
    expect(
      winnerOf(scoreAnswers(answersFrom('kind=dashboard&admin=important&team=django'), model)).id,
    ).toBe('django');
  });

  it('lets someone who knows Flask and wants a small JSON API see Flask win or tie', () => {
    for (const query of [
      'kind=api&team=flask',
      'kind=api&team=flask&docs=nice',
      'kind=api&team=flask&style=freedom',
    ]) {
      const result = scoreAnswers(answersFrom(query), model);
      expect(result.tiedForFirst).toContain('flask');
    }
  });
});

describe('model 2027-01: ties are ordered by the answers, then by what differs', () => {
  it('lists the framework of the codebase first, then the team’s', () => {
    // Both FastAPI and Flask are rated 3 on sqlalchemy_fit and nothing else is weighed.
    const plain = scoreAnswers(answersFrom('orm=sqlalchemy'), model);
    expect(plain.tiedForFirst).toEqual(['flask', 'fastapi']);
    expect(plain.tieDecider).toEqual({ kind: 'order', order: ['flask', 'fastapi', 'django'] });
    const typed = scoreAnswers(answersFrom('orm=sqlalchemy&docs=no&team=typed'), model);
    expect(winnerOf(typed).id).toBe('fastapi');
  });

  it('falls back to the heaviest weighted criterion where the tied two differ', () => {
    // FastAPI and Flask tie on points both times; the heavier differing criterion decides, so
    // the order is not fixed against one framework.
    const admin = scoreAnswers(answersFrom('orm=sqlalchemy&admin=important&async=nice'), model);
    expect(admin.tiedForFirst).toEqual(['flask', 'fastapi']);
    expect(admin.tieDecider).toMatchObject({
      kind: 'criterion',
      criterion: { id: 'builtin_admin' },
    });
    const perf = scoreAnswers(answersFrom('perf=must&admin=nice&style=freedom'), model);
    expect(perf.tiedForFirst).toEqual(['fastapi', 'flask']);
    expect(perf.tieDecider).toMatchObject({
      kind: 'criterion',
      criterion: { id: 'raw_throughput' },
    });
  });

  it('lets the codebase answer decide a tie before any criterion', () => {
    // FastAPI leads Flask by 10 points on async, docs and throughput; the Flask codebase gives
    // Flask 10 back: a tie, listed with the framework the project joins first.
    const result = scoreAnswers(
      answersFrom('async=important&docs=must&perf=must&codebase=flask'),
      model,
    );
    expect(result.tiedForFirst).toEqual(['flask', 'fastapi']);
    expect(result.tieDecider).toEqual({ kind: 'answer', question: 'codebase', value: 'flask' });
  });
});

describe('reading old links under model 2027-01’s scheme growth', () => {
  it('ignores, and names, keys and values a 2026-11 link cannot have', () => {
    const decoded = decodeShareQuery(
      '?v=1&data=2026-11&kind=dashboard&team=flask&codebase=django',
      MODEL_CATALOG,
    );
    expect(decoded.modelId).toBe('2026-11');
    expect(decoded.answers).toEqual({ team: 'flask' });
    expect(decoded.ignored).toEqual([
      { key: 'kind', value: 'dashboard', reason: 'value-not-in-model', model: '2026-11' },
      { key: 'codebase', value: 'django', reason: 'not-in-model', model: '2026-11' },
    ]);
    const noModel = decodeShareQuery('?codebase=flask', MODEL_CATALOG);
    expect(noModel.modelId).toBe('2026-11');
    expect(noModel.answers).toEqual({});
  });
});
