import { readFileSync } from 'node:fs';
import { FRAMEWORK_IDS } from '../../src/domain/frameworks';
import { MODEL_2026_11 } from '../../src/domain/models/model-2026-11';
import { questionsOfModel } from '../../src/domain/questions';
import { scoreAnswers } from '../../src/domain/scoring';
import { decodeShareQuery } from '../../src/domain/share-link';
import { findFlips } from '../../src/domain/what-if';
import { tableStartingWith, unquote } from './markdown-tables';

const model = MODEL_2026_11;
const doc = readFileSync('docs/scoring-model-2026-11.md', 'utf8');
const prose = doc.replace(/\s+/g, ' ');

function answersFrom(cell: string) {
  const query = unquote(cell) === '(nothing answered)' ? '' : unquote(cell);
  const decoded = decodeShareQuery(`?data=${model.id}&${query}`, {
    knownModelIds: [model.id],
    currentModelId: model.id,
  });
  expect(decoded.ignored).toEqual([]);
  return decoded.answers;
}

/** "full_web_app 2, monolith 1" → { full_web_app: 2, monolith: 1 }. */
function weightsFrom(cell: string): Record<string, number> {
  if (cell === 'nothing') return {};
  return Object.fromEntries(
    cell.split(', ').map((pair) => {
      const [id, weight] = pair.split(' ');
      return [id, Number(weight)];
    }),
  );
}

describe('docs/scoring-model-2026-11.md agrees with the app’s model 2026-11', () => {
  it('names the questions the model asks', () => {
    const ids = questionsOfModel(model.id).map((question) => `\`${question.id}\``);
    const count = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
    expect(prose).toContain(`asks ${count[ids.length]} questions: ${ids.join(', ')},`);
  });

  it('lists every criterion with its label, kind and ratings', () => {
    const table = tableStartingWith(doc, 'criterion', 'label', 'kind');
    expect(table.rows.map((row) => unquote(row[0] ?? ''))).toEqual(model.criteria.map((c) => c.id));
    for (const [row, criterion] of table.rows.map((r, i) => [r, model.criteria[i]] as const)) {
      if (!criterion) throw new Error('more rows than criteria');
      const [, label, kind, django, fastapi, flask] = row;
      expect({ label, kind, ratings: { django, fastapi, flask } }).toEqual({
        label: criterion.label,
        kind: criterion.kind,
        ratings: Object.fromEntries(FRAMEWORK_IDS.map((id) => [id, String(criterion.ratings[id])])),
      });
    }
    const general = model.criteria.filter((criterion) => criterion.kind === 'framework');
    expect(prose).toContain(`\`framework\` (${general.length} of them) gets weight 1`);
  });

  it('gives the answer-to-weight table the model uses, and its rules', () => {
    const table = tableStartingWith(doc, 'answer', 'adds weight to criteria');
    const documented = new Map<string, Record<string, number>>();
    for (const [answerCell = '', weights = ''] of table.rows) {
      for (const answer of answerCell.split(', '))
        documented.set(unquote(answer), weightsFrom(weights));
    }
    for (const question of questionsOfModel(model.id)) {
      if (question.type === 'importance') {
        const row = table.rows.find((r) => unquote(r[0] ?? '') === `${question.id}=<level>`);
        const targets = model.importanceCriteria[question.id].map((id) => `${id} × level`);
        expect(row?.[1]).toBe(targets.join(', '));
        continue;
      }
      const weights: Partial<Record<string, Record<string, number>>> =
        model.choiceWeights[question.id];
      for (const option of question.options) {
        expect(
          documented.get(`${question.id}=${option.value}`),
          `${question.id}=${option.value}`,
        ).toEqual(weights[option.value] ?? {});
      }
    }
    expect(model.importanceLevels).toEqual({ no: 0, nice: 1, important: 2, must: 3 });
    expect(model.kindBundle).toBe('add');
    expect(prose).toContain(`rating on that criterion is below ${model.mustHaveMinRating}`);
    expect(prose).toContain(`differ by less than ${model.closeCallPoints} points`);
    expect(model.tieBreak.byAnswers).toEqual([]);
    expect(model.tieBreak.byHeaviestDifference).toBe(false);
    expect(prose).toContain(`then the fixed order ${model.tieBreak.order.join(', ')}.`);
  });

  it.each(tableStartingWith(doc, 'answers', 'ranking and scores').rows)(
    'expected result %s',
    (answers = '', ranking = '', note = '') => {
      const result = scoreAnswers(answersFrom(answers), model);
      const shown = result.ranking
        .map((entry) => {
          const fails = entry.failedMustHaves.map((c) => c.id).join(', ');
          return `${entry.id} ${entry.score}${fails ? ` (fails ${fails})` : ''}`;
        })
        .join(', ');
      expect(shown).toBe(ranking);
      expect(result.generalView).toBe(note === 'general view');
    },
  );

  it.each(tableStartingWith(doc, 'answers', 'cheapest changes').rows)(
    'what would change %s',
    (answers = '', changes = '') => {
      const shown = findFlips(answersFrom(answers), model)
        .map((f) => `\`${f.change.questionId}=${f.change.value ?? '(skipped)'}\` → ${f.framework}`)
        .join('; ');
      expect(shown || 'none').toBe(changes);
    },
  );
});
