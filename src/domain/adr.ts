/**
 * The result as an Architecture Decision Record in Markdown, following MADR 4's sections:
 * front matter (status, date), title, Context and Problem Statement, Decision Drivers, Considered
 * Options, Decision Outcome with Consequences, Pros and Cons of the Options, More Information.
 * Pure: the date and the result's URL are passed in, so the same input gives the same record.
 */
import { MEASURED_CRITERION, measuredSentence } from './content/bench-measured';
import { DATA_DATE_LABEL } from './content/data-date';
import { FRAMEWORK_PROFILES } from './content/framework-profiles';
import { criterionSources } from './criterion-sources';
import { leadsOf, weaknessesOf, winningEdge, winningEdgeClause, type Reason } from './explain';
import { FRAMEWORK_NAMES, type FrameworkId } from './frameworks';
import { escapeMarkdownInline as md, markdownTable } from './markdown';
import { markdownSourceLinks } from './markdown-sources';
import type { Criterion, ScoringModel } from './model-types';
import {
  answerOption,
  IMPORTANCE_QUESTION_IDS,
  QUESTIONS,
  type Answers,
  type ImportanceQuestionId,
  type QuestionId,
} from './questions';
import { scoreAnswers, winnerOf, type FrameworkScore, type ScoringResult } from './scoring';
import { recipeFor } from './stack-recipe';
import { findFlips } from './what-if';
import { describeFlip, robustnessSentence } from './what-if-text';

export type AdrStatus = 'proposed' | 'accepted';

export interface AdrInput {
  readonly answers: Answers;
  readonly model: ScoringModel;
  /** The record's date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Absolute URL of the result page for these answers and model. */
  readonly resultUrl: string;
  /** `proposed` by default: the team still has to agree. */
  readonly status?: AdrStatus;
}

export interface DecisionDriver {
  readonly questionId: QuestionId;
  /** The question's short label, e.g. "Admin panel". */
  readonly question: string;
  /** The answer's label, e.g. "Must have". */
  readonly answer: string;
  readonly mustHave: boolean;
  /** The weight the answer adds to each criterion, heaviest first. */
  readonly criteria: readonly { readonly criterion: Criterion; readonly weight: number }[];
  /** The heaviest single weight it adds: what orders the drivers. */
  readonly weight: number;
}

function isImportanceQuestion(id: QuestionId): id is ImportanceQuestionId {
  return (IMPORTANCE_QUESTION_IDS as readonly string[]).includes(id);
}

/**
 * The answers that carry weight, heaviest first (then by total weight, then in question order).
 * Answers that add no weight ("doesn't matter", "no preference") are not drivers.
 */
export function decisionDrivers(answers: Answers, model: ScoringModel): DecisionDriver[] {
  const byId = new Map(model.criteria.map((criterion) => [criterion.id, criterion]));
  const drivers = QUESTIONS.flatMap((question): DecisionDriver[] => {
    const value: string | undefined = answers[question.id];
    if (value === undefined) return [];
    let weights: [string, number][];
    if (isImportanceQuestion(question.id)) {
      const level = model.importanceLevels[value as keyof typeof model.importanceLevels];
      weights = model.importanceCriteria[question.id].map((id) => [id, level]);
    } else {
      const table: Partial<Record<string, Readonly<Record<string, number>>>> =
        model.choiceWeights[question.id];
      weights = Object.entries(table[value] ?? {});
    }
    const criteria = weights
      .filter(([, weight]) => weight > 0)
      .flatMap(([id, weight]) => {
        const criterion = byId.get(id);
        return criterion ? [{ criterion, weight }] : [];
      })
      .sort((a, b) => b.weight - a.weight);
    if (criteria.length === 0) return [];
    return [
      {
        questionId: question.id,
        question: question.shortLabel,
        answer: answerOption(question.id, value)?.label ?? value,
        mustHave: question.type === 'importance' && value === 'must',
        criteria,
        weight: criteria[0]?.weight ?? 0,
      },
    ];
  });
  const total = (driver: DecisionDriver) => driver.criteria.reduce((sum, c) => sum + c.weight, 0);
  // Array.prototype.sort is stable, so equal drivers keep question order.
  return drivers.sort((a, b) => b.weight - a.weight || total(b) - total(a));
}

/** A file name for the download, e.g. `2026-11-20-use-django.md`. */
export function adrFilename(winner: FrameworkId, date: string): string {
  return `${date}-use-${winner}.md`;
}

function mustHaveStatus(entry: FrameworkScore): string {
  return entry.failedMustHaves.length === 0
    ? 'all met'
    : `fails ${entry.failedMustHaves.map((c) => c.label).join(', ')}`;
}

function ratingNote(reason: Reason, about: FrameworkId): string {
  return `${FRAMEWORK_NAMES[about]} ${reason.rating} of 3, ${FRAMEWORK_NAMES[reason.other]} ${reason.otherRating} of 3`;
}

/**
 * A rating's justification, marked as the project's assessment and followed by its sources as
 * links, so a reader of the record can check each reason in one click.
 */
function justified(criterion: Criterion, about: FrameworkId): string {
  const sources = criterionSources(criterion, about);
  const links = sources.length > 0 ? `; sources: ${markdownSourceLinks(sources)}` : '';
  return `${md(criterion.justification[about])} (our assessment${links})`;
}

function problemOf(answers: Answers): string {
  const kind = answers.kind ? answerOption('kind', answers.kind)?.label : undefined;
  return kind ? `${kind.charAt(0).toLowerCase()}${kind.slice(1)}` : 'our next project';
}

function outcomeReason(result: ScoringResult): string {
  const winner = winnerOf(result);
  if (!result.winnerMeetsMustHaves) {
    return `no option meets all our must-haves and it fails the fewest (${winner.failedMustHaves
      .map((c) => c.label)
      .join(', ')}), scoring ${winner.score} of 100`;
  }
  if (result.generalView) {
    return `it scores highest (${winner.score} of 100) in a general view, with every criterion weighted the same`;
  }
  const mustHaves = result.mustHaves.length > 0 ? ' and meets all our must-haves' : '';
  const edge = winningEdge(result);
  switch (edge.kind) {
    case 'score':
      return `it scores highest on our weighted criteria (${winner.score} of 100)${mustHaves}`;
    case 'tie':
      return `it ties with ${FRAMEWORK_NAMES[edge.with]} for the highest score on our weighted criteria (${winner.score} of 100)${mustHaves}, and the picker's fixed order (Django, FastAPI, Flask) breaks the tie`;
    case 'must-haves':
      return `${winningEdgeClause(result, 'our')}, scoring ${winner.score} of 100 on our weighted criteria`;
  }
}

/** Most criteria listed per option before the rest are summarised. */
const MAX_PROS_AND_CONS = 8;

function prosAndCons(entry: FrameworkScore): string[] {
  const lines = entry.contributions.slice(0, MAX_PROS_AND_CONS).map((c) => {
    const verdict = c.rating >= 3 ? 'Good' : c.rating === 2 ? 'Neutral' : 'Bad';
    return `* ${verdict}, because of ${md(c.criterion.label)} (rated ${c.rating} of 3, weight ${c.weight}): ${justified(c.criterion, entry.id)}`;
  });
  const rest = entry.contributions.length - MAX_PROS_AND_CONS;
  if (rest > 0) {
    lines.push(`* … and ${rest} more criteria of equal or lower weight: see the result link.`);
  }
  return lines;
}

/**
 * The decision record for these answers as MADR Markdown. Drivers come from the answers in order
 * of weight; pros and cons from the ratings and their justifications; the outcome gives every
 * score, and More Information links to the result.
 */
export function adrMarkdown(input: AdrInput): string {
  const { answers, model, date, resultUrl, status = 'proposed' } = input;
  const result = scoreAnswers(answers, model);
  const winner = winnerOf(result);
  const name = FRAMEWORK_NAMES[winner.id];
  const flips = findFlips(answers, model);
  const drivers = decisionDrivers(answers, model);
  const leads = leadsOf(result, winner.id);
  const weaknesses = weaknessesOf(result, winner.id);
  const recipe = recipeFor(answers, winner.id);

  const lines: string[] = [
    '---',
    `status: ${status}`,
    `date: ${date}`,
    '---',
    '',
    `# Use ${name} as our Python web framework`,
    '',
    '## Context and Problem Statement',
    '',
    `We are building ${md(problemOf(answers))} and need to choose a Python web framework: Django, Flask or FastAPI. Which one fits what we said matters to us?`,
    '',
    `We answered the Python Framework Picker’s questions. It rates each framework from 0 to 3 on each criterion, with sources (data as of ${DATA_DATE_LABEL}), and weighs the ratings by our answers into a score from 0 to 100. A framework rated below 2 on a must-have fails it and ranks below every framework that meets them all.`,
    '',
    '## Decision Drivers',
    '',
  ];
  if (drivers.length === 0) {
    lines.push(
      '* No priorities stated yet: every framework criterion weighs the same (a general view).',
    );
  }
  for (const driver of drivers) {
    const weights = driver.criteria.map((c) => `${c.criterion.label} ${c.weight}`).join(', ');
    lines.push(
      `* ${md(driver.question)}: ${md(driver.answer)}${driver.mustHave ? ' (a must-have)' : ''}; weights: ${md(weights)}`,
    );
  }
  lines.push(
    '',
    '## Considered Options',
    '',
    ...result.ranking.map((entry) => `* ${FRAMEWORK_NAMES[entry.id]}`),
    '',
    '## Decision Outcome',
    '',
    `Chosen option: "${name}", because ${md(outcomeReason(result))}.`,
    '',
    markdownTable(
      ['Option', 'Score (0-100)', 'Must-haves'],
      result.ranking.map((entry) => [
        FRAMEWORK_NAMES[entry.id],
        String(entry.score),
        result.mustHaves.length === 0 ? 'none stated' : mustHaveStatus(entry),
      ]),
    ),
    '',
    md(robustnessSentence(result, flips)),
  );
  if (flips.length > 0) {
    lines.push(
      '',
      'What would change it:',
      '',
      ...flips.map((flip) => `* ${md(describeFlip(flip))}`),
    );
  }
  lines.push('', '### Consequences', '');
  if (leads.length === 0) {
    lines.push(
      `* Neutral, because ${name} is not rated above the others on any single priority; ${winningEdgeClause(result, 'our')}.`,
    );
  }
  for (const reason of leads) {
    lines.push(
      `* Good, because of ${md(reason.criterion.label)} (${ratingNote(reason, winner.id)}): ${justified(reason.criterion, winner.id)}`,
    );
  }
  if (weaknesses.length === 0) {
    lines.push('* Good, because no other option is rated higher on anything we weighted.');
  }
  for (const reason of weaknesses) {
    lines.push(
      `* Bad, because of ${md(reason.criterion.label)} (${ratingNote(reason, winner.id)}): ${justified(reason.criterion, winner.id)}`,
    );
  }
  lines.push('', '## Pros and Cons of the Options');
  for (const entry of result.ranking) {
    lines.push(
      '',
      `### ${FRAMEWORK_NAMES[entry.id]}`,
      '',
      md(FRAMEWORK_PROFILES[entry.id].tagline),
      '',
      `Score ${entry.score} of 100; must-haves: ${result.mustHaves.length === 0 ? 'none stated' : md(mustHaveStatus(entry))}.`,
      '',
      ...prosAndCons(entry),
    );
  }
  lines.push(
    '',
    '## More Information',
    '',
    `* The full result, with the sources of every rating: [${name} in the Python Framework Picker](${resultUrl})`,
    `* Computed with scoring model ${model.id} (${model.releasedLabel}); the link reproduces this result.`,
    `* Facts, versions and sources as of ${DATA_DATE_LABEL}; the ratings' justifications are the picker's assessment.`,
  );
  if (
    drivers.some((driver) => driver.criteria.some((c) => c.criterion.id === MEASURED_CRITERION))
  ) {
    // The performance page sits beside the result page, at the site's root or under its base.
    const performanceUrl = new URL('performance', resultUrl).href;
    lines.push(
      `* Performance as measured for ${name}: ${md(measuredSentence(winner.id))} Every figure, and how to rerun it: [Performance, measured](${performanceUrl})`,
    );
  }
  lines.push(`* A stack to start from: \`${recipe.pipInstall}\``, '');
  return lines.join('\n');
}
