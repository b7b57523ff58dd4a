import { readFileSync } from 'node:fs';
import { FRAMEWORK_IDS } from '../../src/domain/frameworks';
import { MODEL_2026_11 } from '../../src/domain/models/model-2026-11';
import { MODEL_2027_01 } from '../../src/domain/models/model-2027-01';
import { questionsOf } from '../../src/domain/model-rules';
import type { QuestionId } from '../../src/domain/questions';
import { bundleCriteriaReplacedBy, scoreAnswers } from '../../src/domain/scoring';
import { openLink } from '../support/results';
import { findWhatIfs, type Flip } from '../../src/domain/what-if';
import { tableStartingWith, unquote } from './markdown-tables';

const model = MODEL_2027_01;
const doc = readFileSync('docs/scoring-model-2027-01.md', 'utf8');

function answersFrom(cell: string) {
  const query = unquote(cell) === '(nothing answered)' ? '' : unquote(cell);
  const { link } = openLink(`?data=2027-01&${query}`);
  expect(link.ignored).toEqual([]);
  return link.answers;
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

describe('docs/scoring-model-2027-01.md agrees with the app’s model 2027-01', () => {
  it('lists every criterion with its label, kind and ratings, and the changes from 2026-11', () => {
    const table = tableStartingWith(doc, 'criterion', 'label', 'kind');
    const previous = new Map(MODEL_2026_11.criteria.map((c) => [c.id, c]));
    expect(table.rows.map((row) => unquote(row[0] ?? ''))).toEqual(model.criteria.map((c) => c.id));
    for (const [row, criterion] of table.rows.map((r, i) => [r, model.criteria[i]] as const)) {
      if (!criterion) throw new Error('more rows than criteria');
      const [, label, kind, django, fastapi, flask, change] = row;
      expect({ label, kind, ratings: { django, fastapi, flask } }).toEqual({
        label: criterion.label,
        kind: criterion.kind,
        ratings: Object.fromEntries(FRAMEWORK_IDS.map((id) => [id, String(criterion.ratings[id])])),
      });
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
    const table = tableStartingWith(doc, 'answer', 'adds weight to criteria');
    const documented = new Map<string, Record<string, number>>();
    for (const [answerCell = '', weights = ''] of table.rows) {
      for (const answer of answerCell.split(', '))
        documented.set(unquote(answer), weightsFrom(weights));
    }
    for (const question of questionsOf(model)) {
      if (question.type === 'importance') {
        const row = table.rows.find((r) => unquote(r[0] ?? '') === `${question.id}=<level>`);
        const targets = (model.importanceCriteria[question.id] ?? []).map((id) => `${id} × level`);
        expect(row?.[1]).toBe(targets.join(', '));
        continue;
      }
      const weights: Partial<Record<string, Readonly<Record<string, number>>>> =
        model.choiceWeights[question.id] ?? {};
      for (const option of question.options) {
        expect(
          documented.get(`${question.id}=${option.value}`),
          `${question.id}=${option.value}`,
        ).toEqual(weights[option.value] ?? {});
      }
    }
    expect(model.importanceLevels).toEqual({ no: 0, nice: 1, important: 2, must: 3 });
    expect(model.bundle?.meetsAnswers).toBe('replace');
  });

  it('names what each answered question replaces on the kind’s bundle', () => {
    const table = tableStartingWith(doc, 'question', "replaces the kind's weight on");
    const documented = Object.fromEntries(
      table.rows.map(([question = '', criteria = '']) => [unquote(question), criteria.split(', ')]),
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
      const result = scoreAnswers(answersFrom(answers), model);
      const shown = result.ranking
        .map((entry) => {
          const fails = entry.failedMustHaves.map((c) => c.id).join(', ');
          return `${entry.id} ${entry.score}${fails ? ` (fails ${fails})` : ''}`;
        })
        .join(', ');
      expect(shown).toBe(ranking);
    },
  );

  it.each(tableStartingWith(doc, 'answers', 'priorities', 'facts about the project').rows)(
    'what would change %s',
    (answers = '', priorities = '', project = '') => {
      const whatIfs = findWhatIfs(answersFrom(answers), model);
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
});
