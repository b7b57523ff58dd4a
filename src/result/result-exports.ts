/**
 * What the action bar hands out besides the link: the decision record and the comparison as
 * Markdown. Loaded on first use (and with the lower sections, which use the same modules), so
 * the first screen's code stays small.
 */
import { adrFilename, adrMarkdown } from '../domain/adr';
import { comparisonMarkdown } from '../domain/comparison-markdown';
import { FEATURE_ROWS } from '../domain/content/feature-rows';
import type { FrameworkId } from '../domain/frameworks';
import type { ResultReport } from '../domain/result-report';
import { recipeFor } from '../domain/stack-recipe';

export interface DecisionRecordInput {
  report: ResultReport;
  resultUrl: string;
}

/** The decision record's Markdown: the report, written as MADR. */
export function decisionRecordMarkdown({ report, resultUrl }: DecisionRecordInput): string {
  const { pipInstall } = recipeFor(report.answers, report.winner);
  return adrMarkdown({ report, resultUrl, pipInstall });
}

/** The decision record's file name and Markdown. */
export function decisionRecordFile(input: DecisionRecordInput): { filename: string; text: string } {
  return {
    filename: adrFilename(input.report.winner, input.report.today),
    text: decisionRecordMarkdown(input),
  };
}

/** Every row of the comparison, columns in the given (ranking) order, pointing at its sources. */
export function fullComparisonMarkdown(
  frameworks: readonly FrameworkId[],
  sourcesUrl: string,
): string {
  return comparisonMarkdown({ rows: FEATURE_ROWS, frameworks, sourcesUrl });
}

// Lazily loaded with the rest of this module, the download itself is shared with the team page.
export { downloadMarkdown } from '../ui/download-file';
