/**
 * What the tests that hold a scoring model's document (docs/scoring-model-*.md) to the app's
 * model have in common: reading its answers, its criteria and weight tables, and its rankings.
 */
import { expect } from 'vitest';
import { FRAMEWORK_IDS } from '../../src/domain/frameworks';
import type { ScoringModel } from '../../src/domain/model-types';
import { questionsOf } from '../../src/domain/model-rules';
import type { Answers } from '../../src/domain/questions';
import type { ScoringResult } from '../../src/domain/scoring';
import { openLink } from '../support/results';
import { tableStartingWith, unquote, type MarkdownTable } from './markdown-tables';

/** The answers of a table cell (`kind=api&…` or `(nothing answered)`), read as the model reads them. */
export function answersFrom(cell: string, model: ScoringModel): Answers {
  const query = unquote(cell) === '(nothing answered)' ? '' : unquote(cell);
  const { link } = openLink(`?data=${model.id}&${query}`);
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

/**
 * Checks the criteria table (criterion, label, kind, then a column per framework) row by row
 * against the model's criteria, and returns the table for columns of the document's own.
 */
export function expectCriteriaTable(doc: string, model: ScoringModel): MarkdownTable {
  const table = tableStartingWith(doc, 'criterion', 'label', 'kind');
  expect(table.rows.map((row) => unquote(row[0] ?? ''))).toEqual(model.criteria.map((c) => c.id));
  for (const [row, criterion] of table.rows.map((r, i) => [r, model.criteria[i]] as const)) {
    if (!criterion) throw new Error('more rows than criteria');
    const [, label, kind, ...ratings] = row;
    expect({ label, kind, ratings: ratings.slice(0, FRAMEWORK_IDS.length) }).toEqual({
      label: criterion.label,
      kind: criterion.kind,
      ratings: FRAMEWORK_IDS.map((id) => String(criterion.ratings[id])),
    });
  }
  return table;
}

/** Checks the answer-to-weight table against what every question the model asks weighs. */
export function expectWeightTable(doc: string, model: ScoringModel): void {
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
}

/** A ranking as the documents write it: "django 100, flask 62, fastapi 40 (fails builtin_admin)". */
export function rankingText(result: ScoringResult): string {
  return result.ranking
    .map((entry) => {
      const fails = entry.failedMustHaves.map((c) => c.id).join(', ');
      return `${entry.id} ${entry.score}${fails ? ` (fails ${fails})` : ''}`;
    })
    .join(', ');
}
