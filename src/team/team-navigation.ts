import { answersFromRecord } from '../domain/links/model-answers';
import type { ModelDeclaration } from '../domain/model-types';
import type { Answers } from '../domain/questions';

/** What a navigation to the team page may carry besides its URL (history state, never shared). */
export interface TeamPageState {
  /** Answers to fill the form with, e.g. those of the result the user came from. */
  readonly prefill?: Answers;
  /** A plain-text sentence saying what just changed, shown under the heading. */
  readonly note?: string;
}

/**
 * Reads history state defensively: it may come from anywhere, or be absent. Prefilled answers are
 * kept as `model` (the team's) knows them, as a link's would be.
 */
export function readTeamPageState(
  state: unknown,
  model: ModelDeclaration,
): { prefill: Answers; note: string | undefined } {
  const record =
    typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
  return {
    prefill: answersFromRecord(record.prefill, model),
    note: typeof record.note === 'string' ? record.note : undefined,
  };
}
