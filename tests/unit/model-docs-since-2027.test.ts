/**
 * Each model document from 2027-01 on agrees with its model: criteria and the changes from the
 * model before, weights, bundle replacements, tie rules, expected results and what-ifs.
 */
import { readFileSync } from 'node:fs';
import { FRAMEWORK_IDS } from '../../src/domain/frameworks';
import { MODEL_2026_11 } from '../../src/domain/models/model-2026-11';
import { MODEL_2027_01 } from '../../src/domain/models/model-2027-01';
import { MODEL_2027_02 } from '../../src/domain/models/model-2027-02';
import { questionsOf } from '../../src/domain/model-rules';
import type { QuestionId } from '../../src/domain/questions';
import { bundleCriteriaReplacedBy, scoreAnswers } from '../../src/domain/scoring';
import { findWhatIfs, type Flip } from '../../src/domain/what-if';
import { tableStartingWith, unquote } from './markdown-tables';
import { answersFrom, expectCriteriaTable, expectWeightTable, rankingText } from './model-docs';

const MODELS_WITH_A_PREDECESSOR = [
  { model: MODEL_2027_01, previousModel: MODEL_2026_11 },
  { model: MODEL_2027_02, previousModel: MODEL_2027_01 },
];

describe.each(MODELS_WITH_A_PREDECESSOR)(
  'the document of model $model.id agrees with the app’s model',
  ({ model, previousModel }) => {
    const doc = readFileSync(`docs/scoring-model-${model.id}.md`, 'utf8');

    it('lists every criterion with its label, kind and ratings, and the changes from the model before', () => {
      const table = expectCriteriaTable(doc, model);
      const previous = new Map(previousModel.criteria.map((c) => [c.id, c]));
      for (const [row, criterion] of table.rows.map((r, i) => [r, model.criteria[i]] as const)) {
        if (!criterion) throw new Error('more rows than criteria');
        const change = row[3 + FRAMEWORK_IDS.length];
        const before = previous.get(criterion.id);
        const expectedChange = before
          ? FRAMEWORK_IDS.filter((id) => before.ratings[id] !== criterion.ratings[id])
              .map((id) => `${id} ${before.ratings[id]} → ${criterion.ratings[id]}`)
              .join('; ')
          : 'new';
        expect(change).toBe(expectedChange);
      }
    });

    it('gives the answer-to-weight table the model uses', () => {
      expectWeightTable(doc, model);
      expect(model.bundle?.meetsAnswers).toBe('replace');
    });

    it('names what each answered question replaces on the kind’s bundle', () => {
      const table = tableStartingWith(doc, 'question', "replaces the kind's weight on");
      const documented = Object.fromEntries(
        table.rows.map(([question = '', criteria = '']) => [
          unquote(question),
          criteria.split(', '),
        ]),
      );
      const fromModel = Object.fromEntries(
        questionsOf(model)
          .filter((q) => q.id !== 'kind')
          .map((q) => [q.id, [...bundleCriteriaReplacedBy(q.id as QuestionId, model)]]),
      );
      expect(documented).toEqual(fromModel);
    });

    it('gives the tie rules the model uses', () => {
      expect(model.tieBreak.byAnswers?.map((rule) => rule.question)).toEqual(['codebase', 'team']);
      expect(model.tieBreak.byHeaviestDifference).toBe(true);
      expect(doc).toContain(`the smaller core first: ${model.tieBreak.order.join(', ')}`);
      expect(doc).toContain(`less than ${model.closeCallPoints} points`);
    });

    it.each(tableStartingWith(doc, 'answers', 'ranking and scores').rows)(
      'expected result %s',
      (answers = '', ranking = '') => {
        const result = scoreAnswers(answersFrom(answers, model), model);
        expect(rankingText(result)).toBe(ranking);
      },
    );

    it.each(tableStartingWith(doc, 'answers', 'priorities', 'facts about the project').rows)(
      'what would change %s',
      (answers = '', priorities = '', project = '') => {
        const whatIfs = findWhatIfs(answersFrom(answers, model), model);
        const describe = (flips: readonly Flip[]) =>
          flips
            .map(
              (f) => `\`${f.change.questionId}=${f.change.value ?? '(skipped)'}\` → ${f.framework}`,
            )
            .join('; ') || 'none';
        expect([describe(whatIfs.priorities), describe(whatIfs.project)]).toEqual([
          priorities,
          project,
        ]);
      },
    );
  },
);
