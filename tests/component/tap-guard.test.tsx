/**
 * A tap that began before a step changed never lands on the next step (src/ui/tap-guard.ts): a
 * finger still down on Continue when the next question appears under it answers nothing.
 */
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answerOption, questionById } from '../../src/domain/questions';
import { mainHeading, renderApp } from './render-app';

const continueButton = () => screen.getByRole('button', { name: 'Continue' });
const option = (id: 'kind' | 'async', value: string) =>
  screen.getByRole('radio', { name: answerOption(id, value)?.label ?? '' });

/** The browser's click at the end of a tap: `detail` counts the presses; 0 is a keyboard's. */
const tapEnd = (element: Element) => {
  fireEvent.pointerUp(element);
  fireEvent.click(element, { detail: 1 });
};

describe.each([
  ['the wizard', '/questions/kind'],
  ['the embed', '/embed/questions/kind'],
])('in %s', (_name, start) => {
  it('a tap begun on Continue answers nothing on the question that replaced it', async () => {
    const { user } = renderApp(start);
    await user.click(option('kind', 'api'));
    // The finger goes down on Continue; the step changes before it lifts (here by the keyboard,
    // as a slow phone's first tap of a double tap would).
    fireEvent.pointerDown(continueButton());
    fireEvent.click(continueButton(), { detail: 0 });
    expect(mainHeading()).toHaveTextContent(questionById('async').title);

    tapEnd(option('async', 'must'));
    expect(option('async', 'must')).not.toBeChecked();

    // A tap that begins on this step answers it.
    fireEvent.pointerDown(option('async', 'must'));
    tapEnd(option('async', 'must'));
    expect(option('async', 'must')).toBeChecked();
  });

  it('leaves keyboard choices and clicks without a press alone', async () => {
    const { user } = renderApp(start);
    await user.click(option('kind', 'api'));
    fireEvent.pointerDown(continueButton());
    await user.keyboard('{Enter}');
    expect(mainHeading()).toHaveTextContent(questionById('async').title);
    fireEvent.click(option('async', 'nice'), { detail: 0 });
    expect(option('async', 'nice')).toBeChecked();
  });
});
