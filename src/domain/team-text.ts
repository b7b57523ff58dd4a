/**
 * The team decision in plain language, shared by the team page and the team's decision record:
 * who is who, what a split looks like ("two say must have, three say doesn't matter") and how the
 * rule settled each question; and the page's sentences about people: who was added, who was
 * already there and who was left out and why, who has answered and who is still expected, and
 * where a reply goes. Pure; names are returned as plain text for the caller to escape, and
 * sentences that hold names as segments, so the page can isolate each name (`<bdi>`).
 */
import { FRAMEWORK_NAMES } from './frameworks';
import type { IgnoredPart } from './links/ignored';
import {
  describeIgnoredSegments,
  moreIgnoredText,
  summarizeIgnored,
  type NoticeSegment,
} from './links/ignored-text';
import { MAX_TEAM_MEMBERS, type Team, type TeamMember } from './links/team-link';
import { andList, andListParts, countWord as countInWords } from './lists';
import { answerOption, type Question } from './questions';
import type { Pivot, QuestionTally, TeamDecision } from './team-aggregate';
import type { LeftOut, LeftOutReason, MergeOutcome, Roster } from './team-members';

/** "three" for 3, "no one" for 0; numerals past twelve. */
export function countWord(count: number): string {
  return count === 0 ? 'no one' : countInWords(count);
}

/** A member's name, or "Member 3" (by place in the link, from 1) when they gave none. */
export function memberLabel(member: TeamMember, index: number): string {
  return member.name === '' ? `Member ${index + 1}` : member.name;
}

/** The names of the members at these places, e.g. "Ana, Ben and Member 3". */
export function memberList(members: readonly TeamMember[], indexes: readonly number[]): string {
  const labels = indexes.flatMap((index) => {
    const member = members[index];
    return member ? [memberLabel(member, index)] : [];
  });
  return andList(labels);
}

/**
 * An answer as said in a sentence: importance levels in lower case ("must have"), choice answers
 * quoted with their label as the question page shows it.
 */
export function answerPhrase(question: Question, value: string): string {
  const label = answerOption(question.id, value)?.label ?? value;
  return question.type === 'importance' ? label.toLowerCase() : `“${label}”`;
}

/** "two say must have, three say doesn't matter, one skipped it". */
export function splitSentence(tally: QuestionTally): string {
  const parts = tally.groups.map(
    (group) =>
      `${countWord(group.members.length)} ${group.members.length === 1 ? 'says' : 'say'} ${answerPhrase(tally.question, group.value)}`,
  );
  if (tally.skipped.length > 0) {
    parts.push(`${countWord(tally.skipped.length)} skipped it`);
  }
  return parts.join(', ');
}

/** How the rule settled a question for the team, e.g. "the team counts important". */
export function settledSentence(tally: QuestionTally): string {
  if (tally.teamValue !== undefined) {
    return `the team counts ${answerPhrase(tally.question, tally.teamValue)}`;
  }
  if (tally.tied) return 'a tie, so the team counts no answer until you settle it';
  return 'no one answered it';
}

/** "If the team settled “Concurrency and async I/O” on must have, FastAPI would be its pick." */
export function pivotSentence(pivot: Pivot): string {
  return `If the team settled “${pivot.tally.question.shortLabel}” on ${answerPhrase(pivot.tally.question, pivot.value)}, ${FRAMEWORK_NAMES[pivot.winner]} would be its pick instead.`;
}

/** The note shown when the team's pick is not every member's own pick; undefined when it is. */
export function notEveryonesPickSentence(decision: TeamDecision): string | undefined {
  if (decision.dissenters.length === 0) return undefined;
  const members = decision.members.map((outcome) => outcome.member);
  const byFramework = new Map<string, number[]>();
  for (const index of decision.dissenters) {
    const outcome = decision.members[index];
    if (!outcome) continue;
    byFramework.set(outcome.winner, [...(byFramework.get(outcome.winner) ?? []), index]);
  }
  const clauses = [...byFramework.entries()].map(
    ([framework, indexes]) =>
      `${memberList(members, indexes)}’s own answers point to ${FRAMEWORK_NAMES[framework as keyof typeof FRAMEWORK_NAMES]}`,
  );
  return `${FRAMEWORK_NAMES[decision.winner]} is the team’s pick but not everyone’s: ${clauses.join('; ')}.`;
}

/** A sentence in segments: the app's words, and names or text from a link (`echoed`). */
export type Sentence = readonly NoticeSegment[];

const own = (text: string): NoticeSegment => ({ text, echoed: false });
const echoed = (text: string): NoticeSegment => ({ text, echoed: true });

/** A sentence's plain text, e.g. for a test or a title. */
export function sentenceText(sentence: Sentence): string {
  return sentence.map((segment) => segment.text).join('');
}

/** A member as a sentence names them: their name, isolated, or "Member 3" by their place. */
export function memberSegment(member: TeamMember, index: number): NoticeSegment {
  return member.name === '' ? own(`Member ${index + 1}`) : echoed(member.name);
}

/** "A, B and C" over items of one or more segments. */
function listOf(items: readonly Sentence[]): NoticeSegment[] {
  return andListParts(items).flatMap((part) => (typeof part === 'string' ? [own(part)] : part));
}

function membersAt(team: Team, places: readonly number[]): NoticeSegment[] {
  return listOf(
    places.flatMap((place) => {
      const member = team.members[place];
      return member ? [[memberSegment(member, place)]] : [];
    }),
  );
}

/** Members left out, by name; those without one counted ("two members without a name"). */
function leftOutList(leftOut: readonly LeftOut[]): NoticeSegment[] {
  const named = leftOut.filter((entry) => entry.member.name !== '');
  const unnamed = leftOut.length - named.length;
  const items: Sentence[] = named.map((entry) => [echoed(entry.member.name)]);
  if (unnamed > 0) {
    items.push([
      own(
        unnamed === 1 ? 'a member without a name' : `${countWord(unnamed)} members without a name`,
      ),
    ]);
  }
  return listOf(items);
}

const LEFT_OUT_BECAUSE: Record<LeftOutReason, string> = {
  'no-answers': 'no answers to count',
  'name-taken':
    'someone of that name is already in the team with other answers (remove the earlier one first to use these)',
  full: `a team link holds at most ${MAX_TEAM_MEMBERS} people`,
};

const ADOPTED_WORDS = {
  name: 'the decision’s name',
  lead: 'who asked',
  expected: 'who is expected',
} as const;

/** "The team link now holds three people’s answers." */
export function holdsSentence(count: number): Sentence {
  return [
    own(
      `The team link now holds ${countWord(count)} ${count === 1 ? 'person’s' : 'people’s'} answers.`,
    ),
  ];
}

/**
 * A merge in plain sentences: who was added, who was already there (and why someone with no name
 * counts as already there), who was left out and why, and the team details taken from a link.
 */
export function mergeSentences(outcome: MergeOutcome): Sentence[] {
  const { team } = outcome;
  const sentences: Sentence[] = [];
  if (outcome.added.length > 0) {
    sentences.push([own('Added '), ...membersAt(team, outcome.added), own('.')]);
  }
  const byName = outcome.alreadyThere.filter((there) => !there.byAnswers).map((t) => t.place);
  const byAnswers = outcome.alreadyThere.filter((there) => there.byAnswers).map((t) => t.place);
  if (byName.length > 0) {
    sentences.push([
      ...membersAt(team, byName),
      own(` ${byName.length === 1 ? 'was' : 'were'} already in the team.`),
    ]);
  }
  if (byAnswers.length > 0) {
    sentences.push([
      ...membersAt(team, byAnswers),
      own(
        ` ${byAnswers.length === 1 ? 'was' : 'were'} already in the team: a link with no name and the same answers is taken for the same person. Give a name to add someone else.`,
      ),
    ]);
  }
  for (const reason of ['no-answers', 'name-taken', 'full'] as const) {
    const entries = outcome.leftOut.filter((entry) => entry.reason === reason);
    if (entries.length === 0) continue;
    sentences.push([
      own('Left out '),
      ...leftOutList(entries),
      own(`: ${LEFT_OUT_BECAUSE[reason]}.`),
    ]);
  }
  if (outcome.adopted.length > 0) {
    sentences.push([
      own(
        `Took ${andList(outcome.adopted.map((detail) => ADOPTED_WORDS[detail]))} from the pasted team link, as this team had none.`,
      ),
    ]);
  }
  return sentences;
}

/** What pasting text into the team page did, beside the merge itself. */
export interface PasteReport {
  readonly outcome: MergeOutcome;
  /** Other web addresses the text held, made safe to echo. */
  readonly others: readonly string[];
  /** How many links were made by a newer version of the picker. */
  readonly newer: number;
  /** What each link's reading ignored, by the link's place among the links (from 1). */
  readonly ignored: readonly { readonly link: number; readonly parts: readonly IgnoredPart[] }[];
  /** How many result or team links the text held. */
  readonly links: number;
}

/**
 * The note after links are pasted: the merge, then the team's size, then what was left out of the
 * text itself, then what each link's reading ignored (the first few; a count for the rest).
 */
export function pasteSentences(report: PasteReport): Sentence[] {
  const sentences = [
    ...mergeSentences(report.outcome),
    holdsSentence(report.outcome.team.members.length),
  ];
  if (report.newer > 0) {
    sentences.push([
      own(
        report.newer === 1
          ? 'Left out a link made by a newer version of the picker: open it on the site it came from.'
          : `Left out ${countWord(report.newer)} links made by a newer version of the picker: open them on the site they came from.`,
      ),
    ]);
  }
  if (report.others.length > 0) {
    sentences.push([
      own('Left out '),
      ...listOf(report.others.map((address) => [own('“'), echoed(address), own('”')])),
      own(
        `: ${report.others.length === 1 ? 'not a result or team link' : 'not result or team links'}.`,
      ),
    ]);
  }
  const parts = report.ignored.flatMap(({ link, parts: ignored }) =>
    ignored.map((part) => ({ link, part })),
  );
  const { shown, moreCount } = summarizeIgnored(parts.map((entry) => entry.part));
  shown.forEach((part, index) => {
    const link = parts[index]?.link ?? 1;
    sentences.push([
      ...(report.links > 1 ? [own(`In link ${link}: `)] : []),
      ...describeIgnoredSegments(part),
    ]);
  });
  if (moreCount > 0) sentences.push([own(moreIgnoredText(moreCount))]);
  return sentences;
}

/** After someone adds their answers on the page: as whom, or that they were already there. */
export function answersAddedSentence(outcome: MergeOutcome): Sentence | undefined {
  const [place] = outcome.added;
  const member = place === undefined ? undefined : outcome.team.members[place];
  if (place !== undefined && member) {
    return [own('Added your answers as '), memberSegment(member, place), own('.')];
  }
  const [there] = outcome.alreadyThere;
  const known = there && outcome.team.members[there.place];
  if (there && known) {
    return [
      memberSegment(known, there.place),
      own('’s answers, the same as these, were already in the team.'),
    ];
  }
  return undefined;
}

/** Why the answer form could not add someone, as the form says it; undefined when it could. */
export function answerFormError(outcome: MergeOutcome): Sentence | undefined {
  const [entry] = outcome.leftOut;
  if (!entry) return undefined;
  switch (entry.reason) {
    case 'no-answers':
      return [
        own(
          'Answer at least one question first: with no answers, there is nothing of yours for the team to count.',
        ),
      ];
    case 'name-taken':
      return [
        echoed(entry.member.name),
        own(
          ' has already answered in this team link, with other answers. If you are someone else, add an initial to your name; to replace those answers, remove the earlier ones under “Each member’s own result” first.',
        ),
      ];
    case 'full':
      return [
        own(
          `This team has ${MAX_TEAM_MEMBERS} members, the most a team link holds. Remove someone to add more.`,
        ),
      ];
  }
}

/** "Ana asks for your answers." */
export function askedSentence(team: Team): Sentence {
  return team.lead
    ? [echoed(team.lead), own(' asks for your answers.')]
    : [own('Whoever sent you this link asks for your answers.')];
}

/** Where a teammate's reply goes: to the person who asked, not on to the team. */
export function sendBackSentence(team: Team): Sentence {
  return team.lead
    ? [
        own('Send it to '),
        echoed(team.lead),
        own(', who asked, rather than on to the rest of the team: '),
        echoed(team.lead),
        own(' combines everyone’s replies into one decision.'),
      ]
    : [
        own(
          'Send it back to whoever sent you the link, rather than on to the rest of the team: they combine everyone’s replies into one decision.',
        ),
      ];
}

/**
 * The lead's view of who is in: how many replies the link holds and from whom, whether the person
 * who asked has answered, and who is still expected.
 */
export function rosterSentences(team: Team, roster: Roster): Sentence[] {
  if (team.members.length === 0) {
    return [
      [own('No one has answered yet.')],
      ...(roster.stillExpected.length > 0 ? [expectedSentence(roster)] : []),
    ];
  }
  const replies = roster.replies.length;
  const sentences: Sentence[] = [];
  if (!team.lead) {
    sentences.push([
      own(
        `This link holds answers from ${countWord(team.members.length)} ${team.members.length === 1 ? 'person' : 'people'}: `,
      ),
      ...membersAt(team, roster.replies),
      own('.'),
    ]);
  } else {
    sentences.push(
      replies === 0
        ? [own('This link holds no replies yet.')]
        : [
            own(`This link holds ${countWord(replies)} ${replies === 1 ? 'reply' : 'replies'}: `),
            ...membersAt(team, roster.replies),
            own('.'),
          ],
    );
    sentences.push([
      echoed(team.lead),
      own(
        roster.leadPlace === undefined
          ? ', who asked, has not answered yet.'
          : ', who asked, has answered.',
      ),
    ]);
  }
  if (roster.stillExpected.length > 0) sentences.push(expectedSentence(roster));
  return sentences;
}

function expectedSentence(roster: Roster): Sentence {
  return [
    own('Still expected: '),
    ...listOf(roster.stillExpected.map((name) => [echoed(name)])),
    own('.'),
  ];
}

/** "Removed Ben." */
export function removedSentence(member: TeamMember, index: number): Sentence {
  return [own('Removed '), memberSegment(member, index), own('.')];
}

/** The title of a team decision: its name, else whose it is, else "Team decision". */
export function teamTitle(team: Team): Sentence {
  if (team.name !== '') return [echoed(team.name)];
  return team.lead ? [echoed(team.lead), own('’s team decision')] : [own('Team decision')];
}
