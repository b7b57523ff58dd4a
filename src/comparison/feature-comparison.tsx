import { useId, type ReactNode } from 'react';
import { isPriorityRow, visibleFeatureRows } from '../domain/comparison-markdown';
import { DATA_DATE_LABEL } from '../domain/content/data-date';
import { FEATURE_ROWS, type FeatureRow } from '../domain/content/feature-rows';
import {
  FRAMEWORK_PROFILES,
  newestReleaseText,
  type FrameworkProfile,
} from '../domain/content/framework-profiles';
import { FRAMEWORK_NAMES, type FrameworkId } from '../domain/frameworks';
import { FrameworkSwatch } from '../ui/framework-key';
import { PerformanceLink } from '../ui/performance-link';
import { SourcesDisclosure } from '../ui/sources-disclosure';
import { useToday } from '../ui/use-today';
import './comparison.css';

export interface FeatureComparisonProps {
  /** Criteria the user's answers weighted; rows about them are marked as priorities. */
  weightedCriteria: readonly string[];
  /** Whether to mark priorities (not in a general view, where nothing was stated). */
  showPriorities: boolean;
  /** The columns, in order: the ranking's order on a result. */
  frameworks: readonly FrameworkId[];
  /** The recommended framework, emphasised. */
  highlight?: FrameworkId;
  /** `h2` on a page of its own, `h3` inside a result section. */
  cardHeadingLevel?: 2 | 3;
  /** Only rows about weighted criteria. */
  onlyPriorityRows?: boolean;
  /** Extra content at the top of a framework's column, e.g. the must-haves that rule it out. */
  cardNotes?: Partial<Record<FrameworkId, ReactNode>>;
}

/** A row's label with its tags, the same in the label column and in each column's own terms. */
function RowLabel({ row, priority }: { row: FeatureRow; priority: boolean }) {
  return (
    <>
      {row.label}
      {/* Spaces between the tags: a narrow label column may break the line between them. */}
      {priority && (
        <>
          {' '}
          <span className="tag tag--priority">Your priority</span>
        </>
      )}
      {row.opinion && (
        <>
          {' '}
          <span className="tag">Opinion</span>
        </>
      )}
    </>
  );
}

/**
 * One cell: the fact, its sources behind a "Sources (n)" disclosure. Every cell of every page
 * renders here, so how a cell shows its sources is decided in one place.
 */
function ComparisonCell({ row, id }: { row: FeatureRow; id: FrameworkId }) {
  const cell = row.cells[id];
  return (
    <>
      <p className="comparison__text">{cell.text}</p>
      {row.details === 'performance' && (
        <p className="comparison__details">
          <PerformanceLink>How it was measured</PerformanceLink>
        </p>
      )}
      <SourcesDisclosure sources={cell.sources} />
    </>
  );
}

/**
 * A card's introduction: the pitch, the newest release dated by its check ("newest release as of
 * 6 Oct 2026", flagged once the check is 90 days old) and the card's notes, each with its sources.
 * Where only the weighted rows show, it folds behind a one-line "About <framework>", as the other
 * rows wait behind "Show all": nothing long opens by default.
 */
function ProfileIntro({ profile, folded }: { profile: FrameworkProfile; folded: boolean }) {
  const today = useToday();
  const release = profile.latestRelease;
  const intro = (
    <>
      <p className="comparison__tagline">{profile.tagline}</p>
      <SourcesDisclosure sources={profile.sources} />
      <p className="comparison__release">Version {newestReleaseText(release, today)}</p>
      <SourcesDisclosure sources={[release.source]} />
      {profile.notes.length > 0 && (
        <ul className="comparison__notes">
          {profile.notes.map((note) => (
            <li key={note.text}>
              {note.text}
              <SourcesDisclosure sources={note.sources} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
  return folded ? (
    <details className="comparison__about">
      <summary>About {profile.name}</summary>
      {intro}
    </details>
  ) : (
    intro
  );
}

/**
 * The side-by-side comparison as an aligned table: a row per feature, a column per framework.
 * Each column is an `<article>` labelled by its heading (docs/contracts.md section 3); CSS subgrid
 * gives the columns one set of rows, so a feature sits at the same height in every column. Where
 * three columns do not fit (a phone, a tablet, a narrow frame: comparison.css asks the
 * comparison's own width), the first framework stays and one other sits beside it, chosen with a
 * switcher: side by side still, the third one tap away, never a sideways strip. The switcher is
 * plain radio inputs that CSS reads (`:has(:checked)`), so it works before the app has started on
 * a prerendered page, and the app keeps no state for it.
 */
export function FeatureComparison({
  weightedCriteria,
  showPriorities,
  frameworks,
  highlight,
  cardHeadingLevel = 3,
  onlyPriorityRows = false,
  cardNotes = {},
}: FeatureComparisonProps) {
  const weighted = new Set(weightedCriteria);
  const rows = visibleFeatureRows(FEATURE_ROWS, weightedCriteria, onlyPriorityRows);
  const Heading = cardHeadingLevel === 2 ? 'h2' : 'h3';
  const switcherName = useId();
  // Where only the weighted rows show, every row is one: no need to mark them.
  const isPriority = (row: FeatureRow) =>
    showPriorities && !onlyPriorityRows && isPriorityRow(row, weighted);
  const [lead, ...others] = frameworks;

  return (
    <div className="comparison">
      {/* The footer stays free of the release table, which the home page's budget cannot carry. */}
      <p className="comparison__as-of">
        Each version number shows when it was last checked; the oldest check is from{' '}
        {DATA_DATE_LABEL}.
      </p>
      {lead && others.length > 1 && (
        // Keyed by the columns, so a new set of frameworks starts from its own default.
        <fieldset className="comparison__switcher" key={frameworks.join(' ')}>
          <legend>Beside {FRAMEWORK_NAMES[lead]}</legend>
          {others.map((id, index) => (
            <label key={id} className="comparison__switch">
              <input type="radio" name={switcherName} value={id} defaultChecked={index === 0} />
              <FrameworkSwatch id={id} />
              {FRAMEWORK_NAMES[id]}
            </label>
          ))}
        </fieldset>
      )}
      <div className={`comparison__grid comparison__grid--${frameworks.length}`}>
        {/* The row labels, once, for sighted readers on wide screens; each column repeats them
            as its own terms for screen readers and for the phone layout. */}
        <div className="comparison__labels" aria-hidden="true">
          <div className="comparison__corner" />
          <div className="comparison__corner" />
          {rows.map((row) => (
            <div
              key={row.id}
              className={
                isPriority(row)
                  ? 'comparison__label comparison__label--priority'
                  : 'comparison__label'
              }
            >
              <RowLabel row={row} priority={isPriority(row)} />
            </div>
          ))}
        </div>
        {frameworks.map((id) => {
          const profile = FRAMEWORK_PROFILES[id];
          const headingId = `card-${id}-heading`;
          const classes = ['comparison__column'];
          if (id === lead) classes.push('comparison__column--lead');
          if (id === highlight) classes.push('comparison__column--highlight');
          return (
            <article
              key={id}
              className={classes.join(' ')}
              data-framework={id}
              aria-labelledby={headingId}
            >
              <header className="comparison__head">
                <Heading id={headingId} className="comparison__name">
                  <FrameworkSwatch id={id} />
                  {profile.name}
                </Heading>
                {id === highlight && <p className="badge">Recommended</p>}
              </header>
              <div className="comparison__intro">
                <ProfileIntro profile={profile} folded={onlyPriorityRows} />
                {cardNotes[id]}
              </div>
              <dl className="comparison__rows">
                {rows.map((row) => (
                  <div
                    key={row.id}
                    className={
                      isPriority(row)
                        ? 'comparison__cell comparison__cell--priority'
                        : 'comparison__cell'
                    }
                  >
                    <dt className="comparison__term">
                      <RowLabel row={row} priority={isPriority(row)} />
                    </dt>
                    <dd>
                      <ComparisonCell row={row} id={id} />
                    </dd>
                  </div>
                ))}
              </dl>
            </article>
          );
        })}
      </div>
    </div>
  );
}
