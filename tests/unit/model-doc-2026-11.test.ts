import { readFileSync } from 'node:fs';
import { MODEL_2026_11 } from '../../src/domain/models/model-2026-11';
import { questionsOf } from '../../src/domain/model-rules';
import { scoreAnswers } from '../../src/domain/scoring';
import { findFlips } from '../../src/domain/what-if';
import { tableStartingWith } from './markdown-tables';
import { answersFrom, expectCriteriaTable, expectWeightTable, rankingText } from './model-docs';

const model = MODEL_2026_11;
const doc = readFileSync('docs/scoring-model-2026-11.md', 'utf8');
const prose = doc.replace(/\s+/g, ' ');

describe('docs/scoring-model-2026-11.md agrees with the app’s model 2026-11', () => {
  it('names the questions the model asks', () => {
    const ids = questionsOf(model).map((question) => `\`${question.id}\``);
    const count = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
    expect(prose).toContain(`asks ${count[ids.length]} questions: ${ids.join(', ')},`);
  });

  it('lists every criterion with its label, kind and ratings', () => {
    expectCriteriaTable(doc, model);
    const general = model.criteria.filter((criterion) => criterion.kind === 'framework');
    expect(prose).toContain(`\`framework\` (${general.length} of them) gets weight 1`);
  });

  it('gives the answer-to-weight table the model uses, and its rules', () => {
    expectWeightTable(doc, model);
    expect(model.bundle?.meetsAnswers ?? 'add').toBe('add');
    expect(prose).toContain(`rating on that criterion is below ${model.mustHaveMinRating}`);
    expect(prose).toContain(`differ by less than ${model.closeCallPoints} points`);
    expect(model.tieBreak.byAnswers ?? []).toEqual([]);
    expect(model.tieBreak.byHeaviestDifference ?? false).toBe(false);
    expect(prose).toContain(`then the fixed order ${model.tieBreak.order.join(', ')}.`);
  });

  it.each(tableStartingWith(doc, 'answers', 'ranking and scores').rows)(
    'expected result %s',
    (answers = '', ranking = '', note = '') => {
      const result = scoreAnswers(answersFrom(answers, model), model);
      expect(rankingText(result)).toBe(ranking);
      expect(result.generalView).toBe(note === 'general view');
    },
  );

  it.each(tableStartingWith(doc, 'answers', 'cheapest changes').rows)(
    'what would change %s',
    (answers = '', changes = '') => {
      const shown = findFlips(answersFrom(answers, model), model)
        .map((f) => `\`${f.change.questionId}=${f.change.value ?? '(skipped)'}\` → ${f.framework}`)
        .join('; ');
      expect(shown || 'none').toBe(changes);
    },
  );
});
