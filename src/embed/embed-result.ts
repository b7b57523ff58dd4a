/**
 * The `result` message for a frame's result page. Loaded on demand, like the result page itself,
 * because it needs the scoring models.
 */
import { resultMessage, type ResultMessage } from '../domain/embed-messages';
import { resolveResultLink } from '../domain/links/resolve';
import { buildResultReport } from '../domain/result-report';
import { MODEL_REGISTRY } from '../domain/scoring-models';
import { absoluteUrl, paths } from '../paths';
import { localDate } from '../ui/download-file';

/**
 * The frame result page's report, read from its query the way the page reads it. Undefined for a
 * link from a newer scheme, which shows no result.
 */
export function resultMessageFor(search: string): ResultMessage | undefined {
  const resolved = resolveResultLink(search, MODEL_REGISTRY, { embed: true });
  if (resolved.kind === 'newer') return undefined;
  const report = buildResultReport({
    answers: resolved.link.answers,
    model: resolved.model,
    today: localDate(new Date()),
  });
  return resultMessage(report, absoluteUrl(paths.result.getHref(resolved.shareQuery)));
}
