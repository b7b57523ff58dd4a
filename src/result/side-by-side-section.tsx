import { useState, type ReactNode } from 'react';
import { visibleFeatureRows } from '../domain/comparison-markdown';
import { FEATURE_ROWS, rowSources } from '../domain/content/feature-rows';
import type { FrameworkId } from '../domain/frameworks';
import { ComparisonCopy, RowsToggle } from '../comparison/comparison-controls';
import { FeatureComparison } from '../comparison/feature-comparison';
import { SourcesDisclosure } from '../ui/sources-disclosure';

/**
 * The result's side-by-side comparison: the aligned table in ranking order, a control to show
 * only the rows the answers weighted, the table as Markdown to copy, and what we corrected in the
 * common comparison table, each correction with the sources of its row.
 */
export function SideBySideSection({
  weightedCriteria,
  showPriorities,
  frameworks,
  highlight,
  cardNotes,
}: {
  weightedCriteria: readonly string[];
  showPriorities: boolean;
  frameworks: readonly FrameworkId[];
  highlight: FrameworkId;
  cardNotes: Partial<Record<FrameworkId, ReactNode>>;
}) {
  const [onlyPriorityRows, setOnlyPriorityRows] = useState(false);
  const onlyPriorities = showPriorities && onlyPriorityRows;
  const corrections = FEATURE_ROWS.filter((row) => row.correction);
  return (
    <section className="section" aria-labelledby="cards-heading">
      <h2 id="cards-heading">Side by side</h2>
      {showPriorities && (
        <>
          <p>Rows marked “Your priority” are the ones your answers weighted.</p>
          <div className="view-controls">
            <RowsToggle value={onlyPriorityRows} onChange={setOnlyPriorityRows} />
          </div>
        </>
      )}
      <FeatureComparison
        weightedCriteria={weightedCriteria}
        showPriorities={showPriorities}
        frameworks={frameworks}
        highlight={highlight}
        onlyPriorityRows={onlyPriorities}
        cardNotes={cardNotes}
      />
      <ComparisonCopy
        rows={visibleFeatureRows(FEATURE_ROWS, weightedCriteria, onlyPriorities)}
        frameworks={frameworks}
      />
      {corrections.length > 0 && (
        <details className="corrections">
          <summary>
            What we corrected from the common comparison table ({corrections.length})
          </summary>
          <ul>
            {corrections.map((row) => (
              <li key={row.id}>
                <strong>{row.label}:</strong> {row.correction}
                <SourcesDisclosure sources={rowSources(row)} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
