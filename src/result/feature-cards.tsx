import { useState, type ReactNode } from 'react';
import { isPriorityRow, visibleFeatureRows } from '../domain/comparison-markdown';
import { FEATURE_ROWS } from '../domain/content/feature-rows';
import { FRAMEWORK_PROFILES } from '../domain/content/framework-profiles';
import { FRAMEWORK_IDS, type FrameworkId } from '../domain/frameworks';
import { SourceList } from '../ui/source-list';
import { ComparisonCopy, RowsToggle } from './comparison-controls';

interface FeatureCardsProps {
  /** Criteria the user's answers weighted; rows about them are marked as priorities. */
  weightedCriteria: readonly string[];
  /** Whether to mark priorities (not in a general view, where nothing was stated). */
  showPriorities: boolean;
  /** The recommended framework, shown first and emphasised. */
  highlight?: FrameworkId;
  /** Which frameworks to show; all three by default. */
  frameworks?: readonly FrameworkId[];
  /** `h2` on a page of its own, `h3` inside a result section. */
  cardHeadingLevel?: 2 | 3;
  /** Only rows about weighted criteria. */
  onlyPriorityRows?: boolean;
  /** Extra content at the top of a framework's card, e.g. the must-haves that rule it out. */
  cardNotes?: Partial<Record<FrameworkId, ReactNode>>;
}

/** The frameworks shown, the recommended one first when it is among them. */
function highlightFirst(
  frameworks: readonly FrameworkId[],
  highlight: FrameworkId | undefined,
): readonly FrameworkId[] {
  return highlight && frameworks.includes(highlight)
    ? [highlight, ...frameworks.filter((id) => id !== highlight)]
    : frameworks;
}

/**
 * One `<article>` per framework, labelled by its heading (contracts.md section 3), side by side
 * where there is room and in a strip that scrolls inside itself on phones.
 */
export function FeatureCardList({
  weightedCriteria,
  showPriorities,
  highlight,
  frameworks = FRAMEWORK_IDS,
  cardHeadingLevel = 3,
  onlyPriorityRows = false,
  cardNotes = {},
}: FeatureCardsProps) {
  const weighted = new Set(weightedCriteria);
  const rows = visibleFeatureRows(FEATURE_ROWS, weightedCriteria, onlyPriorityRows);
  const ordered = highlightFirst(frameworks, highlight);
  const Heading = cardHeadingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="card-strip" role="group" aria-label="Feature cards" tabIndex={0}>
      {ordered.map((id) => {
        const profile = FRAMEWORK_PROFILES[id];
        const headingId = `card-${id}-heading`;
        return (
          <article
            key={id}
            className={id === highlight ? 'feature-card feature-card--highlight' : 'feature-card'}
            aria-labelledby={headingId}
          >
            <Heading id={headingId} className="feature-card__name">
              {profile.name}
            </Heading>
            {id === highlight && <p className="badge">Recommended</p>}
            <p className="feature-card__tagline">{profile.tagline}</p>
            <p className="feature-card__release">
              Latest: {profile.latestRelease.version} ({profile.latestRelease.date})
            </p>
            {cardNotes[id]}
            <dl className="feature-card__rows">
              {rows.map((row) => {
                const priority = showPriorities && isPriorityRow(row, weighted);
                return (
                  <div
                    key={row.id}
                    className={priority ? 'feature-row feature-row--priority' : 'feature-row'}
                  >
                    <dt>
                      {row.label}
                      {priority && <span className="tag tag--priority">Your priority</span>}
                      {row.opinion && <span className="tag">Opinion</span>}
                    </dt>
                    <dd>
                      {row.cells[id].text}
                      <SourceList sources={row.cells[id].sources} />
                    </dd>
                  </div>
                );
              })}
            </dl>
          </article>
        );
      })}
    </div>
  );
}

/**
 * The result page's side-by-side section: the cards, a control to show only the rows the answers
 * weighted, the cards as a Markdown table to copy, and the seed corrections they carry.
 */
export function FeatureCards(
  props: Omit<FeatureCardsProps, 'cardHeadingLevel' | 'onlyPriorityRows' | 'frameworks'>,
) {
  const [onlyPriorityRows, setOnlyPriorityRows] = useState(false);
  const corrections = FEATURE_ROWS.filter((row) => row.correction);
  const ordered = highlightFirst(FRAMEWORK_IDS, props.highlight);
  return (
    <section className="section" aria-labelledby="cards-heading">
      <h2 id="cards-heading">Side by side</h2>
      {props.showPriorities && (
        <>
          <p>Rows marked “Your priority” are the ones your answers weighted.</p>
          <div className="view-controls">
            <RowsToggle value={onlyPriorityRows} onChange={setOnlyPriorityRows} />
          </div>
        </>
      )}
      <FeatureCardList
        {...props}
        onlyPriorityRows={props.showPriorities && onlyPriorityRows}
        cardHeadingLevel={3}
      />
      <ComparisonCopy
        rows={visibleFeatureRows(
          FEATURE_ROWS,
          props.weightedCriteria,
          props.showPriorities && onlyPriorityRows,
        )}
        frameworks={ordered}
      />
      {corrections.length > 0 && (
        <details className="corrections">
          <summary>What we corrected from the common comparison table</summary>
          <ul>
            {corrections.map((row) => (
              <li key={row.id}>
                <strong>{row.label}:</strong> {row.correction}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
