/**
 * The side-by-side cards as a Markdown table, for pasting into a pull request, wiki or chat.
 * Pure: rows and frameworks in, Markdown out.
 */
import type { FeatureRow } from './content/feature-rows';
import { FRAMEWORK_NAMES, type FrameworkId } from './frameworks';
import { markdownTable } from './markdown';

/** True when a row is about a criterion the answers weighted. */
export function isPriorityRow(row: FeatureRow, weightedCriteria: ReadonlySet<string>): boolean {
  return row.criteria.some((id) => weightedCriteria.has(id));
}

/** The rows to show: all of them, or only those about weighted criteria. */
export function visibleFeatureRows(
  rows: readonly FeatureRow[],
  weightedCriteria: readonly string[],
  onlyPriorityRows: boolean,
): readonly FeatureRow[] {
  if (!onlyPriorityRows) return rows;
  const weighted = new Set(weightedCriteria);
  return rows.filter((row) => isPriorityRow(row, weighted));
}

export interface ComparisonTableOptions {
  readonly rows: readonly FeatureRow[];
  /** Columns, in order. */
  readonly frameworks: readonly FrameworkId[];
  /** Where readers find each cell's sources (an absolute URL), written under the table. */
  readonly sourcesUrl?: string;
}

/**
 * A GFM table: one row per feature, one column per framework. Cell text is escaped (pipes,
 * emphasis, HTML); opinion rows say so in their label.
 */
export function comparisonMarkdown({
  rows,
  frameworks,
  sourcesUrl,
}: ComparisonTableOptions): string {
  const table = markdownTable(
    ['Feature', ...frameworks.map((id) => FRAMEWORK_NAMES[id])],
    rows.map((row) => [
      row.opinion ? `${row.label} (opinion)` : row.label,
      ...frameworks.map((id) => row.cells[id].text),
    ]),
  );
  return sourcesUrl ? `${table}\n\nSources for every cell: <${sourcesUrl}>\n` : `${table}\n`;
}
