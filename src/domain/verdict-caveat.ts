/**
 * The verdict's plain caveat: where the recommended framework is rated below another on
 * something the answers weighted. Pure, like the explanations it reads.
 */
import { weaknessesOf } from './explain';
import { FRAMEWORK_NAMES } from './frameworks';
import type { ScoringResult } from './scoring';

/**
 * One sentence naming the winner's biggest weighted weaknesses (at most two), or undefined when
 * it is rated at least as high as the others on everything weighted, or in a general view
 * (where nothing was asked for).
 */
export function verdictCaveat(result: ScoringResult): string | undefined {
  const winner = result.ranking[0];
  if (!winner || result.generalView) return undefined;
  const weaknesses = weaknessesOf(result, winner.id, 2);
  if (weaknesses.length === 0) return undefined;
  const name = FRAMEWORK_NAMES[winner.id];
  const parts = weaknesses.map(
    (reason) =>
      `${reason.criterion.label} (${name} ${reason.rating}/3, ${FRAMEWORK_NAMES[reason.other]} ${reason.otherRating}/3)`,
  );
  return `But ${name} is rated below another framework on ${parts.join(' and ')}, which your answers ask for.`;
}
