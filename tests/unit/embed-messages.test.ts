import fc from 'fast-check';
import { LEARNER_QUESTIONS } from '../../src/domain/wizard-path';
import { EMBED_START_PATH, embedReportedPath } from '../../src/domain/embed-path';
import {
  embedQuestionAt,
  embedTargetOrigin,
  isEmbedMessage,
  isEmbedResultPath,
  isHelloMessage,
  readyMessage,
  revealMessage,
  resizeMessage,
  resultMessage,
  stepMessage,
} from '../../src/domain/embed-messages';
import { QUESTIONS } from '../../src/domain/questions';
import { decodeShareQuery } from '../../src/domain/links/share-link';
import { MODEL_CATALOG } from '../../src/domain/model-catalog';
import { reportOf } from '../support/results';
import { FROZEN_LINKS } from './frozen-links';

const envelope = { source: 'python-framework-picker', version: 1 } as const;

describe('readyMessage', () => {
  it('reports the route without base or query', () => {
    expect(readyMessage('/embed/review')).toEqual({
      ...envelope,
      type: 'ready',
      path: '/embed/review',
    });
  });

  it('reports /embed as the first question it shows (docs/contracts.md section 1)', () => {
    expect(readyMessage('/embed').path).toBe('/embed/questions/kind');
    expect(embedReportedPath('/embed/')).toBe(EMBED_START_PATH);
    expect(embedReportedPath('/embed/compare')).toBe('/embed/compare');
  });
});

describe('resizeMessage', () => {
  it.each([
    [0, 0],
    [640, 640],
    [640.01, 641],
    [760.171875, 761],
    [1e-9, 1],
  ])('rounds %d up to %d whole CSS pixels', (height, expected) => {
    expect(resizeMessage(height)).toEqual({ ...envelope, type: 'resize', height: expected });
  });

  it.each([NaN, Infinity, -Infinity, -1])('sends nothing for %d', (height) => {
    expect(resizeMessage(height)).toBeUndefined();
  });

  it('never reports less than the content needs', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (height) => {
        const sent = resizeMessage(height)?.height ?? -1;
        return Number.isInteger(sent) && sent >= height && sent - height <= 1;
      }),
    );
  });
});

describe('stepMessage', () => {
  it('numbers every question from 1 out of all of the current wizard, in wizard order', () => {
    expect(QUESTIONS.map((question) => stepMessage(question.id))).toEqual(
      QUESTIONS.map((question, index) => ({
        ...envelope,
        type: 'step',
        question: question.id,
        index: index + 1,
        total: 9,
      })),
    );
  });
});

describe('embedQuestionAt and isEmbedResultPath', () => {
  it.each([
    ['/embed/questions/kind', 'kind'],
    ['/embed/questions/team', 'team'],
    ['/embed/questions/team/', 'team'],
    ['/embed', 'kind'],
    ['/embed/questions/nope', undefined],
    ['/embed/questions/', undefined],
    ['/questions/kind', undefined],
    ['/embed/review', undefined],
    ['/embed/questions/kind/extra', undefined],
  ])('%s shows question %s', (path, expected) => {
    expect(embedQuestionAt(path)).toBe(expected);
  });

  it.each([
    ['/embed/result', true],
    ['/embed/result/', true],
    ['/result', false],
    ['/embed/results', false],
  ])('%s is the frame result page: %s', (path, expected) => {
    expect(isEmbedResultPath(path)).toBe(expected);
  });
});

describe('resultMessage', () => {
  it.each(FROZEN_LINKS)('carries the frozen ranking of $link', ({ link, ranking }) => {
    const url = `https://picker.example${link}`;
    const message = resultMessage(reportOf(link), url);
    expect(message).toEqual({
      ...envelope,
      type: 'result',
      winner: ranking[0]?.[0],
      ranking: ranking.map(([id, score, fails]) => ({
        id,
        score,
        mustHavesMet: fails.length === 0,
      })),
      url,
    });
    expect(isEmbedMessage(message)).toBe(true);
  });

  it('is plain data that survives structured cloning unchanged', () => {
    const message = resultMessage(
      reportOf('v=1&data=2026-11&kind=api'),
      'https://x.example/result',
    );
    expect(structuredClone(message)).toEqual(message);
  });
});

describe('isHelloMessage', () => {
  it('accepts the host handshake', () => {
    expect(isHelloMessage({ ...envelope, type: 'hello' })).toBe(true);
  });

  it.each([
    null,
    undefined,
    'hello',
    { type: 'hello' },
    { ...envelope, type: 'ready', path: '/embed' },
    { ...envelope, version: 2, type: 'hello' },
    { ...envelope, version: '1', type: 'hello' },
    { ...envelope, source: 'other-widget', type: 'hello' },
  ])('ignores %j', (data) => {
    expect(isHelloMessage(data)).toBe(false);
  });

  it('never throws, whatever a page posts', () => {
    fc.assert(fc.property(fc.anything(), (data) => typeof isHelloMessage(data) === 'boolean'));
  });
});

describe('stepMessage on the learner path', () => {
  it('counts a learner’s steps among the questions asked, truthfully', () => {
    const learner = { kind: 'learn' } as const;
    const asked = LEARNER_QUESTIONS.map((id) => stepMessage(id, learner));
    expect(asked.map((message) => [message.question, message.index, message.total])).toEqual(
      LEARNER_QUESTIONS.map((id, index) => [id, index + 1, LEARNER_QUESTIONS.length]),
    );
  });
});

describe('isEmbedMessage', () => {
  it('accepts what the builders make', () => {
    expect(isEmbedMessage(readyMessage('/embed'))).toBe(true);
    expect(isEmbedMessage(resizeMessage(12.5))).toBe(true);
    expect(isEmbedMessage(stepMessage('docs'))).toBe(true);
  });

  it.each([
    { ...envelope, type: 'resize', height: Number.NaN },
    { ...envelope, type: 'resize', height: Infinity },
    { ...envelope, type: 'resize', height: -3 },
    { ...envelope, type: 'resize', height: '600' },
    { ...envelope, type: 'resize', height: 12.5 },
    { ...envelope, type: 'ready' },
    { ...envelope, type: 'step', question: 'kind', index: 1 },
    { ...envelope, type: 'step', question: 'kind', index: -1, total: 9 },
    { ...envelope, type: 'step', question: 'kind', index: 1, total: -9 },
    { ...envelope, type: 'step', question: 'kind', index: 1.5, total: 9 },
    { ...envelope, type: 'result', winner: 'django', ranking: [{ id: 'django' }], url: 'x' },
    {
      ...envelope,
      type: 'result',
      winner: 'django',
      ranking: [{ id: 'django', score: -1, mustHavesMet: true }],
      url: 'x',
    },
    {
      ...envelope,
      type: 'result',
      winner: 'django',
      ranking: [{ id: 'django', score: 99.5, mustHavesMet: true }],
      url: 'x',
    },
    { ...envelope, type: 'hello' },
    { ...envelope, type: 'unknown' },
    { source: 'python-framework-picker', type: 'resize', height: 10 },
  ])('rejects %j', (data) => {
    expect(isEmbedMessage(data)).toBe(false);
  });
});

describe('embedTargetOrigin', () => {
  it('sends to any host by default: the messages carry nothing private', () => {
    expect(embedTargetOrigin({ parentOrigin: undefined, parentOriginInvalid: false })).toBe('*');
  });

  it('sends only to the parentOrigin given', () => {
    expect(
      embedTargetOrigin({ parentOrigin: 'https://blog.example.com', parentOriginInvalid: false }),
    ).toBe('https://blog.example.com');
  });

  it('sends nothing at all when parentOrigin is not an http(s) origin', () => {
    const decode = (search: string) => decodeShareQuery(search, MODEL_CATALOG, { embed: true });
    for (const value of [
      'javascript:alert(1)',
      'blog.example.com',
      'https://a.example/path',
      '*',
    ]) {
      expect(
        embedTargetOrigin(decode(`parentOrigin=${encodeURIComponent(value)}`)),
      ).toBeUndefined();
    }
    expect(embedTargetOrigin(decode('parentOrigin=https%3A%2F%2Fa.example'))).toBe(
      'https://a.example',
    );
  });
});

describe('revealMessage', () => {
  it('covers the measured box in whole pixels from the frame’s top', () => {
    expect(revealMessage({ top: 23.6, bottom: 118.2 })).toEqual({
      source: 'python-framework-picker',
      version: 1,
      type: 'reveal',
      top: 23,
      height: 96,
    });
    expect(isEmbedMessage(revealMessage({ top: 0, bottom: 0 }))).toBe(true);
  });

  it('sends nothing for a box that cannot be measured', () => {
    expect(revealMessage({ top: NaN, bottom: 40 })).toBeUndefined();
    expect(revealMessage({ top: 40, bottom: 10 })).toBeUndefined();
  });
});
