/**
 * The repository's own documents: every document that the code, the tests and the docs point to
 * is in the repository, and what the README and the link and embed documents state is the app's.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import {
  readyMessage,
  resizeMessage,
  resultMessage,
  stepMessage,
  type EmbedMessage,
} from '../../src/domain/embed-messages';
import { EMBED_THEMES } from '../../src/domain/links/share-link';
import {
  encodeTeamQuery,
  MAX_DECISION_NAME_LENGTH,
  MAX_MEMBER_NAME_LENGTH,
} from '../../src/domain/links/team-link';
import { questionsOf } from '../../src/domain/model-rules';
import { QUESTION_COUNT, type Answers } from '../../src/domain/questions';
import { MODEL_REGISTRY } from '../../src/domain/scoring-models';
import { reportOf } from '../support/results';
import { tableStartingWith, unquote } from './markdown-tables';

const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');

/** Every file under the repository's own folders, with the README and the tool configs. */
function repositoryFiles(): string[] {
  const roots = ['src', 'tests', 'scripts', 'edge', 'docs', 'public', 'deploy', '__mocks__'];
  const underRoots = roots.flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .map((path) => join(root, path))
      .filter((path) => statSync(path).isFile()),
  );
  return ['README.md', 'eslint.config.js', 'vite.config.ts', 'playwright.config.ts', ...underRoots];
}

/**
 * The Markdown documents a text names, web addresses aside. A bare name (`contracts.md`) may sit
 * beside the text or in docs/; a path (`docs/contracts.md`) is from the repository's root or from
 * the text.
 */
function documentsNamed(text: string): string[] {
  const withoutUrls = text.replace(/\b(https?:)?\/\/[^\s)'"`]+/g, '');
  // A path that starts at `/` is the rest of an address built in a template string.
  return [...withoutUrls.matchAll(/[\w./-]*\w\.md\b/g)]
    .map((match) => match[0])
    .filter((name) => !name.startsWith('/'));
}

/** File names the app writes for a decision record download, e.g. `2026-11-20-use-django.md`. */
const DOWNLOAD_NAME = /^\d{4}-\d{2}-\d{2}-[\w-]+\.md$/;

describe('the documents the repository points to', () => {
  it('are all in the repository', () => {
    const missing = repositoryFiles()
      .filter((file) => /\.(ts|tsx|mjs|js|css|md|html)$/.test(file))
      .flatMap((file) =>
        documentsNamed(readFileSync(file, 'utf8'))
          .filter(
            (name) =>
              !DOWNLOAD_NAME.test(name) &&
              ![name, join(dirname(file), name), join('docs', name)].some(
                (path) => existsSync(path) && !relative('.', path).startsWith('..'),
              ),
          )
          .map((name) => `${file}: ${name}`),
      );
    expect(missing).toEqual([]);
  });
});

/** The longest answer of each question the current model asks, as the size recipe takes them. */
function longestAnswers(): Answers {
  const answers: Record<string, string> = {};
  for (const question of questionsOf(MODEL_REGISTRY.current)) {
    const [longest] = [...question.options].sort((a, b) => b.value.length - a.value.length);
    if (longest) answers[question.id] = longest.value;
  }
  return answers as Answers;
}

/** A team link with `size` members, 40-character ASCII names and an 80-character decision name. */
function fullTeamLink(size: number): string {
  const members = Array.from({ length: size }, (_, index) => ({
    name: `member${index + 1}`.padEnd(MAX_MEMBER_NAME_LENGTH, 'x'),
    modelId: MODEL_REGISTRY.current.id,
    answers: longestAnswers(),
  }));
  const query = encodeTeamQuery({
    modelId: MODEL_REGISTRY.current.id,
    name: 'x'.repeat(MAX_DECISION_NAME_LENGTH),
    members,
  });
  return `https://picker.example.com/team?${query}`;
}

/** "1,590" → 1590. */
const numberFrom = (text: string | undefined) => Number((text ?? '').replace(/,/g, ''));

describe('the README’s numbers are the app’s', () => {
  it('counts the questions the wizard asks', () => {
    expect(numberFrom(/\b(\d+) short questions\b/.exec(readme)?.[1])).toBe(QUESTION_COUNT);
  });

  it('counts the criteria of the current model', () => {
    expect(numberFrom(/\b(\d+) rated criteria\b/.exec(readme)?.[1])).toBe(
      MODEL_REGISTRY.current.criteria.length,
    );
  });

  it('gives the size of a full team link, as the team-link document measures it', () => {
    const [, members, characters] =
      /a team of (\d+) fits in about ([\d,]+) characters/.exec(readme) ?? [];
    const length = fullTeamLink(numberFrom(members)).length;
    expect(numberFrom(characters)).toBe(Math.round(length / 10) * 10);
    const doc = readFileSync('docs/team-link-scheme.md', 'utf8').replace(/\s+/g, ' ');
    const documented = /A team of 8 with every question .*? is \*\*([\d,]+) characters\*\*/.exec(
      doc,
    );
    expect(numberFrom(documented?.[1])).toBe(fullTeamLink(8).length);
  });
});

describe('docs/embed-protocol.md is the protocol the frame speaks', () => {
  const doc = readFileSync('docs/embed-protocol.md', 'utf8');
  const declared = /```ts\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';

  /** The field names the document's type declares for one message type, nested ones included. */
  function declaredFields(type: string): string[] {
    const member = declared.split('| {').find((part) => part.includes(`type: '${type}'`)) ?? '';
    return [...member.matchAll(/(\w+):/g)]
      .map((match) => match[1] ?? '')
      .filter((f) => f !== 'type');
  }

  /** A message's field names in order, an array's entries' after the array's own. */
  function fieldsOf(value: object): string[] {
    return Object.entries(value).flatMap(([key, field]: [string, unknown]) => {
      const inner = Array.isArray(field) ? field[0] : field;
      return [key, ...(typeof inner === 'object' && inner !== null ? fieldsOf(inner) : [])];
    });
  }

  const messages: EmbedMessage[] = [
    readyMessage('/embed'),
    resizeMessage(100.5) ?? readyMessage('/embed'),
    stepMessage('kind'),
    resultMessage(
      reportOf(`v=1&data=${MODEL_REGISTRY.current.id}`),
      'https://picker.example.com/result',
    ),
  ];

  it.each(messages.map((message) => [message.type, message] as const))(
    'declares the fields the frame sends in %s, and says when',
    (type, message) => {
      const { source, version } = message;
      const fields = Object.fromEntries(
        Object.entries(message).filter(([key]) => !['source', 'version', 'type'].includes(key)),
      );
      expect(declared).toContain(`{ source: '${source}'; version: ${version} }`);
      expect(declaredFields(type)).toEqual(fieldsOf(fields));
      const table = tableStartingWith(doc, 'type', 'when', 'fields');
      expect(table.rows.map((row) => unquote(row[0] ?? ''))).toContain(type);
    },
  );

  it('lists the themes a frame takes', () => {
    const row = tableStartingWith(doc, 'key', 'values', 'default').rows.find(
      ([key]) => key === '`theme`',
    );
    const themes = [...(row?.[1] ?? '').matchAll(/`(\w+)`/g)].map((match) => match[1]);
    expect(themes).toEqual([...EMBED_THEMES]);
  });
});
