import fc from 'fast-check';
import { FRAMEWORK_IDS, type FrameworkId } from '../../src/domain/frameworks';
import type { ScoringModel } from '../../src/domain/model-types';
import { questionsOf, ratingOf } from '../../src/domain/model-rules';
import { IMPORTANCE_VALUES, type Answers } from '../../src/domain/questions';
import { scoreAnswers } from '../../src/domain/scoring';
import { MODEL_REGISTRY } from '../../src/domain/scoring-models';
import { withAnswer } from '../../src/domain/what-if';

/** Any answer set the model accepts: each of its questions answered with one of its values, or skipped. */
function answersOf(model: ScoringModel): fc.Arbitrary<Answers> {
  return fc
    .record(
      Object.fromEntries(
        questionsOf(model).map((q) => [
          q.id,
          fc.option(fc.constantFrom(...q.options.map((o) => o.value)), { nil: undefined }),
        ]),
      ),
    )
    .map(
      (record) =>
        Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Answers,
    );
}

const IMPORTANCE_QUESTIONS = ['async', 'admin', 'perf', 'docs'] as const;

function rankOf(answers: Answers, model: ScoringModel, id: FrameworkId): number {
  return scoreAnswers(answers, model).ranking.findIndex((entry) => entry.id === id);
}

describe.each(MODEL_REGISTRY.models)('scoring properties of model $id', (model) => {
  const answersArbitrary = answersOf(model);

  it('gives every answer set a complete ranking: three frameworks, scores within 0-100, deterministic', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const first = scoreAnswers(answers, model);
        expect(scoreAnswers(answers, model)).toEqual(first);
        expect(first.ranking.map((e) => e.id).sort()).toEqual([...FRAMEWORK_IDS].sort());
        for (const entry of first.ranking) {
          expect(entry.exactScore).toBeGreaterThanOrEqual(0);
          expect(entry.exactScore).toBeLessThanOrEqual(100);
          expect(Number.isInteger(entry.score)).toBe(true);
        }
        expect(first.tiedForFirst[0]).toBe(first.ranking[0]?.id);
      }),
    );
  });

  it('never ranks a framework that fails a must-have above one that meets them all', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const ranking = scoreAnswers(answers, model).ranking;
        ranking.forEach((entry, index) => {
          if (entry.failedMustHaves.length === 0) return;
          for (const later of ranking.slice(index + 1))
            expect(later.failedMustHaves.length).toBeGreaterThan(0);
        });
      }),
    );
  });

  it('never lowers the framework rated strictly highest on a criterion when its importance rises', () => {
    fc.assert(
      fc.property(
        answersArbitrary,
        fc.constantFrom(...IMPORTANCE_QUESTIONS),
        fc.nat(2),
        (answers, question, level) => {
          const criteria = (model.importanceCriteria[question] ?? []).map((cid) =>
            model.criteria.find((c) => c.id === cid),
          );
          for (const id of FRAMEWORK_IDS) {
            const strictlyBest = criteria.every(
              (criterion) =>
                criterion !== undefined &&
                FRAMEWORK_IDS.every(
                  (other) => other === id || ratingOf(criterion, id) > ratingOf(criterion, other),
                ),
            );
            if (!strictlyBest) continue;
            const lower = withAnswer(answers, question, IMPORTANCE_VALUES[level]);
            const higher = withAnswer(answers, question, IMPORTANCE_VALUES[level + 1]);
            expect(rankOf(higher, model, id)).toBeLessThanOrEqual(rankOf(lower, model, id));
          }
        },
      ),
    );
  });

  it('never lowers a framework that failed a must-have when that must-have is relaxed', () => {
    fc.assert(
      fc.property(answersArbitrary, fc.constantFrom(...IMPORTANCE_QUESTIONS), (given, question) => {
        const answers = withAnswer(given, question, 'must');
        const before = scoreAnswers(answers, model);
        const relaxed = withAnswer(answers, question, 'important');
        const criteria = new Set(model.importanceCriteria[question]);
        for (const entry of before.ranking) {
          if (!entry.failedMustHaves.some((c) => criteria.has(c.id))) continue;
          expect(rankOf(relaxed, model, entry.id)).toBeLessThanOrEqual(
            before.ranking.indexOf(entry),
          );
        }
      }),
    );
  });
});
