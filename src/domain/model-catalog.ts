/**
 * Every scoring model the app has shipped, as declarations (the questions each asks, the frameworks
 * it ranks, its release day), oldest first; the last is current. Light enough for the wizard's and
 * the embed's bundles, which read links and presets but never score. The full models
 * (scoring-models.ts) spread these same objects, and a test holds the two lists together.
 */
import type { ModelDeclaration } from './model-types';
import { DECLARATION_2026_11 } from './models/declaration-2026-11';
import { DECLARATION_2027_01 } from './models/declaration-2027-01';
import { DECLARATION_2027_02 } from './models/declaration-2027-02';

/** The models a link may name, oldest first, and the one new results use. */
export interface ModelCatalog<M extends ModelDeclaration = ModelDeclaration> {
  readonly models: readonly M[];
  readonly current: M;
}

export function createCatalog<M extends ModelDeclaration>(models: readonly M[]): ModelCatalog<M> {
  const current = models.at(-1);
  if (!current) throw new Error('A model catalog needs at least one model');
  return { models, current };
}

export const MODEL_CATALOG: ModelCatalog = createCatalog([
  DECLARATION_2026_11,
  DECLARATION_2027_01,
  DECLARATION_2027_02,
]);

/** The id of the newest model, which new results from the wizard use. */
export const CURRENT_MODEL_ID = MODEL_CATALOG.current.id;

/** The model of that id in the catalog, or undefined. */
export function findModel<M extends ModelDeclaration>(
  catalog: ModelCatalog<M>,
  id: string,
): M | undefined {
  return catalog.models.find((model) => model.id === id);
}

/**
 * The first model that asks `question` (with `value`, when given): when a key or value joined the
 * link scheme. Undefined when no model asks it.
 */
export function introducedBy(
  catalog: ModelCatalog,
  question: string,
  value?: string,
): ModelDeclaration | undefined {
  return catalog.models.find((model) =>
    model.questions.some(
      (q) => q.id === question && (value === undefined || q.values.includes(value)),
    ),
  );
}
