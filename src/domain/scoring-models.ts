import { createCatalog, type ModelCatalog } from './model-catalog';
import type { ScoringModel } from './model-types';
import { MODEL_2026_11 } from './models/model-2026-11';
import { MODEL_2027_01 } from './models/model-2027-01';
import { MODEL_2027_02 } from './models/model-2027-02';

/**
 * Every model the app has ever shipped, with its ratings, oldest first. Old ones stay so that a
 * share link reproduces the result it was made with; the last one is current.
 */
export type ModelRegistry = ModelCatalog<ScoringModel>;

export const createModelRegistry = createCatalog<ScoringModel>;

export const MODEL_REGISTRY: ModelRegistry = createModelRegistry([
  MODEL_2026_11,
  MODEL_2027_01,
  MODEL_2027_02,
]);
