import { MODEL_REGISTRY } from '../../src/domain/scoring-models';
import { openLink, reportOf } from '../support/results';
import { FROZEN_LINKS, type FrozenLink } from './frozen-links';
import { FROZEN_LINKS_2027_01 } from './frozen-links-2027-01';
import { FROZEN_LINKS_2027_02 } from './frozen-links-2027-02';

/** Every released model's frozen links: a release without links of its own fails here. */
const FROZEN: Record<string, readonly FrozenLink[]> = {
  '2026-11': FROZEN_LINKS,
  '2027-01': FROZEN_LINKS_2027_01,
  '2027-02': FROZEN_LINKS_2027_02,
};

describe.each(MODEL_REGISTRY.models.map((model) => ({ model })))(
  'frozen share links of model $model.id',
  ({ model }) => {
    const links = FROZEN[model.id] ?? [];

    it('cover every question and every answer of the model', () => {
      const seen = new Set<string>();
      for (const { link } of links) {
        for (const [key, value] of new URLSearchParams(link.slice(link.indexOf('?')))) {
          seen.add(`${key}=${value}`);
        }
      }
      const missing = model.questions
        .flatMap((question) => question.values.map((value) => `${question.id}=${value}`))
        .filter((pair) => !seen.has(pair));
      expect(missing).toEqual([]);
      expect(links.length).toBeGreaterThanOrEqual(20);
    });

    it.each(links)('$link', ({ link, ranking }) => {
      const resolved = openLink(link);
      expect(resolved.model.id).toBe(model.id);
      expect(resolved.link.ignored).toEqual([]);
      expect(
        reportOf(link).ranking.map((entry) => [
          entry.id,
          entry.score,
          entry.failedMustHaves.map(({ criterion }) => criterion.id),
        ]),
      ).toEqual(ranking);
    });
  },
);
