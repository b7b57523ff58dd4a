import { create } from 'zustand';
import { useSyncExternalStore } from 'react';
import { persist } from 'zustand/middleware';
import { answersFromRecord } from '../domain/links/model-answers';
import { MODEL_CATALOG } from '../domain/model-catalog';
import type { AnswerValue, Answers, QuestionId } from '../domain/questions';
import { draftJsonStorage } from './draft-storage';

/** The wizard's in-progress answers: the only client state. Results live in the URL. */
export interface AnswersState {
  readonly answers: Answers;
  answer: <Q extends QuestionId>(id: Q, value: AnswerValue<Q>) => void;
  skip: (id: QuestionId) => void;
  /** Replaces every answer, e.g. with those of a result opened from a link. */
  replaceAll: (answers: Answers) => void;
  reset: () => void;
}

/** Answers as the wizard keeps them: what the current model asks, as a link's would be read. */
function sanitizeAnswers(input: unknown): Answers {
  return answersFromRecord(input, MODEL_CATALOG.current);
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
      storage: draftJsonStorage<{ answers: Answers }>(),
      partialize: (state) => ({ answers: state.answers }),
      // Pages are prerendered without a draft: the saved one is applied after hydration.
      skipHydration: true,
      // A draft from another version is dropped rather than guessed at.
      migrate: () => ({ answers: {} }),
      // Whatever is stored (corrupted, foreign, hand-edited) passes the same checks as a URL;
      // with nothing stored, the answers already given stay.
      merge: (persisted, current) => {
        const stored = (persisted as { answers?: unknown } | undefined)?.answers;
        return stored === undefined ? current : { ...current, answers: sanitizeAnswers(stored) };
      },
    },
  ),
);

/** Loads the saved draft; call once after the first render. */
export function restoreDraft(): void {
  void useAnswersStore.persist.rehydrate();
}

/**
 * Calls `listener` once, after the saved draft has been restored (at once if it already has), so
 * that an answer given now is not overwritten by the draft. Returns a function that cancels it.
 */
export function whenDraftRestored(listener: () => void): () => void {
  if (useAnswersStore.persist.hasHydrated()) {
    listener();
    return () => {};
  }
  const unsubscribe = useAnswersStore.persist.onFinishHydration(() => {
    unsubscribe();
    listener();
  });
  return unsubscribe;
}

const subscribeToRestore = (onChange: () => void) =>
  useAnswersStore.persist.onFinishHydration(onChange);

/** False until the saved draft is back (and on the server, where there is none). */
export function useDraftRestored(): boolean {
  return useSyncExternalStore(
    subscribeToRestore,
    () => useAnswersStore.persist.hasHydrated(),
    () => false,
  );
}
