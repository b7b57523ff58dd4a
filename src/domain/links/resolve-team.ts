/**
 * The one way pages read a team link, beside resolve.ts for result links: its own module so that
 * the team codec loads with the team page, not with every page's first script.
 */
import { findModel } from '../model-catalog';
import type { ScoringModel } from '../model-types';
import type { ModelRegistry } from '../scoring-models';
import { decodeTeamQuery, type DecodedTeamLink } from './team-link';

export type ResolvedTeamLink =
  | { readonly kind: 'newer'; readonly version: number }
  | {
      readonly kind: 'team';
      readonly decoded: DecodedTeamLink;
      /** The model the team's combined answers are scored with. */
      readonly model: ScoringModel;
      readonly current: boolean;
    };

/** Reads a team link with the shipped models. Never throws. */
export function resolveTeamLink(search: string, registry: ModelRegistry): ResolvedTeamLink {
  const decoded = decodeTeamQuery(search, registry);
  if (decoded.newerScheme !== undefined) return { kind: 'newer', version: decoded.newerScheme };
  const model = findModel(registry, decoded.team.modelId) ?? registry.current;
  return { kind: 'team', decoded, model, current: model.id === registry.current.id };
}
