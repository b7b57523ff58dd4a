/**
 * The team's decision as an Architecture Decision Record in MADR 4's sections, beside the single
 * person's record in adr.ts (whose drivers and Markdown writers it reuses). It names who took
 * part, lists each member's drivers and the team's combined ones, records every disagreement as
 * considered with how the rule settled it and whether settling it otherwise changes the pick, and
 * links to the team link. Pure: the date and the link are passed in.
 */
import type { AdrStatus } from './adr';
import { FRAMEWORK_NAMES, type FrameworkId } from './frameworks';
import type { Team } from './links/team-link';
import { escapeMarkdownInline as md, markdownTable } from './markdown';
import type { Driver } from './result-report';
import { andList } from './lists';
import type { TeamDecision } from './team-aggregate';
import { rosterOf } from './team-members';
import {
  countWord,
  memberLabel,
  memberList,
  notEveryonesPickSentence,
  pivotSentence,
  settledSentence,
  splitSentence,
} from './team-text';

export interface TeamAdrInput {
  readonly team: Team;
  readonly decision: TeamDecision;
  /** The record's date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Absolute URL of the team page for this team. */
  readonly teamUrl: string;
  readonly status?: AdrStatus;
}

/** A file name for the download, e.g. `2026-12-01-team-use-fastapi.md`. */
export function teamAdrFilename(winner: FrameworkId, date: string): string {
  return `${date}-team-use-${winner}.md`;
}

/**
 * A name as the record writes it: square brackets become parentheses, so that no name, in a list,
 * a table or a link's text, can turn into a Markdown link of its own.
 */
function recordText(text: string): string {
  return text.replace(/\[/g, '(').replace(/\]/g, ')');
}

/** Who asked, and who had not answered yet when the record was made: the lead's roster. */
function askedLines(team: Team): string[] {
  const waiting = rosterOf(team).stillExpected.map((name) => md(recordText(name)));
  return [
    ...(team.lead ? ['', `${md(recordText(team.lead))} asked for our answers.`] : []),
    ...(waiting.length > 0
      ? [
          '',
          `${andList(waiting)} ${waiting.length === 1 ? 'was' : 'were'} asked too and had not answered when this record was made.`,
        ]
      : []),
  ];
}

function driverLine(driver: Driver): string {
  return `${md(driver.question)}: ${md(driver.answer)}${driver.mustHave ? ' (a must-have)' : ''}`;
}

/**
 * The team's decision record as MADR Markdown: context with the members, the team's and each
 * member's drivers, the options, the outcome with every score and each member's own pick, the
 * disagreements considered, the must-haves some members marked, and the team link.
 */
export function teamAdrMarkdown(input: TeamAdrInput): string {
  const { team, decision, date, teamUrl, status = 'proposed' } = input;
  const members = team.members;
  const name = FRAMEWORK_NAMES[decision.winner];
  const teamDrivers = decision.report.drivers;
  const notEveryones = notEveryonesPickSentence(decision);
  const title = team.name === '' ? 'our Python web framework' : team.name;

  const lines: string[] = [
    '---',
    `status: ${status}`,
    `date: ${date}`,
    // A JSON array is a valid YAML flow sequence, quoting whatever a name holds.
    `decision-makers: ${JSON.stringify(members.map(memberLabel))}`,
    '---',
    '',
    `# Use ${name} for ${md(recordText(title))}`,
    '',
    '## Context and Problem Statement',
    '',
    `We need to choose a Python web framework: Django, Flask or FastAPI. ${countWord(members.length).replace(/^./, (c) => c.toUpperCase())} of us answered the Python Framework Picker’s questions on our own, and the picker combined our answers by a stated rule: for each question, the lower median of the importance levels we gave, and the answer most of us gave to the other questions (a tie counts as no answer). Members who skipped a question do not count for it.`,
    ...askedLines(team),
    '',
    '## Decision Drivers',
    '',
    'The team’s combined answers:',
    '',
  ];
  if (teamDrivers.length === 0) {
    lines.push('* No combined priorities: every framework criterion weighs the same.');
  }
  lines.push(...teamDrivers.map((driver) => `* ${driverLine(driver)}`));
  for (const outcome of decision.members) {
    const drivers = outcome.report.drivers;
    lines.push(
      '',
      `${md(recordText(memberLabel(outcome.member, outcome.index)))}’s answers:`,
      '',
      ...(drivers.length === 0
        ? ['* No priorities stated.']
        : drivers.map((driver) => `* ${driverLine(driver)}`)),
    );
  }

  lines.push(
    '',
    '## Considered Options',
    '',
    ...decision.report.ranking.map((entry) => `* ${entry.name}`),
    '',
    '### Disagreements considered',
    '',
  );
  if (decision.splits.length === 0) {
    lines.push('* None: everyone who answered a question gave the same answer.');
  }
  for (const tally of decision.splits) {
    lines.push(
      `* ${md(tally.question.shortLabel)}: ${md(splitSentence(tally))}; ${md(settledSentence(tally))}.`,
    );
  }
  const mustHavesSet = decision.mustHaveMarks;
  if (mustHavesSet.length > 0) {
    lines.push('', '### Must-haves some of us marked', '');
    for (const mark of mustHavesSet) {
      const who = recordText(memberList(members, mark.members));
      const teamNote = mark.forTeam ? 'a must-have for the team' : 'not a must-have for the team';
      const pickNote = mark.pickFails ? `${name} does not meet it` : `${name} meets it`;
      lines.push(`* ${md(mark.criterion.label)} (${md(who)}): ${teamNote}; ${pickNote}.`);
    }
  }

  lines.push(
    '',
    '## Decision Outcome',
    '',
    `Chosen option: "${name}", because on the team’s combined answers ${md(decision.report.edge.ours)}, scoring ${decision.report.ranking[0]?.score ?? 0} of 100.`,
    '',
    ...(decision.report.tie ? [md(decision.report.tie.sentence), ''] : []),
    markdownTable(
      ['Option', 'Team score (0-100)', 'Must-haves'],
      decision.report.ranking.map((entry) => [
        entry.name,
        String(entry.score),
        entry.mustHaveStatus ?? 'none stated',
      ]),
    ),
    '',
    `${decision.report.closeness.title ? `${decision.report.closeness.title} ` : ''}${md(decision.report.closeness.sentence)}`,
    '',
    'Each member’s own result:',
    '',
    markdownTable(
      ['Member', 'Own pick', 'Django', 'FastAPI', 'Flask'],
      decision.members.map((outcome) => {
        const score = (id: FrameworkId) =>
          String(outcome.report.ranking.find((entry) => entry.id === id)?.score ?? '');
        return [
          recordText(memberLabel(outcome.member, outcome.index)),
          FRAMEWORK_NAMES[outcome.winner],
          score('django'),
          score('fastapi'),
          score('flask'),
        ];
      }),
    ),
    '',
  );
  if (notEveryones) lines.push(md(recordText(notEveryones)), '');
  if (decision.pivots.length === 0) {
    lines.push(
      decision.splits.length === 0
        ? 'There was nothing to settle: the team agrees on every answer.'
        : `No single disagreement changes the pick: settled on any answer a member gave, ${name} still ranks first.`,
    );
  } else {
    lines.push(
      'What would change it:',
      '',
      ...decision.pivots.map((pivot) => `* ${md(pivotSentence(pivot))}`),
    );
  }
  lines.push(
    '',
    '## More Information',
    '',
    `* The team’s answers and results: [${md(recordText(team.name === '' ? 'Team decision' : team.name))} in the Python Framework Picker](${teamUrl})`,
    `* Computed with ${decision.report.model.line}; the link reproduces this result.`,
    ...decision.otherModels.map((index) => {
      const outcome = decision.members[index];
      return outcome
        ? `* ${md(recordText(memberLabel(outcome.member, outcome.index)))} answered under ${outcome.report.model.line}: their own result uses it, and answers the team’s model does not ask do not count for the team.`
        : '';
    }),
    '',
  );
  return lines.join('\n');
}
