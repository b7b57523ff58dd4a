/**
 * Continue pressed on a prerendered question page before the app has started submits the form
 * natively, to the same page with the answer in the query. The app then records the answer and
 * moves on, without losing the saved draft.
 *
 * Its own file: whether the draft has been restored is per page load (module state), and the
 * first test here needs a page load where it has not been yet.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { questionById } from '../../src/domain/questions';
import { DRAFT_STORAGE_KEY, useAnswersStore } from '../../src/wizard/answers-store';
import { LAZY_TIMEOUT, answerRadio, mainHeading, renderApp, restoreDraftNow } from './render-app';

describe('an answer submitted before the app started', () => {
  it('is recorded after the saved draft is back, and the next question opens', async () => {
    window.localStorage.setItem(
      DRAFT_STORAGE_KEY,
      JSON.stringify({ state: { answers: { kind: 'webapp', orm: 'django' } }, version: 1 }),
    );
    const { user } = renderApp('/questions/async?async=must', { restoreDraft: false });
    // Nothing happens before the draft is restored, so the draft cannot overwrite the answer.
    expect(mainHeading()).toHaveTextContent(questionById('async').title);

    await restoreDraftNow();
    expect(await screen.findByRole('heading', { level: 1 }, LAZY_TIMEOUT)).toHaveTextContent(
      questionById('admin').title,
    );
    expect(useAnswersStore.getState().answers).toEqual({
      kind: 'webapp',
      async: 'must',
      orm: 'django',
    });
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(answerRadio('async', 'must')).toBeChecked();
  });

  it('an unknown value in the query is not an answer, and the question stays', async () => {
    renderApp('/questions/kind?kind=banana');
    await restoreDraftNow();
    expect(mainHeading()).toHaveTextContent(questionById('kind').title);
    expect(useAnswersStore.getState().answers).toEqual({});
  });

  it('only the question’s own key counts', async () => {
    renderApp('/questions/kind?async=must');
    await restoreDraftNow();
    expect(mainHeading()).toHaveTextContent(questionById('kind').title);
    expect(useAnswersStore.getState().answers).toEqual({});
  });

  it('in the embed, the query is left to the embed’s preset answers', async () => {
    renderApp('/embed/questions/kind?kind=api');
    await restoreDraftNow();
    // Shown with the preset chosen, not answered and skipped past.
    expect(mainHeading()).toHaveTextContent(questionById('kind').title);
    expect(answerRadio('kind', 'api')).toBeChecked();
  });
});
