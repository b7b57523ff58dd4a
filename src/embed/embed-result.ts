/**
 * The `result` message for a frame's result page. Loaded on demand, like the result page itself,
 * because it needs the scoring models.
 */
import { resultMessage, type ResultMessage } from '../domain/embed-messages';
import { scoreAnswers } from '../domain/scoring';
import { MODEL_REGISTRY, findModel } from '../domain/scoring-models';
import { decodeShareQuery, encodeShareQuery } from '../domain/share-link';
import { absoluteUrl, paths } from '../paths';

/**
 * Scores the answers in a frame result page's query the way the page does, with the link's
 * model. Undefined for a link from a newer scheme, which shows no result.
 */
export function resultMessageFor(search: string): ResultMessage | undefined {
  const link = decodeShareQuery(search, {
    knownModelIds: MODEL_REGISTRY.models.map((model) => model.id),
    currentModelId: MODEL_REGISTRY.current.id,
    embed: true,
  });
  if (link.newerScheme !== undefined) return undefined;
  const model = findModel(MODEL_REGISTRY, link.modelId) ?? MODEL_REGISTRY.current;
  const fullPage = absoluteUrl(paths.result.getHref(encodeShareQuery(link.answers, model.id)));
  return resultMessage(scoreAnswers(link.answers, model), fullPage);
}
