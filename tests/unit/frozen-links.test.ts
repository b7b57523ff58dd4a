import { questionsOfModel } from '../../src/domain/questions';
import { scoreAnswers } from '../../src/domain/scoring';
import { MODEL_REGISTRY, findModel } from '../../src/domain/scoring-models';
import { decodeShareQuery } from '../../src/domain/share-link';
import { FROZEN_LINKS } from './frozen-links';

function open(link: string) {
  const search = link.slice(link.indexOf('?'));
  const decoded = decodeShareQuery(search, {
    knownModelIds: MODEL_REGISTRY.models.map((model) => model.id),
    currentModelId: MODEL_REGISTRY.current.id,
  });
  const model = findModel(MODEL_REGISTRY, decoded.modelId);
  if (!model) throw new Error(`Model ${decoded.modelId} is no longer shipped`);
  return { decoded, result: scoreAnswers(decoded.answers, model) };
}

describe('frozen share links', () => {
  it('cover every question and every answer of model 2026-11', () => {
    const seen = new Set<string>();
    for (const { link } of FROZEN_LINKS) {
      for (const [key, value] of new URLSearchParams(link.slice(link.indexOf('?'))))
        seen.add(`${key}=${value}`);
    }
    const missing = questionsOfModel('2026-11')
      .flatMap((q) => q.options.map((o) => `${q.id}=${o.value}`))
      .filter((pair) => !seen.has(pair));
    expect(missing).toEqual([]);
    expect(FROZEN_LINKS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(FROZEN_LINKS)('$link', ({ link, ranking }) => {
    const { decoded, result } = open(link);
    expect(decoded.ignored).toEqual([]);
    expect(
      result.ranking.map((entry) => [
        entry.id,
        entry.score,
        entry.failedMustHaves.map((c) => c.id),
      ]),
    ).toEqual(ranking);
  });
});
