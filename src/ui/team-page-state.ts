import type { NoticeSegment } from '../domain/links/ignored-text';
import { answersFromRecord } from '../domain/links/model-answers';
import type { Team } from '../domain/links/team-link';
import type { ModelDeclaration } from '../domain/model-types';
import type { Answers } from '../domain/questions';

/**
 * Who the team page is shown to, as this tab's own navigations tell it (a link alone never says):
 * `lead`, who started the team or merges replies; `answered`, a teammate who has just added their
 * answers; `viewing`, a teammate who asked to see the team's view before answering.
 */
export type TeamRole = 'lead' | 'answered' | 'viewing';

/** A sentence in segments: the app's words and echoed names (shown isolated). */
export type NoteSentence = readonly NoticeSegment[];

/** A note saying what just changed, and where on the page it is said. */
export interface TeamNote {
  /** `top`: under the heading; `paste`: beside the field the links were pasted into. */
  readonly at: 'top' | 'paste';
  readonly sentences: readonly NoteSentence[];
}

/** What a navigation to the team page may carry besides its URL (history state, never shared). */
export interface TeamPageState {
  /** Answers to fill the form with, e.g. those of the result the user came from. */
  readonly prefill?: Answers;
  readonly note?: TeamNote;
  readonly role?: TeamRole;
  /** Leave focus where it is (ui/page-heading): set when links were pasted. */
  readonly keepFocus?: true;
}

/**
 * What the page shows: `start`, a new team to set up; `answer-first`, a teammate who opened a link
 * meets the decision and the questions, not the team's pick, so it cannot sway their answers;
 * `team`, the team's view.
 */
export type TeamView = 'start' | 'answer-first' | 'team';

/** The view for a team and the role this tab's navigations gave the page. */
export function teamViewOf(team: Team, role: TeamRole | undefined): TeamView {
  if (role !== undefined) return 'team';
  const empty =
    team.members.length === 0 && team.name === '' && !team.lead && !team.expected?.length;
  return empty ? 'start' : 'answer-first';
}

const ROLES: readonly string[] = ['lead', 'answered', 'viewing'] satisfies TeamRole[];

function readSegments(value: unknown): NoticeSegment[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const segments = value.filter(
    (segment): segment is NoticeSegment =>
      typeof segment === 'object' &&
      segment !== null &&
      typeof (segment as NoticeSegment).text === 'string' &&
      typeof (segment as NoticeSegment).echoed === 'boolean',
  );
  return segments.length === value.length ? segments : undefined;
}

function readNote(value: unknown): TeamNote | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { at, sentences } = value as Record<string, unknown>;
  if ((at !== 'top' && at !== 'paste') || !Array.isArray(sentences)) return undefined;
  const read = sentences.map(readSegments);
  return read.every((sentence) => sentence !== undefined) ? { at, sentences: read } : undefined;
}

/**
 * Reads history state defensively: it may come from anywhere, or be absent. Prefilled answers are
 * kept as `model` (the team's) knows them, as a link's would be; a note or role of any other shape
 * is dropped.
 */
export function readTeamPageState(
  state: unknown,
  model: ModelDeclaration,
): { prefill: Answers; note: TeamNote | undefined; role: TeamRole | undefined } {
  const record =
    typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
  const role =
    typeof record.role === 'string' && ROLES.includes(record.role) ? record.role : undefined;
  return {
    prefill: answersFromRecord(record.prefill, model),
    note: readNote(record.note),
    role: role as TeamRole | undefined,
  };
}
