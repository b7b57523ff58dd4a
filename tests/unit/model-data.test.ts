import { CURRENT_MODEL_ID } from '../../src/domain/current-model';
import { FRAMEWORK_IDS } from '../../src/domain/frameworks';
import { QUESTIONS } from '../../src/domain/questions';
import { MODEL_REGISTRY } from '../../src/domain/scoring-models';

describe.each(MODEL_REGISTRY.models)('scoring model $id', (model) => {
  const criterionIds = new Set(model.criteria.map((criterion) => criterion.id));

  it('has unique criterion ids', () => {
    expect(criterionIds.size).toBe(model.criteria.length);
  });

  it.each(model.criteria)('rates $id 0-3 for all three frameworks, each justified', (criterion) => {
    for (const id of FRAMEWORK_IDS) {
      expect([0, 1, 2, 3]).toContain(criterion.ratings[id]);
      expect(criterion.justification[id].trim().length).toBeGreaterThan(10);
    }
    expect(criterion.label.trim()).not.toBe('');
    if (criterion.kind === 'framework') {
      for (const id of FRAMEWORK_IDS) expect(criterion.sources[id].length).toBeGreaterThan(0);
    }
  });

  it('weights only criteria that exist, from answers that exist', () => {
    for (const question of QUESTIONS) {
      if (question.type === 'importance') {
        const targets = model.importanceCriteria[question.id];
        expect(targets.length).toBeGreaterThan(0);
        for (const id of targets) expect(criterionIds).toContain(id);
      } else {
        const table: Record<string, Record<string, number> | undefined> =
          model.choiceWeights[question.id];
        const values: string[] = question.options.map((option) => option.value);
        for (const [value, weights] of Object.entries(table)) {
          expect(values).toContain(value);
          for (const [id, weight] of Object.entries(weights ?? {})) {
            expect(criterionIds).toContain(id);
            expect(weight).toBeGreaterThan(0);
          }
        }
      }
    }
  });
});

describe('model registry', () => {
  it('makes the newest model current, and the wizard links to it', () => {
    expect(MODEL_REGISTRY.current.id).toBe(CURRENT_MODEL_ID);
    expect(MODEL_REGISTRY.models.at(-1)).toBe(MODEL_REGISTRY.current);
  });

  it('ships model 2026-11 with the 27 criteria of the reference data, 22 of kind framework', () => {
    const model = MODEL_REGISTRY.models.find((m) => m.id === '2026-11');
    expect(model?.criteria).toHaveLength(27);
    expect(model?.criteria.filter((c) => c.kind === 'framework')).toHaveLength(22);
  });
});
