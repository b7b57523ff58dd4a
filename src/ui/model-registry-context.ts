import { createContext, useContext } from 'react';
import { MODEL_REGISTRY, type ModelRegistry } from '../domain/scoring-models';

/**
 * The scoring models the result page can compute with. Tests provide a registry with a newer
 * model to prove that old links keep their result; the app always uses the shipped one.
 */
export const ModelRegistryContext = createContext<ModelRegistry>(MODEL_REGISTRY);

export function useModelRegistry(): ModelRegistry {
  return useContext(ModelRegistryContext);
}
