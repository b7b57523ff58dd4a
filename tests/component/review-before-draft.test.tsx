/**
 * The review page as prerendered and in the moment before the saved draft is back. Its own file:
 * the store is a module, and once any test has restored a draft it counts as restored.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CURRENT_MODEL_ID } from '../../src/domain/model-catalog';
import { DRAFT_STORAGE_KEY } from '../../src/wizard/answers-store';
import { renderApp, reviewAnswer, restoreDraftNow } from './render-app';

describe('the review before the saved draft is back', () => {
  it('claims nothing about the answers and links to no result until the draft is restored', async () => {
    window.localStorage.setItem(
      DRAFT_STORAGE_KEY,
      JSON.stringify({ state: { answers: { kind: 'api', docs: 'must' } }, version: 1 }),
    );
    renderApp('/review', { restoreDraft: false });
    // What the prerendered page shows: no "Skipped", no general-view note, no result link yet.
    expect(reviewAnswer('kind')).toBe('…');
    expect(screen.queryByText(/You skipped every question/)).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'See my recommendation' })).not.toBeInTheDocument();

    await restoreDraftNow();
    expect(reviewAnswer('kind')).toBe('A JSON or REST API');
    expect(reviewAnswer('async')).toBe('Skipped');
    expect(screen.getByRole('link', { name: 'See my recommendation' })).toHaveAttribute(
      'href',
      `/result?v=1&data=${CURRENT_MODEL_ID}&kind=api&docs=must`,
    );
  });
});
