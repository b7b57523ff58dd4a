import { useId, useState, type ReactNode } from 'react';
import { visibleFeatureRows } from '../domain/comparison-markdown';
import { FEATURE_ROWS, rowSources } from '../domain/content/feature-rows';
import type { FrameworkId } from '../domain/frameworks';
import { ComparisonCopy } from '../comparison/comparison-controls';
import { FeatureComparison } from '../comparison/feature-comparison';
import { SourcesDisclosure } from '../ui/sources-disclosure';
import { PrintComparison } from './print-comparison';

/**
 * The result's side-by-side comparison: the aligned table in ranking order, the rows the answers
 * weighted first and the rest on demand, the table as Markdown to copy (folded), and what we
 * corrected in the common comparison table, each correction with the sources of its row. With
 * nothing weighted (a general view) every row shows.
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
  const [showAll, setShowAll] = useState(false);
  const tableId = useId();
  const priorityRows = showPriorities
    ? visibleFeatureRows(FEATURE_ROWS, weightedCriteria, true).length
    : 0;
  const onlyPriorities = priorityRows > 0 && !showAll;
  const rows = visibleFeatureRows(FEATURE_ROWS, weightedCriteria, onlyPriorities);
  const corrections = FEATURE_ROWS.filter((row) => row.correction);
  return (
    <section className="section" aria-labelledby="cards-heading">
      <h2 id="cards-heading">Side by side</h2>
      {priorityRows > 0 && (
        <p>
          {onlyPriorities
            ? `The ${priorityRows} of ${FEATURE_ROWS.length} features your answers weighted.`
            : `All ${FEATURE_ROWS.length} features; those marked “Your priority” are the ones your answers weighted.`}
        </p>
      )}
      <div id={tableId}>
        <FeatureComparison
          weightedCriteria={weightedCriteria}
          showPriorities={showPriorities}
          frameworks={frameworks}
          highlight={highlight}
          onlyPriorityRows={onlyPriorities}
          cardNotes={cardNotes}
        />
      </div>
      {priorityRows > 0 && priorityRows < FEATURE_ROWS.length && (
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={showAll}
          aria-controls={tableId}
          onClick={() => setShowAll((value) => !value)}
        >
          {showAll
            ? `Show only the ${priorityRows} features you weighted`
            : `Show all ${FEATURE_ROWS.length} features`}
        </button>
      )}
      <PrintComparison rows={rows} frameworks={frameworks} />
      {/* A tool for the few who paste the table somewhere: one line until asked for. */}
      <details className="corrections comparison-copy-fold">
        <summary>Copy as a Markdown table</summary>
        <ComparisonCopy rows={rows} frameworks={frameworks} />
      </details>
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
