/**
 * Released scoring models are frozen data: each is pinned by a digest of everything it holds
 * (questions, frameworks, criteria with their texts and sources, weights, rules). An edit to a
 * released model fails here; a change ships as a new model, a correction of a text as an erratum.
 */
import { createHash } from 'node:crypto';
import { MODEL_CATALOG } from '../../src/domain/model-catalog';
import { ERRATA } from '../../src/domain/models/errata';
import { QUESTIONS } from '../../src/domain/questions';
import { MODEL_REGISTRY } from '../../src/domain/scoring-models';

/** JSON with every object's keys sorted, so the digest depends on content alone. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function digest(value: unknown): string {
  return createHash('sha256').update(canonical(value)).digest('hex');
}

/** One line per released model. Never edit a line: add one for each new model. */
const RELEASED = {
  '2026-11': '9f8e859bfb786876d09d8781a70804521b10683f5708fe552bd59aa0434511ad',
  '2027-01': '6dfdf54b157f873d739948d7c26ba211b03ef7ea517053bdb4116a53c06d7198',
  '2027-02': '34980f56d9af9403df396003cb42ed88f5925c2591ece9d0b7b89e0c5cf2d9b4',
} as const;

describe('released scoring models', () => {
  it.each(Object.entries(RELEASED))('model %s is exactly as released', (id, pinned) => {
    const model = MODEL_REGISTRY.models.find((candidate) => candidate.id === id);
    expect(model, `model ${id} must stay in the registry`).toBeDefined();
    expect(digest(model)).toBe(pinned);
  });

  it('pins every model the app ships', () => {
    const pinned: readonly string[] = Object.keys(RELEASED);
    for (const model of MODEL_REGISTRY.models) expect(pinned).toContain(model.id);
  });

  it('are declared in the light catalog exactly as the registry holds them', () => {
    expect(MODEL_CATALOG.models.map((model) => model.id)).toEqual(
      MODEL_REGISTRY.models.map((model) => model.id),
    );
    MODEL_REGISTRY.models.forEach((model, index) => {
      const declaration = MODEL_CATALOG.models[index];
      expect(declaration?.questions).toBe(model.questions);
      expect(declaration?.frameworks).toBe(model.frameworks);
      expect(declaration?.released).toBe(model.released);
    });
  });

  it('ask only questions and values the wizard has words for, of the same type', () => {
    for (const model of MODEL_REGISTRY.models) {
      for (const asked of model.questions) {
        const question = QUESTIONS.find((candidate) => candidate.id === asked.id);
        expect(question?.type, `${model.id} asks ${asked.id}`).toBe(asked.type);
        const values: readonly string[] = question?.options.map((option) => option.value) ?? [];
        for (const value of asked.values) expect(values).toContain(value);
      }
    }
  });

  it('the newest asks every question and value the wizard shows, in the wizard’s order', () => {
    expect(
      MODEL_REGISTRY.current.questions.map((question) => [question.id, question.values]),
    ).toEqual(QUESTIONS.map((question) => [question.id, question.options.map((o) => o.value)]));
  });

  it('were released on or before the day their successor was', () => {
    const days = MODEL_REGISTRY.models.map((model) => model.released);
    expect([...days].sort()).toEqual(days);
    for (const day of days) expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('take errata only for texts they hold', () => {
    for (const erratum of ERRATA) {
      const model = MODEL_REGISTRY.models.find((candidate) => candidate.id === erratum.model);
      const criterion = model?.criteria.find((candidate) => candidate.id === erratum.criterion);
      expect(criterion, `${erratum.model} ${erratum.criterion}`).toBeDefined();
      if (erratum.framework) expect(model?.frameworks).toContain(erratum.framework);
      expect(erratum.date >= (model?.released ?? '')).toBe(true);
      expect(erratum.sources.length).toBeGreaterThan(0);
      expect(erratum.correction.trim()).not.toBe('');
    }
  });
});
