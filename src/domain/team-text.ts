/**
 * The team decision in plain language, shared by the team page and the team's decision record:
 * who is who, what a split looks like ("two say must have, three say doesn't matter") and how the
 * rule settled each question. Pure; names are returned as plain text for the caller to escape.
 */
import { FRAMEWORK_NAMES } from './frameworks';
import { answerOption, type Question } from './questions';
import type { Pivot, QuestionTally, TeamDecision } from './team-aggregate';
import type { TeamMember } from './links/team-link';
import { andList, countWord as countInWords } from './lists';

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
