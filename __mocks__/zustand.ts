/**
 * zustand for the tests, as zustand's testing guide sets it up: the real library, except that
 * every store created while testing goes back to its initial state after each test, so no test
 * sees another's answers. tests/setup.ts turns it on with `vi.mock('zustand')`.
 */
import { act } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import type * as Zustand from 'zustand';

const actual = await vi.importActual<typeof Zustand>('zustand');

export const { createStore, useStore } = actual;

const resets = new Set<() => void>();

function createResettable<T>(initializer: Zustand.StateCreator<T>) {
  const store = actual.create(initializer);
  const initialState = store.getInitialState();
  resets.add(() => store.setState(initialState, true));
  return store;
}

/** `create`, curried (`create<T>()(…)`, as the app calls it) or not. */
export const create = (<T>(initializer?: Zustand.StateCreator<T>) =>
  initializer === undefined
    ? createResettable
    : createResettable(initializer)) as typeof Zustand.create;

afterEach(() => {
  act(() => {
    for (const reset of resets) reset();
  });
});
