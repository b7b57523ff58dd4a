/**
 * The score breakdown: what each criterion contributed to each framework's score, as a chart of
 * bars and, folded below it, a table of the same numbers.
 *
 * The chart is hand-drawn SVG rather than a chart library (visx, Recharts, Chart.js): a few
 * proportional bars need no scales, axes or animation, SVG attributes keep the page's policy free
 * of inline styles, the result chunk stays small, and the numbers are text and a real table, so
 * assistive technology reads what a generated chart would hide in a canvas or a drawing.
 */
import { useId, useState } from 'react';
import { FRAMEWORK_NAMES, type FrameworkId } from '../domain/frameworks';
import type { ResultReport } from '../domain/result-report';
import type { BreakdownRow } from '../domain/score-breakdown';
import { FrameworkSwatch, frameworkPatternId } from '../ui/framework-key';
import './result-tools.css';

/** Rows shown before "Show all": enough for any answered set but the general view's 22. */
const INITIAL_ROWS = 8;

function percent(value: number, of: number): string {
  return of === 0 ? '0%' : `${((100 * value) / of).toFixed(2)}%`;
}

function Bar({ id, row, scale }: { id: FrameworkId; row: BreakdownRow; scale: number }) {
  const { points, rating } = row.cells[id];
  return (
    <li className="breakdown__bar">
      <span className="breakdown__name">
        <FrameworkSwatch id={id} />
        {FRAMEWORK_NAMES[id]}
      </span>
      <svg className="breakdown__svg" aria-hidden="true" focusable="false">
        <rect
          className="breakdown__track"
          x="0.5"
          y="0.5"
          width={percent(row.maxPoints, scale)}
          height="90%"
        />
        <rect
          className="breakdown__fill"
          x="0.5"
          y="0.5"
          width={percent(points, scale)}
          height="90%"
          fill={`url(#${frameworkPatternId(id)})`}
        />
      </svg>
      <span className="breakdown__value">
        {points}
        <span className="breakdown__max"> of {row.maxPoints}</span>
        <span className="visually-hidden"> points, rated {rating} of 3</span>
      </span>
    </li>
  );
}

/**
 * Why, as a picture: each weighted criterion, heaviest first, with the points each framework earns
 * on it (rating × weight) against the most it could earn. The bars take each framework's colour
 * and pattern from the page's one key (ui/framework-key), as the ranking's score bars do. Every bar shares one scale, so heavier
 * criteria have longer tracks. The bars are decorative SVG; the text beside them (and the table
 * under them) carries the same numbers for screen readers and print.
 */
export function ScoreBreakdownSection({ report }: { report: ResultReport }) {
  const { breakdown } = report;
  const [showAll, setShowAll] = useState(false);
  const listId = useId();

  return (
    <section className="breakdown" id="points" aria-labelledby="breakdown-heading">
      <h3 id="breakdown-heading">Where the points come from</h3>
      <p>
        {report.weights.generalView
          ? 'Every framework criterion weighs the same until you state priorities.'
          : 'The criteria your answers weighted, heaviest first.'}{' '}
        Each bar is the points a framework earns on a criterion (its rating of 0 to 3 times the
        weight); the outline is the most it could earn. A score is all its points as a share of the
        most possible ({breakdown.maxPoints}).
      </p>
      <ol className="breakdown__list" id={listId}>
        {breakdown.rows.map((row, index) => (
          // Rows past the first few stay in the page, hidden, so print can show them all.
          <li
            key={row.criterion.id}
            className={
              index < INITIAL_ROWS ? 'breakdown__row' : 'breakdown__row breakdown__row--extra'
            }
            hidden={index >= INITIAL_ROWS && !showAll}
          >
            <p className="breakdown__criterion">
              <span className="breakdown__label">{row.criterion.label}</span>{' '}
              <span className="breakdown__weight">
                weight {row.weight}
                {row.mustHave && <span className="tag tag--must">must-have</span>}
              </span>
            </p>
            <ul className="breakdown__bars">
              {breakdown.frameworks.map((id) => (
                <Bar key={id} id={id} row={row} scale={breakdown.largestRowMax} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {breakdown.rows.length > INITIAL_ROWS && (
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={showAll}
          aria-controls={listId}
          onClick={() => setShowAll((value) => !value)}
        >
          {showAll ? 'Show fewer criteria' : `Show all ${breakdown.rows.length} criteria`}
        </button>
      )}
      <details className="breakdown__details">
        <summary>The same numbers as a table</summary>
        <div className="table-scroll">
          <table className="comparison-table breakdown-table stacked-table">
            <caption>Points per criterion: rating (0 to 3) × weight</caption>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Weight</th>
                {breakdown.frameworks.map((id) => (
                  <th key={id} scope="col">
                    {FRAMEWORK_NAMES[id]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {breakdown.rows.map((row) => (
                <tr key={row.criterion.id}>
                  <th scope="row">
                    {row.criterion.label}
                    {row.mustHave && ' (must-have)'}
                  </th>
                  <td data-label="Weight">{row.weight}</td>
                  {breakdown.frameworks.map((id) => (
                    <td key={id} data-label={FRAMEWORK_NAMES[id]}>
                      {row.cells[id].points} of {row.maxPoints} (rated {row.cells[id].rating})
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total and score</th>
                <td data-label="Weight">{breakdown.maxPoints / 3}</td>
                {breakdown.frameworks.map((id) => (
                  <td key={id} data-label={FRAMEWORK_NAMES[id]}>
                    {breakdown.totals[id].points} of {breakdown.maxPoints}:{' '}
                    {breakdown.totals[id].score} / 100
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      </details>
    </section>
  );
}
