import type { ScoringModel } from './model-types';
import { MODEL_2026_11 } from './models/model-2026-11';
import { MODEL_2027_01 } from './models/model-2027-01';

/**
 * Every model the app has ever shipped, oldest first. Old ones stay so that a share link
 * reproduces the result it was made with; the last one is current.
 */
export interface ModelRegistry {
  readonly models: readonly ScoringModel[];
  readonly current: ScoringModel;
}

export function createModelRegistry(models: readonly ScoringModel[]): ModelRegistry {
  const current = models.at(-1);
  if (!current) throw new Error('A model registry needs at least one model');
  return { models, current };
}

export const MODEL_REGISTRY = createModelRegistry([MODEL_2026_11, MODEL_2027_01]);

export function findModel(registry: ModelRegistry, id: string): ScoringModel | undefined {
  return registry.models.find((model) => model.id === id);
}
