/**
 * The team-link codec, team scheme v1 (docs/team-link-scheme.md): a decision's name, who asked,
 * who is still expected and several people's answers in one URL,
 * `/team?t=1&data=<model>&name=<decision>&lead=<name>&expect=<name>&m=<name>~<answers>&m=…`.
 * It shares the share link's reader, prelude and rules: it never throws, writes keys in a fixed
 * order, and drops and names whatever the model a member answered under does not know.
 */
import { findModel, type ModelCatalog } from '../model-catalog';
import type { Answers } from '../questions';
import { ignoredPart, type IgnoredPart } from './ignored';
import { answerPairs, answersForModel } from './model-answers';
import { readQueryPairs } from './query';
import { DEFAULT_LINK_MODEL_ID } from './share-link';
import { cleanText } from './text-safety';
import { readVersionedQuery } from './versioned-query';

export const TEAM_SCHEME_VERSION = 1;
/** More members than this are named as ignored: a team, not a survey, and a link that fits chats. */
export const MAX_TEAM_MEMBERS = 20;
/** Longest member name kept, in characters (code points); the rest is cut and named. */
export const MAX_MEMBER_NAME_LENGTH = 40;
/** Longest decision name kept, in characters (code points). */
export const MAX_DECISION_NAME_LENGTH = 80;
/** A raw `name`, `lead`, `expect` or `m` part longer than this is not read at all (a well-formed one is far shorter). */
export const MAX_PART_LENGTH = 1000;
/** Most names a link lists as still expected: as many as a team holds. */
export const MAX_EXPECTED_NAMES = MAX_TEAM_MEMBERS;

/** Separates a member's name from their answers; answers never contain it. */
const NAME_END = '~';
/** Separates one answer from the next inside a member. */
const ANSWER_SEPARATOR = '.';
/** Separates a question id from its value inside one answer; question ids never contain it. */
const VALUE_SEPARATOR = '-';
/**
 * A member's own model, written like an answer (`data-2027-01`) when it differs from the team's:
 * an app that predates it reads it as an unknown question and names it, keeping the rest.
 */
const MEMBER_MODEL_KEY = 'data';

export interface TeamMember {
  /** Optional, plain text, at most MAX_MEMBER_NAME_LENGTH characters; '' when not given. */
  readonly name: string;
  /** The model the member answered under: their own result link's. */
  readonly modelId: string;
  readonly answers: Answers;
}

export interface Team {
  /** The scoring model the team's combined answers are scored with. */
  readonly modelId: string;
  /** What is being decided, e.g. "Backend for the billing service"; '' when not given. */
  readonly name: string;
  /**
   * Who asked: the lead's name (key `lead`). Absent when not given, so a link written before the
   * key existed reads exactly as it did.
   */
  readonly lead?: string;
  /**
   * Names the lead still expects answers from (key `expect`, once per name), in the lead's order;
   * absent when none. A name leaves the list when someone of that name joins (team-members.ts).
   */
  readonly expected?: readonly string[];
  readonly members: readonly TeamMember[];
}

export interface DecodedTeamLink {
  readonly team: Team;
  /** True when the link names the team's model (`data`). */
  readonly modelNamed: boolean;
  /** Set when the link's `t` is newer than this app understands. */
  readonly newerScheme: number | undefined;
  readonly ignored: readonly IgnoredPart[];
}

/** A member's name as the team keeps it: one line of plain text, within the limit. */
export function cleanMemberName(text: string): string {
  return cleanText(text, MAX_MEMBER_NAME_LENGTH).text;
}

/** A decision's name as the team keeps it. */
export function cleanDecisionName(text: string): string {
  return cleanText(text, MAX_DECISION_NAME_LENGTH).text;
}

/** A member's answers in question order as `id-value.id-value`; skipped questions are absent. */
export function packAnswers(answers: Answers): string {
  return answerPairs(answers)
    .map(([id, value]) => `${id}${VALUE_SEPARATOR}${value}`)
    .join(ANSWER_SEPARATOR);
}

/**
 * The same name for the same person, whatever its case or compatibility form: "Ben", "ben" and
 * "ＢＥＮ" are one name when the team recognises people or crosses off who is expected.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}

/**
 * Percent-encodes a name, and also the punctuation `encodeURIComponent` leaves as it is
 * (`~ ! ' ( ) * . _`): `~` ends a member's name, and the rest is what chat apps and mail take for
 * the end of a sentence, a wrapper or emphasis when a link ends with a name
 * (links/pasted-link.ts). Reading decodes both forms.
 */
function encodeName(name: string): string {
  return encodeURIComponent(name).replace(
    /[~!'()*._]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function packMember(member: TeamMember, teamModelId: string): string {
  const own =
    member.modelId === teamModelId
      ? []
      : [`${MEMBER_MODEL_KEY}${VALUE_SEPARATOR}${member.modelId}`];
  const answers = packAnswers(member.answers);
  return [...own, ...(answers === '' ? [] : [answers])].join(ANSWER_SEPARATOR);
}

/**
 * Writes the query of a team link: `t`, `data`, `name` and `lead` when given, one `expect` per
 * name still expected, then one `m` per member in the team's order. Names are percent-encoded;
 * answer ids and values are fixed lowercase words.
 */
export function encodeTeamQuery(team: Team): string {
  const parts = [`t=${TEAM_SCHEME_VERSION}`, `data=${encodeURIComponent(team.modelId)}`];
  if (team.name !== '') parts.push(`name=${encodeName(team.name)}`);
  if (team.lead) parts.push(`lead=${encodeName(team.lead)}`);
  for (const name of team.expected ?? []) parts.push(`expect=${encodeName(name)}`);
  for (const member of team.members) {
    parts.push(`m=${encodeName(member.name)}${NAME_END}${packMember(member, team.modelId)}`);
  }
  return parts.join('&');
}

function decodeMember(
  raw: string,
  position: number,
  teamModelId: string,
  catalog: ModelCatalog,
): { member: TeamMember; ignored: IgnoredPart[] } {
  const ignored: IgnoredPart[] = [];
  const extra = { member: position };
  // Answers never hold the separator, so the last one ends the name, whatever the name holds.
  const end = raw.lastIndexOf(NAME_END);
  const rawName = end === -1 ? '' : raw.slice(0, end);
  const packed = end === -1 ? raw : raw.slice(end + 1);
  const name = cleanText(rawName, MAX_MEMBER_NAME_LENGTH);
  if (name.neutralised) ignored.push(ignoredPart('m', rawName, 'name-neutralised', extra));
  if (name.shortened) {
    ignored.push(
      ignoredPart('m', rawName, 'name-shortened', { ...extra, limit: MAX_MEMBER_NAME_LENGTH }),
    );
  }
  let modelId = teamModelId;
  const pairs: [string, string][] = [];
  for (const token of packed.split(ANSWER_SEPARATOR)) {
    if (token === '') continue;
    const split = token.indexOf(VALUE_SEPARATOR);
    const key = split === -1 ? token : token.slice(0, split);
    const value = split === -1 ? '' : token.slice(split + 1);
    if (key !== MEMBER_MODEL_KEY) pairs.push([key, value]);
    else if (findModel(catalog, value)) modelId = value;
    else ignored.push(ignoredPart(key, value, 'unknown-model', extra));
  }
  const model = findModel(catalog, modelId) ?? catalog.current;
  const read = answersForModel(pairs, model, position);
  return {
    member: { name: name.text, modelId: model.id, answers: read.answers },
    ignored: [...ignored, ...read.ignored],
  };
}

/**
 * A name the link gives (`name`, `lead`, one `expect`) as the team keeps it, naming what had to
 * change; undefined when the part is too long to read at all.
 */
function readLinkName(
  key: string,
  value: string,
  maxLength: number,
  ignored: IgnoredPart[],
): string | undefined {
  if (value.length > MAX_PART_LENGTH) {
    ignored.push(ignoredPart(key, value, 'too-long'));
    return undefined;
  }
  const cleaned = cleanText(value, maxLength);
  if (cleaned.neutralised) ignored.push(ignoredPart(key, value, 'name-neutralised'));
  if (cleaned.shortened) {
    ignored.push(ignoredPart(key, value, 'name-shortened', { limit: maxLength }));
  }
  return cleaned.text;
}

/**
 * Reads a team-link query. Never throws: whatever is not valid is listed in `ignored` and the team
 * holds every member and answer that could be read. At most MAX_TEAM_MEMBERS members are kept; the
 * rest are counted in one ignored part. A page with no team yet (an empty query) starts a team on
 * the current model; a link without `data` was written by the first team scheme, under 2026-11.
 * `lead` and `expect` (who asked, who is still expected) are read when present and otherwise
 * absent from the team, so a link that predates them reads exactly as before.
 */
export function decodeTeamQuery(search: string, catalog: ModelCatalog): DecodedTeamLink {
  const pairs = readQueryPairs(search);
  const prelude = readVersionedQuery(pairs, {
    versionKey: 't',
    schemeVersion: TEAM_SCHEME_VERSION,
    catalog,
    defaultModelId: pairs.length === 0 ? catalog.current.id : DEFAULT_LINK_MODEL_ID,
    repeatable: ['m', 'expect'],
  });
  const ignored: IgnoredPart[] = [...prelude.ignored];
  const members: TeamMember[] = [];
  const expected: string[] = [];
  let name = '';
  let lead = '';
  let membersLeftOut = 0;
  let namesLeftOut = 0;
  let position = 0;
  for (const [key, value] of prelude.rest) {
    if (key === 'm') {
      position += 1;
      if (value.length > MAX_PART_LENGTH) {
        ignored.push(ignoredPart(key, value, 'too-long', { member: position }));
      } else if (members.length >= MAX_TEAM_MEMBERS) membersLeftOut += 1;
      else {
        const parsed = decodeMember(value, position, prelude.modelId, catalog);
        members.push(parsed.member);
        ignored.push(...parsed.ignored);
      }
    } else if (key === 'name') {
      name = readLinkName(key, value, MAX_DECISION_NAME_LENGTH, ignored) ?? name;
    } else if (key === 'lead') {
      lead = readLinkName(key, value, MAX_MEMBER_NAME_LENGTH, ignored) ?? lead;
    } else if (key === 'expect') {
      const expectedName = readLinkName(key, value, MAX_MEMBER_NAME_LENGTH, ignored);
      // An empty name is no name, as an empty `name` is no decision name.
      if (expectedName === undefined || expectedName === '') continue;
      if (expected.some((known) => nameKey(known) === nameKey(expectedName))) {
        ignored.push(ignoredPart(key, value, 'repeated-name'));
      } else if (expected.length >= MAX_EXPECTED_NAMES) namesLeftOut += 1;
      else expected.push(expectedName);
    } else ignored.push(ignoredPart(key, value, 'not-a-team-key'));
  }
  if (membersLeftOut > 0) {
    ignored.push(
      ignoredPart('m', '', 'too-many-members', { count: membersLeftOut, limit: MAX_TEAM_MEMBERS }),
    );
  }
  if (namesLeftOut > 0) {
    ignored.push(
      ignoredPart('expect', '', 'too-many-names', {
        count: namesLeftOut,
        limit: MAX_EXPECTED_NAMES,
      }),
    );
  }
  return {
    team: {
      modelId: prelude.modelId,
      name,
      ...(lead === '' ? {} : { lead }),
      ...(expected.length === 0 ? {} : { expected }),
      members,
    },
    modelNamed: prelude.modelNamed,
    newerScheme: prelude.newerScheme,
    ignored,
  };
}
