/**
 * The side-by-side cards as a Markdown table, for pasting into a pull request, wiki or chat.
 * Pure: rows and frameworks in, Markdown out.
 */
import { DATA_DATE_LABEL } from './content/data-date';
import type { FeatureRow } from './content/feature-rows';
import type { Source } from './content/sourced';
import { uniqueSources } from './criterion-sources';
import { FRAMEWORK_NAMES, type FrameworkId } from './frameworks';
import { markdownTable } from './markdown';
import { markdownSourceLink } from './markdown-sources';

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
 * A GFM table: one row per feature, one column per framework, each cell ending in the numbers of
 * its sources ("[1] [4]"), listed as links under the table. Cell text is escaped (pipes,
 * emphasis, HTML); opinion rows say so in their label.
 */
export function comparisonMarkdown({
  rows,
  frameworks,
  sourcesUrl,
}: ComparisonTableOptions): string {
  const cellSources = rows.flatMap((row) => frameworks.flatMap((id) => row.cells[id].sources));
  const numbered = uniqueSources(cellSources);
  const key = (source: Source) => `${source.ref}|${source.label}`;
  const numberOf = new Map(numbered.map((source, index) => [key(source), index + 1]));
  const marks = (sources: readonly Source[]) =>
    sources.map((source) => ` [${String(numberOf.get(key(source)))}]`).join('');
  const table = markdownTable(
    ['Feature', ...frameworks.map((id) => FRAMEWORK_NAMES[id])],
    rows.map((row) => [
      row.opinion ? `${row.label} (opinion)` : row.label,
      ...frameworks.map((id) => `${row.cells[id].text}${marks(row.cells[id].sources)}`),
    ]),
  );
  const parts = [table];
  if (numbered.length > 0) {
    parts.push(
      `Sources (data as of ${DATA_DATE_LABEL}):`,
      numbered.map((source, index) => `${index + 1}. ${markdownSourceLink(source)}`).join('\n'),
    );
  }
  if (sourcesUrl) parts.push(`Sources for every cell: <${sourcesUrl}>`);
  return `${parts.join('\n\n')}\n`;
}
