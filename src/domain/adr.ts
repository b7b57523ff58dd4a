/**
 * A result as an Architecture Decision Record in Markdown, following MADR 4's sections: front
 * matter (status, date), title, Context and Problem Statement, Decision Drivers, Considered Options,
 * Decision Outcome with Consequences, Pros and Cons of the Options, More Information. It writes the
 * result report's own sentences, counts and weights, so the record says what the page says. Pure.
 */
import type { Cited, ReportReason, ResultReport } from './result-report';
import { FRAMEWORK_NAMES, type FrameworkId } from './frameworks';
import { escapeMarkdownInline as md, markdownTable } from './markdown';
import { markdownSourceLinks } from './markdown-sources';
import { answerOption } from './questions';
import { FRAMEWORK_PROFILES } from './content/framework-profiles';
import { formatDay } from './dates';
import { orList } from './lists';

export type AdrStatus = 'proposed' | 'accepted';

export interface AdrInput {
  readonly report: ResultReport;
  /** Absolute URL of the result page for these answers and model. */
  readonly resultUrl: string;
  /** The stack recipe's install line, to start from. */
  readonly pipInstall: string;
  /** `proposed` by default: the team still has to agree. */
  readonly status?: AdrStatus;
}

/** A file name for the download, e.g. `2026-11-20-use-django.md`. */
export function adrFilename(winner: FrameworkId, date: string): string {
  return `${date}-use-${winner}.md`;
}

/**
 * A rating's justification, marked as the project's assessment and followed by its sources as
 * links and any dated correction, so a reader of the record can check each reason in one click.
 */
export function citedMarkdown(cited: Cited): string {
  const links = cited.sources.length > 0 ? `; sources: ${markdownSourceLinks(cited.sources)}` : '';
  const errata = cited.errata.map(
    (erratum) =>
      ` Correction of ${formatDay(erratum.date)}: ${md(erratum.correction)}${erratum.sources.length > 0 ? ` (${markdownSourceLinks(erratum.sources)})` : ''}.`,
  );
  return `${md(cited.text)} (our assessment${links})${errata.join('')}`;
}

function reasonLine(verdict: 'Good' | 'Bad', reason: ReportReason): string {
  const why = reason.fromProjectType ? `, counted ${reason.fromProjectType}` : '';
  return `* ${verdict}, because of ${md(reason.criterion.label)} (${reason.ratings}${why}): ${citedMarkdown(reason.basis)}`;
}

function problemOf(report: ResultReport): string {
  const kind = report.answers.kind ? answerOption('kind', report.answers.kind)?.label : undefined;
  return kind ? `${kind.charAt(0).toLowerCase()}${kind.slice(1)}` : 'our next project';
}

function outcomeReason(report: ResultReport): string {
  const winner = report.ranking[0];
  if (!winner) return '';
  if (report.verdict.kind === 'closest') {
    return `no option meets all our must-haves and it fails the fewest (${winner.failedMustHaves.map((f) => f.criterion.label).join(', ')}), scoring ${winner.score} of 100`;
  }
  if (report.verdict.kind === 'general') {
    return `it scores highest (${winner.score} of 100) in a general view, with every criterion weighted the same`;
  }
  return `${report.edge.ours}, scoring ${winner.score} of 100 on our weighted criteria`;
}

/** Most criteria listed per option before the rest are summarised. */
const MAX_PROS_AND_CONS = 8;

/**
 * The decision record of a result report as MADR Markdown: drivers with the weights actually
 * applied, the outcome with every score and its points out of the maximum, the tie rule that
 * decided, how close it is, the reasons and what to watch, each option's pros and cons.
 */
export function adrMarkdown(input: AdrInput): string {
  const { report, resultUrl, pipInstall, status = 'proposed' } = input;
  const name = FRAMEWORK_NAMES[report.winner];
  const { weights } = report;

  const lines: string[] = [
    '---',
    `status: ${status}`,
    `date: ${report.today}`,
    '---',
    '',
    `# Use ${name} as our Python web framework`,
    '',
    '## Context and Problem Statement',
    '',
    `We are building ${md(problemOf(report))} and need to choose a Python web framework: ${orList(report.ranking.map((entry) => entry.name))}. Which one fits what we said matters to us?`,
    '',
    `We answered ${report.counts.answered} of the ${report.counts.questions} questions of the Python Framework Picker, ${report.model.line}. It rates each framework from 0 to 3 on each of its ${report.counts.criteria} criteria, with sources (data as of ${report.dataAsOf}), and weighs the ratings by our answers into a score from 0 to 100. A framework rated below 2 on a must-have fails it and ranks below every framework that meets them all.`,
    '',
    '## Decision Drivers',
    '',
  ];
  if (report.drivers.length === 0) {
    lines.push(
      '* No priorities stated yet: every framework criterion weighs the same (a general view).',
    );
  }
  for (const driver of report.drivers) {
    const applied = driver.criteria.map((c) => `${c.criterion.label} ${c.weight}`).join(', ');
    const notes = [
      driver.mustHave ? 'a must-have' : '',
      driver.projectType ? 'the project type' : '',
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(
      `* ${md(driver.question)}: ${md(driver.answer)}${notes ? ` (${notes})` : ''}; weights: ${md(applied)}`,
    );
  }
  lines.push(
    '',
    `Together they weigh ${weights.rows.length} criteria; a framework rated 3 on every one of them would get ${weights.maxPoints} points, and its score is its points as a share of that.`,
    '',
    '## Considered Options',
    '',
    ...report.ranking.map((entry) => `* ${entry.name}`),
    '',
    '## Decision Outcome',
    '',
    `Chosen option: "${name}", because ${md(outcomeReason(report))}.`,
    '',
  );
  if (report.tie) lines.push(md(report.tie.sentence), '');
  lines.push(
    markdownTable(
      ['Option', 'Score (0-100)', `Points (of ${weights.maxPoints})`, 'Must-haves'],
      report.ranking.map((entry) => [
        entry.name,
        String(entry.score),
        String(entry.points),
        entry.mustHaveStatus ?? 'none stated',
      ]),
    ),
    '',
    `${report.closeness.title ? `${report.closeness.title} ` : ''}${md(report.closeness.sentence)}`,
  );
  const flips = [...report.whatIf.priorities, ...report.whatIf.project];
  if (flips.length > 0) {
    lines.push(
      '',
      'What would change it:',
      '',
      ...flips.map((flip) => `* ${md(flip.sentence)} (${flip.cost} away)`),
    );
  }
  lines.push('', '### Consequences', '');
  if (report.reasons.for.length === 0)
    lines.push(`* Neutral, because ${md(report.reasons.noneFor)}`);
  lines.push(...report.reasons.for.map((reason) => reasonLine('Good', reason)));
  if (report.reasons.against.length === 0) {
    lines.push(`* Good, because ${md(report.reasons.noneAgainst)}`);
  }
  lines.push(...report.reasons.against.map((reason) => reasonLine('Bad', reason)));
  if (report.watch.length > 0) {
    lines.push('', `To watch: ${md(report.watchIntro)}`, '');
    for (const item of report.watch) {
      lines.push(
        `* ${md(item.criterion.label)} (${name} ${item.rating}/3${item.always ? ', whatever the project' : ''}): ${citedMarkdown(item.basis)}`,
      );
    }
  }
  lines.push('', '## Pros and Cons of the Options');
  for (const entry of report.ranking) {
    lines.push(
      '',
      `### ${entry.name}`,
      '',
      md(FRAMEWORK_PROFILES[entry.id].tagline),
      '',
      `Score ${entry.score} of 100 (${entry.points} of ${weights.maxPoints} points); must-haves: ${entry.mustHaveStatus ?? 'none stated'}.`,
      '',
    );
    for (const c of entry.contributions.slice(0, MAX_PROS_AND_CONS)) {
      const verdict = c.rating >= 3 ? 'Good' : c.rating === 2 ? 'Neutral' : 'Bad';
      lines.push(
        `* ${verdict}, because of ${md(c.criterion.label)} (rated ${c.rating} of 3, weight ${c.weight}): ${citedMarkdown(c.basis)}`,
      );
    }
    const rest = entry.contributions.length - MAX_PROS_AND_CONS;
    if (rest > 0) {
      lines.push(`* … and ${rest} more criteria of equal or lower weight: see the result link.`);
    }
  }
  lines.push(
    '',
    '## More Information',
    '',
    `* The full result, with the sources of every rating: [${name} in the Python Framework Picker](${resultUrl})`,
    `* Computed with ${report.model.line}; the link reproduces this result.`,
    `* Facts, versions and sources as of ${report.dataAsOf}; the ratings' justifications are the picker's assessment.`,
  );
  if (report.measured) {
    // The performance page sits beside the result page, at the site's root or under its base.
    const performanceUrl = new URL('performance', resultUrl).href;
    lines.push(
      `* Performance as measured for ${name}: ${md(report.measured)} Every figure, and how to rerun it: [Performance, measured](${performanceUrl})`,
    );
  }
  lines.push(`* A stack to start from: \`${pipInstall}\``, '');
  return lines.join('\n');
}
