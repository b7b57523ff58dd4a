/**
 * What the action bar hands out besides the link: the decision record and the comparison as
 * Markdown. Loaded on first use (and with the lower sections, which use the same modules), so
 * the first screen's code stays small.
 */
import { adrFilename, adrMarkdown } from '../domain/adr';
import { comparisonMarkdown } from '../domain/comparison-markdown';
import { FEATURE_ROWS } from '../domain/content/feature-rows';
import type { FrameworkId } from '../domain/frameworks';
import type { ScoringModel } from '../domain/model-types';
import type { Answers } from '../domain/questions';

export interface DecisionRecordInput {
  answers: Answers;
  model: ScoringModel;
  /** `YYYY-MM-DD`, taken once when the page opened. */
  date: string;
  resultUrl: string;
  winner: FrameworkId;
}

/** The decision record's file name and Markdown. */
export function decisionRecordFile(input: DecisionRecordInput): { filename: string; text: string } {
  return {
    filename: adrFilename(input.winner, input.date),
    text: adrMarkdown(input),
  };
}

/** Every row of the comparison, columns in the given (ranking) order, pointing at its sources. */
export function fullComparisonMarkdown(
  frameworks: readonly FrameworkId[],
  sourcesUrl: string,
): string {
  return comparisonMarkdown({ rows: FEATURE_ROWS, frameworks, sourcesUrl });
}

/** How long a download's object URL lives: long enough for any browser to have read it. */
const REVOKE_AFTER_MS = 30_000;

/** Saves `text` as a Markdown file through a temporary link. */
export function downloadMarkdown(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
