/**
 * Several people's answers, one decision (docs/team-aggregation.md). Per question the team takes
 * the lower median of the importance levels given and the answer most members gave to a choice
 * question (a tie counts as no answer); members who skipped a question do not count for it. The
 * team's answers are then scored like anyone's, under the team's model, and reported with the same
 * result report as a person's own result; each member's own result is their own report, under the
 * model they answered with. Every rule is symmetric in the members, so their order never changes
 * the result. Pure.
 */
import type { FrameworkId } from './frameworks';
import type { IgnoredPart } from './links/ignored';
import { answerPairs, answersForModel } from './links/model-answers';
import type { TeamMember } from './links/team-link';
import { findModel } from './model-catalog';
import type { Criterion, ScoringModel } from './model-types';
import { ratingOf } from './model-rules';
import { IMPORTANCE_VALUES, questionById, type Answers, type Question } from './questions';
import { buildResultReport, type ResultReport } from './result-report';
import { mustHaveCriteria, scoreAnswers, winnerOf, type ScoringResult } from './scoring';
import type { ModelRegistry } from './scoring-models';
import { withAnswer } from './what-if';

export interface AnswerGroup {
  readonly value: string;
  /** Places of the members who gave this answer (from 0, in link order). */
  readonly members: readonly number[];
}

export interface QuestionTally {
  readonly question: Question;
  /** Each answer given, most members first; equal counts in the question's option order. */
  readonly groups: readonly AnswerGroup[];
  /** Places of the members who skipped the question. */
  readonly skipped: readonly number[];
  /** The team's answer by the rule; undefined when no one answered or a choice question tied. */
  readonly teamValue: string | undefined;
  /** A choice question whose most-given answers tie: the team has no answer until it settles. */
  readonly tied: boolean;
  /**
   * How many of those who answered would have to change their answer to agree: everyone not in
   * the largest group. 0 means the team agrees.
   */
  readonly dissent: number;
  /** Importance: levels between the lowest and highest answer; choice: distinct answers − 1. */
  readonly spread: number;
}

export interface MemberOutcome {
  readonly index: number;
  readonly member: TeamMember;
  /** The member's own result, under the model they answered with. */
  readonly report: ResultReport;
  readonly winner: FrameworkId;
  /**
   * Answers the team's model does not ask or know (the member answered under another model):
   * they count for the member's own result but not for the team's.
   */
  readonly notCounted: readonly IgnoredPart[];
}

export interface MustHaveMark {
  readonly criterion: Criterion;
  /** Places of the members whose `must` answers make it a must-have for them. */
  readonly members: readonly number[];
  /** True when the team's own answers make it a must-have too. */
  readonly forTeam: boolean;
  /** True when the team's pick is rated below the must-have line on it. */
  readonly pickFails: boolean;
}

/** A split that, settled on another answer some members gave, changes the team's pick. */
export interface Pivot {
  readonly tally: QuestionTally;
  /** The answer it would be settled on. */
  readonly value: string;
  readonly answers: Answers;
  readonly result: ScoringResult;
  readonly winner: FrameworkId;
}

export interface TeamDecision {
  readonly model: ScoringModel;
  /** The combined answers the team's result is scored from. */
  readonly answers: Answers;
  /** The team's result, reported like anyone's. */
  readonly report: ResultReport;
  readonly winner: FrameworkId;
  readonly members: readonly MemberOutcome[];
  /** Every question the team's model asks, in question order. */
  readonly tallies: readonly QuestionTally[];
  /** Questions where answers differ, biggest split first. */
  readonly splits: readonly QuestionTally[];
  /** Questions everyone who answered answered alike. */
  readonly agreements: readonly QuestionTally[];
  /** Must-haves any member marked, in criteria order: listed apart from the team's answers. */
  readonly mustHaveMarks: readonly MustHaveMark[];
  /** Splits that would change the pick if settled otherwise, in split order; one per question. */
  readonly pivots: readonly Pivot[];
  /** Places of the members whose own answers pick another framework. */
  readonly dissenters: readonly number[];
  /** Places of the members who answered under another model than the team's. */
  readonly otherModels: readonly number[];
}

const LEVELS: readonly string[] = IMPORTANCE_VALUES;

function tallyQuestion(question: Question, answers: readonly Answers[]): QuestionTally {
  const byValue = new Map<string, number[]>();
  const skipped: number[] = [];
  answers.forEach((memberAnswers, index) => {
    const value: string | undefined = memberAnswers[question.id];
    if (value === undefined) skipped.push(index);
    else byValue.set(value, [...(byValue.get(value) ?? []), index]);
  });
  const optionOrder = question.options.map((option) => option.value as string);
  const groups = [...byValue.entries()]
    .map(([value, indexes]) => ({ value, members: indexes }))
    .sort(
      (a, b) =>
        b.members.length - a.members.length ||
        optionOrder.indexOf(a.value) - optionOrder.indexOf(b.value),
    );
  const answered = answers.length - skipped.length;
  const largest = groups[0]?.members.length ?? 0;

  let teamValue: string | undefined;
  let tied = false;
  let spread = Math.max(0, groups.length - 1);
  if (question.type === 'importance') {
    const levels = groups.flatMap((group) => group.members.map(() => LEVELS.indexOf(group.value)));
    levels.sort((a, b) => a - b);
    // The lower median: the highest level that a strict majority of those who answered gave or
    // exceeded. With an even count it takes the lower middle answer.
    const median = levels[Math.floor((levels.length - 1) / 2)];
    teamValue = median === undefined ? undefined : LEVELS[median];
    spread = levels.length === 0 ? 0 : (levels.at(-1) ?? 0) - (levels[0] ?? 0);
  } else {
    tied = (groups[1]?.members.length ?? 0) === largest && largest > 0;
    teamValue = tied ? undefined : groups[0]?.value;
  }
  return { question, groups, skipped, teamValue, tied, dissent: answered - largest, spread };
}

function answersFrom(tallies: readonly QuestionTally[]): Answers {
  const answers: Record<string, string> = {};
  for (const tally of tallies) {
    if (tally.teamValue !== undefined) answers[tally.question.id] = tally.teamValue;
  }
  return answers as Answers;
}

function mustHaveMarks(
  answers: readonly Answers[],
  teamAnswers: Answers,
  model: ScoringModel,
  winner: FrameworkId,
): MustHaveMark[] {
  const markedBy = new Map<string, number[]>();
  answers.forEach((memberAnswers, index) => {
    for (const criterion of mustHaveCriteria(memberAnswers, model)) {
      markedBy.set(criterion.id, [...(markedBy.get(criterion.id) ?? []), index]);
    }
  });
  const forTeam = new Set(mustHaveCriteria(teamAnswers, model).map((criterion) => criterion.id));
  return model.criteria
    .filter((criterion) => markedBy.has(criterion.id))
    .map((criterion) => ({
      criterion,
      members: markedBy.get(criterion.id) ?? [],
      forTeam: forTeam.has(criterion.id),
      pickFails: ratingOf(criterion, winner) < model.mustHaveMinRating,
    }));
}

function pivotsOf(
  splits: readonly QuestionTally[],
  teamAnswers: Answers,
  model: ScoringModel,
  winner: FrameworkId,
): Pivot[] {
  return splits.flatMap((tally): Pivot[] => {
    for (const group of tally.groups) {
      if (group.value === tally.teamValue) continue;
      const answers = withAnswer(teamAnswers, tally.question.id, group.value);
      const result = scoreAnswers(answers, model);
      const next = winnerOf(result).id;
      if (next !== winner) return [{ tally, value: group.value, answers, result, winner: next }];
    }
    return [];
  });
}

/**
 * Combines the members' answers into the team's decision under the team's model: each member's
 * own result (under their own model), the team's answers and report, where the team agrees and
 * splits (biggest split first), the must-haves any member marked, and which single split would
 * change the pick. `today` is the day the reports are made.
 */
export function decideAsTeam(
  members: readonly TeamMember[],
  model: ScoringModel,
  registry: ModelRegistry,
  today: string,
): TeamDecision {
  const outcomes = members.map((member, index): MemberOutcome => {
    const own = findModel(registry, member.modelId) ?? model;
    const report = buildResultReport({ answers: member.answers, model: own, today });
    const asTeam = answersForModel(answerPairs(member.answers), model, index + 1);
    return { index, member, report, winner: report.winner, notCounted: asTeam.ignored };
  });
  const counted = members.map(
    (member, index) => answersForModel(answerPairs(member.answers), model, index + 1).answers,
  );
  const tallies = model.questions.map((q) => tallyQuestion(questionById(q.id), counted));
  const answers = answersFrom(tallies);
  const report = buildResultReport({ answers, model, today });
  const winner = report.winner;
  const order = (tally: QuestionTally) =>
    model.questions.findIndex((q) => q.id === tally.question.id);
  // Biggest split first: most members to persuade, then the widest gap, then question order.
  const splits = tallies
    .filter((tally) => tally.groups.length > 1)
    .sort((a, b) => b.dissent - a.dissent || b.spread - a.spread || order(a) - order(b));
  return {
    model,
    answers,
    report,
    winner,
    members: outcomes,
    tallies,
    splits,
    agreements: tallies.filter((tally) => tally.groups.length === 1),
    mustHaveMarks: mustHaveMarks(counted, answers, model, winner),
    pivots: pivotsOf(splits, answers, model, winner),
    dissenters: outcomes.filter((o) => o.winner !== winner).map((o) => o.index),
    otherModels: outcomes.filter((o) => o.member.modelId !== model.id).map((o) => o.index),
  };
}
