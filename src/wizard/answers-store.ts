import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import {
  sanitizeAnswers,
  type AnswerValue,
  type Answers,
  type QuestionId,
} from '../domain/questions';
import { draftStorage } from './draft-storage';

/** The wizard's in-progress answers: the only client state. Results live in the URL. */
export interface AnswersState {
  readonly answers: Answers;
  answer: <Q extends QuestionId>(id: Q, value: AnswerValue<Q>) => void;
  skip: (id: QuestionId) => void;
  /** Replaces every answer, e.g. with those of a result opened from a link. */
  replaceAll: (answers: Answers) => void;
  reset: () => void;
}

export const DRAFT_STORAGE_KEY = 'python-framework-picker:draft';
const DRAFT_VERSION = 1;

export const useAnswersStore = create<AnswersState>()(
  persist(
    (set) => ({
      answers: {},
      answer: (id, value) => set((state) => ({ answers: { ...state.answers, [id]: value } })),
      skip: (id) =>
        set((state) => {
          const answers: Record<string, string | undefined> = { ...state.answers };
          delete answers[id];
          return { answers: answers as Answers };
        }),
      replaceAll: (answers) => set({ answers: sanitizeAnswers(answers) }),
      reset: () => set({ answers: {} }),
    }),
    {
      name: DRAFT_STORAGE_KEY,
      version: DRAFT_VERSION,
      storage: createJSONStorage(() => draftStorage),
      partialize: (state) => ({ answers: state.answers }),
      // Pages are prerendered without a draft: the saved one is applied after hydration.
      skipHydration: true,
      // A draft from another version is dropped rather than guessed at.
      migrate: () => ({ answers: {} }),
      // A stored value that is not even JSON is dropped, so it cannot fail every later load.
      onRehydrateStorage: () => (_state, error) => {
        if (error !== undefined) draftStorage.removeItem(DRAFT_STORAGE_KEY);
      },
      // Whatever is stored (corrupted, foreign, hand-edited) passes the same checks as a URL.
      merge: (persisted, current) => ({
        ...current,
        answers: sanitizeAnswers((persisted as { answers?: unknown } | undefined)?.answers),
      }),
    },
  ),
);

let draftRestored = false;
const restoredListeners = new Set<() => void>();

/** Loads the saved draft; call once after the first render. */
export function restoreDraft(): void {
  // rehydrate() settles even when the stored value is unreadable.
  void useAnswersStore.persist.rehydrate().then(() => {
    draftRestored = true;
    for (const listener of [...restoredListeners]) listener();
  });
}

/**
 * Calls `listener` once, after the saved draft has been restored (at once if it already has), so
 * that an answer given now is not overwritten by the draft. Returns a function that cancels it.
 */
export function whenDraftRestored(listener: () => void): () => void {
  if (draftRestored) {
    listener();
    return () => {};
  }
  const once = () => {
    restoredListeners.delete(once);
    listener();
  };
  restoredListeners.add(once);
  return () => {
    restoredListeners.delete(once);
  };
}
