/**
 * What the action bar hands out besides the link: the decision record as Markdown. Loaded on
 * first use (and with the lower sections, which use the same modules), so the first screen's
 * code stays small.
 */
import { adrFilename, adrMarkdown } from '../domain/adr';
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

// Lazily loaded with the rest of this module, the download itself is shared with the team page.
export { downloadMarkdown } from '../ui/download-file';
