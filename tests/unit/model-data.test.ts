import { CURRENT_MODEL_ID } from '../../src/domain/model-catalog';
import { MODEL_REGISTRY } from '../../src/domain/scoring-models';

describe.each(MODEL_REGISTRY.models)('scoring model $id', (model) => {
  const criterionIds = new Set(model.criteria.map((criterion) => criterion.id));

  it('has unique criterion ids', () => {
    expect(criterionIds.size).toBe(model.criteria.length);
  });

  it.each(model.criteria)(
    'rates $id 0-3 for every framework it ranks, each justified',
    (criterion) => {
      for (const id of model.frameworks) {
        expect([0, 1, 2, 3]).toContain(criterion.ratings[id]);
        expect(criterion.justification[id]?.trim().length).toBeGreaterThan(10);
      }
      expect(criterion.label.trim()).not.toBe('');
      if (criterion.kind === 'framework') {
        for (const id of model.frameworks) expect(criterion.sources[id]?.length).toBeGreaterThan(0);
      }
    },
  );

  it('weights only criteria that exist, from questions and values it asks', () => {
    for (const question of model.questions) {
      if (question.type === 'importance') {
        const targets = model.importanceCriteria[question.id] ?? [];
        expect(targets.length).toBeGreaterThan(0);
        for (const id of targets) expect(criterionIds).toContain(id);
      } else {
        for (const [value, weights] of Object.entries(model.choiceWeights[question.id] ?? {})) {
          expect(question.values).toContain(value);
          for (const [id, weight] of Object.entries(weights ?? {})) {
            expect(criterionIds).toContain(id);
            expect(weight).toBeGreaterThan(0);
          }
        }
      }
    }
    const asked = model.questions.map((question) => question.id as string);
    for (const id of [
      ...Object.keys(model.choiceWeights),
      ...Object.keys(model.importanceCriteria),
    ])
      expect(asked).toContain(id);
  });

  it('breaks ties in an order of exactly the frameworks it ranks', () => {
    expect([...model.tieBreak.order].sort()).toEqual([...model.frameworks].sort());
  });
});

describe('model registry', () => {
  it('makes the newest model current, and the wizard links to it', () => {
    expect(MODEL_REGISTRY.current.id).toBe(CURRENT_MODEL_ID);
    expect(MODEL_REGISTRY.models.at(-1)).toBe(MODEL_REGISTRY.current);
  });
});
