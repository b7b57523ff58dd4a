/**
 * The in-progress draft: saved where storage works, restored after the first render, and never
 * a reason to crash when storage holds something else or refuses to work at all.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { answerOption, QUESTIONS, questionById } from '../../src/domain/questions';
import { DRAFT_STORAGE_KEY, useAnswersStore } from '../../src/wizard/answers-store';
import {
  LAZY_TIMEOUT,
  answerAll,
  answerRadio,
  mainHeading,
  renderApp,
  reviewAnswer,
  restoreDraftNow,
} from './render-app';

function storedDraft(): unknown {
  const raw = window.localStorage.getItem(DRAFT_STORAGE_KEY);
  return raw === null ? null : JSON.parse(raw);
}

function expectEveryAnswerSkipped() {
  for (const question of QUESTIONS) expect(reviewAnswer(question.id)).toBe('Skipped');
}

describe('saving the draft', () => {
  it('saves each answer to localStorage as it is given', async () => {
    const { user } = renderApp('/questions/kind');
    await user.click(answerRadio('kind', 'api'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(answerRadio('async', 'must'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(storedDraft()).toEqual({
      state: { answers: { kind: 'api', async: 'must' } },
      version: 1,
    });

    await user.click(screen.getByRole('button', { name: 'Skip this question' }));
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'Skip this question' }));
    expect(storedDraft()).toEqual({ state: { answers: { kind: 'api' } }, version: 1 });
  });

  it('restores a saved draft after the first render, like a reload', async () => {
    window.localStorage.setItem(
      DRAFT_STORAGE_KEY,
      JSON.stringify({ state: { answers: { kind: 'learn', style: 'freedom' } }, version: 1 }),
    );
    renderApp('/questions/kind', { restoreDraft: false });
    // The first render matches the prerendered page: no draft yet.
    expect(answerRadio('kind', 'learn')).not.toBeChecked();

    await restoreDraftNow();
    expect(answerRadio('kind', 'learn')).toBeChecked();
    expect(useAnswersStore.getState().answers).toEqual({ kind: 'learn', style: 'freedom' });
  });

  it('a restored draft shows on the review and carries on to the result', async () => {
    window.localStorage.setItem(
      DRAFT_STORAGE_KEY,
      JSON.stringify({
        state: { answers: { kind: 'webapp', admin: 'must', orm: 'django', style: 'conventions' } },
        version: 1,
      }),
    );
    const { user } = renderApp('/review');
    await restoreDraftNow();
    expect(reviewAnswer('kind')).toBe(answerOption('kind', 'webapp')?.label);
    expect(reviewAnswer('admin')).toBe('Must have');
    expect(reviewAnswer('orm')).toBe("Django's built-in ORM");
    expect(reviewAnswer('perf')).toBe('Skipped');

    await user.click(screen.getByRole('link', { name: 'See my recommendation' }));
    expect(await screen.findByRole('heading', { level: 1 }, LAZY_TIMEOUT)).toHaveTextContent(
      'Django is the best fit',
    );
  });
});

describe('a stored draft that is not ours', () => {
  const FOREIGN: [string, string][] = [
    ['corrupted JSON', '{not json'],
    ['an empty string', ''],
    ['a number', '42'],
    ['null', 'null'],
    ['an array', '[1,2,3]'],
    ['no state', JSON.stringify({ version: 1 })],
    ['state that is not an object', JSON.stringify({ state: 'kind=api', version: 1 })],
    ['answers that are not an object', JSON.stringify({ state: { answers: ['api'] }, version: 1 })],
    [
      'an older version',
      JSON.stringify({ state: { answers: { kind: 'api', async: 'must' } }, version: 0 }),
    ],
    [
      'a newer version',
      JSON.stringify({ state: { answers: { kind: 'api', async: 'must' } }, version: 7 }),
    ],
    [
      'unknown questions and values',
      JSON.stringify({
        state: {
          answers: {
            kind: 'banana',
            async: 3,
            framework: 'django',
            __proto__: { kind: 'api' },
            orm: '<img src=x onerror=alert(1)>',
          },
        },
        version: 1,
      }),
    ],
  ];

  it.each(FOREIGN)('%s is discarded without a crash', async (_name, stored) => {
    window.localStorage.setItem(DRAFT_STORAGE_KEY, stored);
    const { user } = renderApp('/review');
    await restoreDraftNow();
    expect(mainHeading()).toHaveTextContent('Check your answers');
    expectEveryAnswerSkipped();
    expect(document.querySelector('img')).toBeNull();

    // The wizard still works and saves over the foreign value.
    await user.click(screen.getByRole('link', { name: /^Change what you are building$/i }));
    await user.click(answerRadio('kind', 'micro'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(reviewAnswer('kind')).toBe(answerOption('kind', 'micro')?.label);
    expect(storedDraft()).toEqual({ state: { answers: { kind: 'micro' } }, version: 1 });
  });

  it('removes a stored value that is not JSON, so it cannot fail the next load too', async () => {
    window.localStorage.setItem(DRAFT_STORAGE_KEY, '{not json');
    renderApp('/review');
    await restoreDraftNow();
    expect(window.localStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
    expectEveryAnswerSkipped();
  });

  it('keeps the valid answers of a draft with some unknown values', async () => {
    window.localStorage.setItem(
      DRAFT_STORAGE_KEY,
      JSON.stringify({
        state: { answers: { kind: 'api', async: 'banana', docs: 'must', extra: 'x' } },
        version: 1,
      }),
    );
    renderApp('/review');
    await restoreDraftNow();
    expect(reviewAnswer('kind')).toBe(answerOption('kind', 'api')?.label);
    expect(reviewAnswer('async')).toBe('Skipped');
    expect(reviewAnswer('docs')).toBe('Must have');
    expect(useAnswersStore.getState().answers).toEqual({ kind: 'api', docs: 'must' });
  });
});

describe('where storage throws', () => {
  it('works without saving when every storage access throws', async () => {
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const getItem = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(refuse);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(refuse);

    const { user } = renderApp('/');
    await restoreDraftNow();
    await user.click(screen.getByRole('link', { name: /^Start/ }));
    await answerAll(user, { kind: 'api', async: 'must', docs: 'must' });

    expect(mainHeading()).toHaveTextContent('Check your answers');
    expect(reviewAnswer('kind')).toBe(answerOption('kind', 'api')?.label);
    expect(reviewAnswer('docs')).toBe('Must have');
    expect(getItem).toHaveBeenCalled();
    expect(setItem).toHaveBeenCalled();

    await user.click(screen.getByRole('link', { name: 'See my recommendation' }));
    expect(await screen.findByRole('heading', { level: 1 }, LAZY_TIMEOUT)).toHaveTextContent(
      'FastAPI is the best fit',
    );
  });

  it('works when storage is full', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const { user } = renderApp('/questions/kind');
    await restoreDraftNow();
    await user.click(answerRadio('kind', 'webapp'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(mainHeading()).toHaveTextContent(questionById('async').title);
    expect(useAnswersStore.getState().answers).toEqual({ kind: 'webapp' });
  });
});
