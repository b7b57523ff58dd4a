/**
 * The team-link codec, team scheme v1 (docs/team-link-scheme.md): a decision name and several
 * people's answers in one URL, `/team?t=1&data=<model>&name=<decision>&m=<name>~<answers>&m=…`.
 * Like the share-link codec it never throws, writes keys in a fixed order and names every part it
 * ignored. It is written over the question list, so a question or answer value that a newer model
 * adds is carried without a change here.
 */
import { findQuestion, isAnswerValue, QUESTIONS, type Answers } from './questions';
import {
  decodeShareQuery,
  DEFAULT_LINK_MODEL_ID,
  echoable,
  type DecodeOptions,
  type IgnoredPart,
} from './share-link';

export const TEAM_SCHEME_VERSION = 1;
/** More members than this are named as ignored: a team, not a survey, and a link that fits chats. */
export const MAX_TEAM_MEMBERS = 20;
/** Longest member name kept, in characters (code points); the rest is cut and named. */
export const MAX_MEMBER_NAME_LENGTH = 40;
/** Longest decision name kept, in characters (code points). */
export const MAX_DECISION_NAME_LENGTH = 80;
/** A raw `name` or `m` part longer than this is not read at all (a well-formed one is far shorter). */
export const MAX_PART_LENGTH = 1000;

/** Separates a member's name from their answers; answers never contain it. */
const NAME_END = '~';
/** Separates one answer from the next inside a member. */
const ANSWER_SEPARATOR = '.';
/** Separates a question id from its value inside one answer; question ids never contain it. */
const VALUE_SEPARATOR = '-';

export interface TeamMember {
  /** Optional, plain text, at most MAX_MEMBER_NAME_LENGTH characters; '' when not given. */
  readonly name: string;
  readonly answers: Answers;
}

export interface Team {
  /** The scoring model the team's results are computed with, as a share link pins it. */
  readonly modelId: string;
  /** What is being decided, e.g. "Backend for the billing service"; '' when not given. */
  readonly name: string;
  readonly members: readonly TeamMember[];
}

export type TeamIgnoredReason =
  | 'bad-version'
  | 'unknown-model'
  | 'unknown-key'
  | 'repeated'
  | 'too-long'
  | 'name-shortened'
  | 'name-neutralised'
  | 'too-many-members'
  | 'unknown-question'
  | 'unknown-value'
  | 'repeated-question';

export interface TeamIgnoredPart {
  readonly key: string;
  /** Echoable text; for `too-many-members`, how many members were left out. */
  readonly value: string;
  readonly reason: TeamIgnoredReason;
  /** The member's place in the link (from 1) when the part belongs to one member. */
  readonly member?: number;
}

export interface DecodedTeamLink {
  readonly team: Team;
  /** Set when the link's `t` is newer than this app understands. */
  readonly newerScheme: number | undefined;
  readonly ignored: readonly TeamIgnoredPart[];
}

// Characters that would let a name reorder or hide the text around it, or break a line: C0 and C1
// controls, the bidirectional embeddings, overrides and isolates, the line and paragraph
// separators, zero-width spaces and the byte-order mark. Joiners (U+200C, U+200D) stay: scripts
// and emoji need them.
const NEUTRALISED =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
/** A surrogate without its partner cannot be shown; it is dropped like a control character. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export interface CleanName {
  readonly name: string;
  /** True when control, direction or invisible characters were removed. */
  readonly neutralised: boolean;
  /** True when the name was cut to the limit. */
  readonly shortened: boolean;
}

/**
 * Makes untrusted text a safe one-line name: invisible and direction-changing characters removed,
 * runs of white space made one space, NFC, cut to `maxLength` characters (never inside a
 * surrogate pair). The result is still plain text, for React to escape.
 */
export function cleanName(text: string, maxLength: number = MAX_MEMBER_NAME_LENGTH): CleanName {
  // Line breaks and tabs become spaces first: they separate words, unlike the characters removed.
  const oneLine = text.replace(/[\t\n\v\f\r\u2028\u2029]/g, ' ');
  const visible = oneLine.replace(LONE_SURROGATE, '').replace(NEUTRALISED, '');
  const neutralised = visible !== oneLine;
  const spaced = visible.normalize('NFC').replace(/\s+/g, ' ').trim();
  const characters = Array.from(spaced);
  const shortened = characters.length > maxLength;
  return {
    name: shortened ? characters.slice(0, maxLength).join('').trim() : spaced,
    neutralised,
    shortened,
  };
}

/** A member's answers in question order as `id-value.id-value`; skipped questions are absent. */
export function packAnswers(answers: Answers): string {
  const parts: string[] = [];
  for (const question of QUESTIONS) {
    const value: string | undefined = answers[question.id];
    if (value !== undefined) parts.push(`${question.id}${VALUE_SEPARATOR}${value}`);
  }
  return parts.join(ANSWER_SEPARATOR);
}

/** Percent-encodes a name; `~` too, although decoding splits at the last one, so it reads plainly. */
function encodeName(name: string): string {
  return encodeURIComponent(name).replace(/~/g, '%7E');
}

/**
 * Writes the query of a team link: `t`, `data`, `name` when given, then one `m` per member in the
 * team's order. Names are percent-encoded; answer ids and values are fixed lowercase words.
 */
export function encodeTeamQuery(team: Team): string {
  const parts = [`t=${TEAM_SCHEME_VERSION}`, `data=${encodeURIComponent(team.modelId)}`];
  if (team.name !== '') parts.push(`name=${encodeName(team.name)}`);
  for (const member of team.members) {
    parts.push(`m=${encodeName(member.name)}${NAME_END}${packAnswers(member.answers)}`);
  }
  return parts.join('&');
}

interface MemberParse {
  readonly member: TeamMember;
  readonly ignored: readonly TeamIgnoredPart[];
}

function decodeMember(raw: string, position: number): MemberParse {
  const ignored: TeamIgnoredPart[] = [];
  const ignore = (key: string, value: string, reason: TeamIgnoredReason) =>
    ignored.push({ key: echoable(key), value: echoable(value), reason, member: position });
  // Answers never hold the separator, so the last one ends the name, whatever the name holds.
  const end = raw.lastIndexOf(NAME_END);
  const rawName = end === -1 ? '' : raw.slice(0, end);
  const packed = end === -1 ? raw : raw.slice(end + 1);
  const cleaned = cleanName(rawName);
  if (cleaned.neutralised) ignore('m', rawName, 'name-neutralised');
  if (cleaned.shortened) ignore('m', rawName, 'name-shortened');

  const answers: Record<string, string> = {};
  for (const token of packed.split(ANSWER_SEPARATOR)) {
    if (token === '') continue;
    const split = token.indexOf(VALUE_SEPARATOR);
    const id = split === -1 ? token : token.slice(0, split);
    const value = split === -1 ? '' : token.slice(split + 1);
    const question = findQuestion(id);
    if (!question) ignore(id, value, 'unknown-question');
    else if (Object.hasOwn(answers, question.id)) ignore(id, value, 'repeated-question');
    else if (!isAnswerValue(question.id, value)) ignore(id, value, 'unknown-value');
    else answers[question.id] = value;
  }
  // Question order, whatever order the link wrote them in, so equal members compare equal.
  const ordered: Record<string, string> = {};
  for (const question of QUESTIONS) {
    const value = answers[question.id];
    if (value !== undefined) ordered[question.id] = value;
  }
  return { member: { name: cleaned.name, answers: ordered as Answers }, ignored };
}

/** The query's `key=value` pairs; URLSearchParams never throws, whatever the text. */
function queryPairs(search: string): [string, string][] {
  return [...new URLSearchParams(search.startsWith('?') ? search.slice(1) : search)];
}

/**
 * Reads a team-link query. Never throws: whatever is not valid is listed in `ignored` and the team
 * holds every member and answer that could be read. At most MAX_TEAM_MEMBERS members are kept;
 * the rest are counted in one ignored part.
 */
export function decodeTeamQuery(search: string, options: DecodeOptions): DecodedTeamLink {
  const ignored: TeamIgnoredPart[] = [];
  const seen = new Set<string>();
  const members: TeamMember[] = [];
  let modelId = DEFAULT_LINK_MODEL_ID;
  let name = '';
  let newerScheme: number | undefined;
  let membersLeftOut = 0;
  let position = 0;
  const ignore = (key: string, value: string, reason: TeamIgnoredReason, member?: number) =>
    ignored.push({
      key: echoable(key),
      value: echoable(value),
      reason,
      ...(member === undefined ? {} : { member }),
    });

  for (const [key, value] of queryPairs(search)) {
    if (key === 'm') {
      position += 1;
      if (value.length > MAX_PART_LENGTH) ignore(key, value, 'too-long', position);
      else if (members.length >= MAX_TEAM_MEMBERS) membersLeftOut += 1;
      else {
        const parsed = decodeMember(value, position);
        members.push(parsed.member);
        ignored.push(...parsed.ignored);
      }
      continue;
    }
    if (seen.has(key)) {
      ignore(key, value, 'repeated');
      continue;
    }
    seen.add(key);
    if (key === 't') {
      if (!/^[1-9][0-9]*$/.test(value)) ignore(key, value, 'bad-version');
      else if (Number(value) > TEAM_SCHEME_VERSION) newerScheme = Number(value);
    } else if (key === 'data') {
      if (options.knownModelIds.includes(value)) modelId = value;
      else {
        modelId = options.currentModelId;
        ignore(key, value, 'unknown-model');
      }
    } else if (key === 'name') {
      if (value.length > MAX_PART_LENGTH) {
        ignore(key, value, 'too-long');
        continue;
      }
      const cleaned = cleanName(value, MAX_DECISION_NAME_LENGTH);
      if (cleaned.neutralised) ignore(key, value, 'name-neutralised');
      if (cleaned.shortened) ignore(key, value, 'name-shortened');
      name = cleaned.name;
    } else {
      ignore(key, value, 'unknown-key');
    }
  }
  if (membersLeftOut > 0) ignore('m', String(membersLeftOut), 'too-many-members');
  if (!options.knownModelIds.includes(modelId)) modelId = options.currentModelId;

  return { team: { modelId, name, members }, newerScheme, ignored };
}

function membersLabel(part: TeamIgnoredPart): string {
  return part.member === undefined ? '' : ` (member ${part.member})`;
}

/** A plain-language sentence for an ignored part of a team link, shown as text. */
export function describeTeamIgnored(part: TeamIgnoredPart): string {
  const pair = part.value === '' ? part.key : `${part.key}=${part.value}`;
  const where = membersLabel(part);
  switch (part.reason) {
    case 'bad-version':
      return `We ignored “${pair}”: not a team-link version, so we read the link as version 1.`;
    case 'unknown-model':
      return `We ignored “${pair}”: we do not know that scoring model, so we used today's.`;
    case 'unknown-key':
      return `We ignored “${pair}”: not part of a team link.`;
    case 'repeated':
      return `We ignored “${pair}”: “${part.key}” appears more than once and the first one counts.`;
    case 'too-long':
      return part.key === 'm'
        ? `We ignored member ${part.member ?? ''}: that part of the link is too long to be one we wrote.`
        : `We ignored the decision’s name: it is too long to be one we wrote.`;
    case 'name-shortened':
      return `We shortened a name${where} to ${part.key === 'name' ? MAX_DECISION_NAME_LENGTH : MAX_MEMBER_NAME_LENGTH} characters.`;
    case 'name-neutralised':
      return `We removed control, direction or invisible characters from a name${where}.`;
    case 'too-many-members':
      return `We left out ${part.value} ${part.value === '1' ? 'member' : 'members'}: a team link holds at most ${MAX_TEAM_MEMBERS}.`;
    case 'unknown-question':
      return `We ignored the answer “${pair}”${where}: not a question we ask.`;
    case 'unknown-value':
      return `We ignored the answer “${pair}”${where}: not a known answer.`;
    case 'repeated-question':
      return `We ignored the answer “${pair}”${where}: that question is answered twice and the first answer counts.`;
  }
}

/** What a pasted link turned out to be. */
export type PastedLink =
  | {
      readonly kind: 'result';
      readonly answers: Answers;
      readonly modelId: string;
      readonly ignored: readonly IgnoredPart[];
    }
  | { readonly kind: 'team'; readonly decoded: DecodedTeamLink }
  | { readonly kind: 'not-a-link' }
  | { readonly kind: 'newer'; readonly version: number };

/**
 * Reads a link someone pasted: a result link (`…/result?…` or `…/embed/result?…`, from any origin
 * or base path) gives one member's answers; a team link gives its members. Never throws.
 */
export function readPastedLink(text: string, options: DecodeOptions): PastedLink {
  let url: URL;
  try {
    // A bare path or query ("/result?…") is read against a placeholder origin.
    url = new URL(text.trim(), 'https://picker.invalid/');
  } catch {
    return { kind: 'not-a-link' };
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (path.endsWith('/team')) {
    const decoded = decodeTeamQuery(url.search, options);
    return decoded.newerScheme === undefined
      ? { kind: 'team', decoded }
      : { kind: 'newer', version: decoded.newerScheme };
  }
  if (!path.endsWith('/result') || url.search === '') return { kind: 'not-a-link' };
  const decoded = decodeShareQuery(url.search, {
    ...options,
    embed: path.endsWith('/embed/result'),
  });
  if (decoded.newerScheme !== undefined) return { kind: 'newer', version: decoded.newerScheme };
  return {
    kind: 'result',
    answers: decoded.answers,
    modelId: decoded.modelId,
    ignored: decoded.ignored,
  };
}

/** True when two members have the same name and answers: a pasted team link adds each once. */
export function sameMember(a: TeamMember, b: TeamMember): boolean {
  return a.name === b.name && packAnswers(a.answers) === packAnswers(b.answers);
}

/** The team with `incoming` members added, except those it already holds, up to the cap. */
export function mergeMembers(team: Team, incoming: readonly TeamMember[]): Team {
  const members = [...team.members];
  for (const member of incoming) {
    if (members.length >= MAX_TEAM_MEMBERS) break;
    if (!members.some((known) => sameMember(known, member))) members.push(member);
  }
  return { ...team, members };
}
