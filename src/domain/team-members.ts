/**
 * Who is in a team and who is still expected: when two members are the same person, how replies
 * that went round in parallel merge back without losing or doubling anyone, and what the lead's
 * page says about replies (docs/team-link-scheme.md, "Adding members"). Pure.
 */
import { answerPairs } from './links/model-answers';
import {
  cleanMemberName,
  MAX_EXPECTED_NAMES,
  MAX_TEAM_MEMBERS,
  nameKey,
  packAnswers,
  type Team,
  type TeamMember,
} from './links/team-link';

/** True when a member gave no answer at all: there is nothing of theirs for the team to count. */
export function hasNoAnswers(member: TeamMember): boolean {
  return answerPairs(member.answers).length === 0;
}

/** Same name (ignoring case), same model, same answers: the same person's link, twice. */
export function sameMember(a: TeamMember, b: TeamMember): boolean {
  return nameKey(a.name) === nameKey(b.name) && sameAnswers(a, b);
}

function sameAnswers(a: TeamMember, b: TeamMember): boolean {
  return a.modelId === b.modelId && packAnswers(a.answers) === packAnswers(b.answers);
}

/** Why a member was not added. */
export type LeftOutReason =
  /** They gave no answer: nothing to count, so the team is not told it has one more voice. */
  | 'no-answers'
  /** The team already holds MAX_TEAM_MEMBERS people. */
  | 'full'
  /** Someone of that name is in the team with other answers: which are theirs is for people to say. */
  | 'name-taken';

export interface LeftOut {
  readonly member: TeamMember;
  readonly reason: LeftOutReason;
}

export interface AlreadyThere {
  readonly place: number;
  /** Recognised by answers alone: the link gave no name. */
  readonly byAnswers: boolean;
}

/** The members one pasted link (or the answer form) brings, with the team details it carries. */
export interface Incoming {
  readonly members: readonly TeamMember[];
  /**
   * `form`: someone answering on this page, who is new unless they give a name already there;
   * `link`: a pasted link, whose members may be people the team already holds (the default).
   */
  readonly from?: 'link' | 'form';
  /** A team link's own name, lead and expected names, taken when the team has none. */
  readonly details?: Pick<Team, 'name' | 'lead' | 'expected'>;
}

export interface MergeOutcome {
  readonly team: Team;
  /** Places (from 0) in the new team of the members added. */
  readonly added: readonly number[];
  /** The members who were already in the team, once each, by their place (from 0). */
  readonly alreadyThere: readonly AlreadyThere[];
  readonly leftOut: readonly LeftOut[];
  /** Team details taken from a link because the team had none. */
  readonly adopted: readonly ('name' | 'lead' | 'expected')[];
}

/**
 * Matches one link's members to the team's: each member of the team stands for at most one member
 * of the link. First the exact matches (same name, model and answers); then a member with no name
 * is the one the team already holds with the same answers, named or not (someone's result link
 * pasted without their name). What is left is new, unless a member of that name is already there
 * with other answers. So merging a link twice changes nothing, and two people of one link with the
 * same answers and no names stay two people. Someone answering on the page (`form`) is matched
 * only by name: two people may give the same answers.
 */
function matchLink(
  existing: readonly TeamMember[],
  incoming: Incoming,
): { matched: Map<number, AlreadyThere>; unmatched: number[] } {
  const matched = new Map<number, AlreadyThere>();
  const taken = new Set<number>();
  const claim = (
    incomingIndex: number,
    byAnswers: boolean,
    test: (known: TeamMember) => boolean,
  ) => {
    if (matched.has(incomingIndex)) return;
    const place = existing.findIndex((known, index) => !taken.has(index) && test(known));
    if (place === -1) return;
    matched.set(incomingIndex, { place, byAnswers });
    taken.add(place);
  };
  const loose = incoming.from !== 'form';
  incoming.members.forEach((member, index) => {
    if (loose || member.name !== '') claim(index, false, (known) => sameMember(known, member));
  });
  if (loose) {
    incoming.members.forEach((member, index) => {
      if (member.name === '') claim(index, true, (known) => sameAnswers(known, member));
    });
  }
  const unmatched = incoming.members.flatMap((_, index) => (matched.has(index) ? [] : [index]));
  return { matched, unmatched };
}

/** Expected names with everyone who is now a member crossed off. */
function stillExpected(expected: readonly string[], members: readonly TeamMember[]): string[] {
  const joined = new Set(members.map((member) => nameKey(member.name)));
  return expected.filter((name) => !joined.has(nameKey(name)));
}

/** A team as the codec reads one back: no `lead` or `expected` when there are none. */
function composeTeam(
  team: Team,
  lead: string | undefined,
  expected: readonly string[],
  members: readonly TeamMember[],
): Team {
  return {
    modelId: team.modelId,
    name: team.name,
    ...(lead ? { lead } : {}),
    ...(expected.length > 0 ? { expected } : {}),
    members,
  };
}

/**
 * Adds the members of each incoming link to the team, recognising who is already there (see
 * `matchLink`), refusing members with no answers, and stopping at MAX_TEAM_MEMBERS. Someone who
 * joins is crossed off the names still expected. A team without a name, lead or expected names
 * takes the first link's. Never drops a member of the team.
 */
export function mergeIntoTeam(team: Team, incoming: readonly Incoming[]): MergeOutcome {
  const members = [...team.members];
  const added: number[] = [];
  const alreadyThere: AlreadyThere[] = [];
  const leftOut: LeftOut[] = [];
  const adopted: MergeOutcome['adopted'][number][] = [];
  let details: Team = team;
  for (const link of incoming) {
    const before = members.slice();
    const { matched, unmatched } = matchLink(before, link);
    for (const match of matched.values()) {
      const known = alreadyThere.some((there) => there.place === match.place);
      if (!known && !added.includes(match.place)) alreadyThere.push(match);
    }
    for (const index of unmatched) {
      const member = link.members[index];
      if (!member) continue;
      const sameName = before.some(
        (known) => member.name !== '' && nameKey(known.name) === nameKey(member.name),
      );
      if (hasNoAnswers(member)) leftOut.push({ member, reason: 'no-answers' });
      else if (sameName) leftOut.push({ member, reason: 'name-taken' });
      else if (members.length >= MAX_TEAM_MEMBERS) leftOut.push({ member, reason: 'full' });
      else {
        added.push(members.length);
        members.push(member);
      }
    }
    if (link.details) {
      const { name, lead, expected } = link.details;
      if (details.name === '' && name !== '') {
        details = { ...details, name };
        adopted.push('name');
      }
      if (!details.lead && lead) {
        details = { ...details, lead };
        adopted.push('lead');
      }
      if (!details.expected?.length && expected?.length) {
        details = { ...details, expected };
        adopted.push('expected');
      }
    }
  }
  const expected = stillExpected(details.expected ?? [], members);
  const next = composeTeam(details, details.lead, expected, members);
  return { team: next, added, alreadyThere, leftOut, adopted };
}

/** A team with new details from the lead: the expected names lose anyone already a member. */
export function withDetails(
  team: Team,
  details: { readonly name: string; readonly lead: string; readonly expected: readonly string[] },
): Team {
  return composeTeam(
    { ...team, name: details.name },
    details.lead,
    stillExpected(details.expected, team.members),
    team.members,
  );
}

/**
 * Names typed as a list (one per line, or separated by commas or semicolons), as the team keeps
 * them: each cleaned, empty ones dropped, each name once (ignoring case), at most
 * MAX_EXPECTED_NAMES; `leftOut` counts the names past the limit.
 */
export function readNameList(text: string): { names: string[]; leftOut: number } {
  const names: string[] = [];
  let leftOut = 0;
  for (const part of text.split(/[\n\r,;]+/)) {
    const name = cleanMemberName(part);
    if (name === '' || names.some((known) => nameKey(known) === nameKey(name))) continue;
    if (names.length >= MAX_EXPECTED_NAMES) leftOut += 1;
    else names.push(name);
  }
  return { names, leftOut };
}

/** Who has answered, who is still expected, and how many replies the link holds. */
export interface Roster {
  /** Place (from 0) of the member who is the lead (the first member of the lead's name), if any. */
  readonly leadPlace: number | undefined;
  /** Places of the members who replied: everyone but the lead. */
  readonly replies: readonly number[];
  /** Names still expected, in the lead's order. */
  readonly stillExpected: readonly string[];
}

/** What the lead's page says about who is in: read from the team alone. */
export function rosterOf(team: Team): Roster {
  const lead = team.lead ? nameKey(team.lead) : undefined;
  const leadPlace =
    lead === undefined ? undefined : team.members.findIndex((m) => nameKey(m.name) === lead);
  const found = leadPlace === -1 ? undefined : leadPlace;
  return {
    leadPlace: found,
    replies: team.members.flatMap((_, index) => (index === found ? [] : [index])),
    stillExpected: stillExpected(team.expected ?? [], team.members),
  };
}
