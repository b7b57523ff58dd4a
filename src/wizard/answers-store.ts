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
  /**
   * The questions answered "I'm not sure", in the order given: no answer for scoring and links,
   * but the wizard shows that choice again and the review says how it counts.
   */
  readonly unsure: readonly QuestionId[];
  answer: <Q extends QuestionId>(id: Q, value: AnswerValue<Q>) => void;
  markUnsure: (id: QuestionId) => void;
  skip: (id: QuestionId) => void;
  /** Replaces every answer, e.g. with those of a result opened from a link. */
  replaceAll: (answers: Answers) => void;
  reset: () => void;
}

/** Answers as the wizard keeps them: what the current model asks, as a link's would be read. */
function sanitizeAnswers(input: unknown): Answers {
  return answersFromRecord(input, MODEL_CATALOG.current);
}

/** "Not sure" marks as the wizard keeps them: questions the current model asks, each once. */
function sanitizeUnsure(input: unknown, answers: Answers): QuestionId[] {
  if (!Array.isArray(input)) return [];
  return MODEL_CATALOG.current.questions
    .map((question) => question.id)
    .filter((id) => input.includes(id) && answers[id] === undefined);
}

function without(answers: Answers, id: QuestionId): Answers {
  const rest: Record<string, string | undefined> = { ...answers };
  delete rest[id];
  return rest as Answers;
}

export const DRAFT_STORAGE_KEY = 'python-framework-picker:draft';
const DRAFT_VERSION = 1;

export const useAnswersStore = create<AnswersState>()(
  persist(
    (set) => ({
      answers: {},
      unsure: [],
      answer: (id, value) =>
        set((state) => ({
          answers: { ...state.answers, [id]: value },
          unsure: state.unsure.filter((other) => other !== id),
        })),
      markUnsure: (id) =>
        set((state) => ({
          answers: without(state.answers, id),
          unsure: [...state.unsure.filter((other) => other !== id), id],
        })),
      skip: (id) =>
        set((state) => ({
          answers: without(state.answers, id),
          unsure: state.unsure.filter((other) => other !== id),
        })),
      replaceAll: (answers) => set({ answers: sanitizeAnswers(answers), unsure: [] }),
      reset: () => set({ answers: {}, unsure: [] }),
    }),
    {
      name: DRAFT_STORAGE_KEY,
      version: DRAFT_VERSION,
      // A draft saved before "not sure" existed has no `unsure`: it reads as none.
      storage: draftJsonStorage<Pick<AnswersState, 'answers' | 'unsure'>>(),
      partialize: (state) => ({ answers: state.answers, unsure: state.unsure }),
      // Pages are prerendered without a draft: the saved one is applied after hydration.
      skipHydration: true,
      // A draft from another version is dropped rather than guessed at.
      migrate: () => ({ answers: {}, unsure: [] }),
      // Whatever is stored (corrupted, foreign, hand-edited) passes the same checks as a URL;
      // with nothing stored, the answers already given stay.
      merge: (persisted, current) => {
        const stored = persisted as { answers?: unknown; unsure?: unknown } | undefined;
        if (stored?.answers === undefined) return current;
        const answers = sanitizeAnswers(stored.answers);
        return { ...current, answers, unsure: sanitizeUnsure(stored.unsure, answers) };
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

/**
 * The answers given now, read once (not subscribed): for the embed's `step` message, which counts
 * the questions asked with them. app/ composes it into the embed bridge.
 */
export function currentAnswers(): Answers {
  return useAnswersStore.getState().answers;
}
