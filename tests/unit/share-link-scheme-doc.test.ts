import { readFileSync } from 'node:fs';
import { encodeShareQuery } from '../../src/domain/links/share-link';
import { CURRENT_MODEL_ID, introducedBy, MODEL_CATALOG } from '../../src/domain/model-catalog';
import { QUESTIONS, type AnswerOption, type QuestionDefinition } from '../../src/domain/questions';
import { tableStartingWith, unquote } from './markdown-tables';

const doc = readFileSync('docs/share-link-scheme.md', 'utf8');

describe('docs/share-link-scheme.md agrees with the wizard’s questions', () => {
  it('lists every key and value with the model that introduced it, and nothing else', () => {
    const table = tableStartingWith(doc, 'key', 'value', 'meaning', 'since model');
    const documented = table.rows
      .filter(([key]) => key !== '`v`' && key !== '`data`')
      .map(([key = '', value = '', , since]) => `${unquote(key)}=${unquote(value)} since ${since}`);
    const questions: readonly QuestionDefinition[] = QUESTIONS;
    const fromApp = questions.flatMap((question) =>
      question.options.map((option: AnswerOption) => {
        const since = introducedBy(MODEL_CATALOG, question.id, option.value)?.id;
        return `${question.id}=${option.value} since ${since}`;
      }),
    );
    expect(documented).toEqual(fromApp);
  });

  it('states the writing order the encoder uses', () => {
    const order = QUESTIONS.map((q) => `\`${q.id}\``).join(', ');
    expect(doc.replace(/\s+/g, ' ')).toContain(
      `\`v\`, \`data\`, then the questions in the current wizard's order: ${order}.`,
    );
    const example = /`\/result\?(v=1&data=[^`]+)`/.exec(doc)?.[1] ?? '';
    const params = new URLSearchParams(example);
    const answers = Object.fromEntries(
      [...params].filter(([key]) => key !== 'v' && key !== 'data'),
    );
    expect(encodeShareQuery(answers, CURRENT_MODEL_ID)).toBe(example);
  });
});
