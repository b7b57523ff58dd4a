import { useId } from 'react';
import type { BenchCase, BenchRow } from '../domain/bench-results';
import { milliseconds, rate, ratio } from '../domain/bench-text';
import { FRAMEWORK_NAMES } from '../domain/frameworks';
import { frameworkPatternId, FrameworkSwatch } from '../ui/framework-key';

/** One run's figures for a case, and what to call the run: "Reference", "Your run". */
export interface Panel {
  readonly title: string;
  /** Absent when the run did not measure this test at this concurrency. */
  readonly entry?: BenchCase;
}

/** A horizontal bar for throughput, as a share of the best (1 = full width). Decorative. */
function ThroughputBar({ row }: { row: BenchRow }) {
  return (
    <svg className="perf-bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
      <rect className="perf-bar__track" x="0" y="0" width="100" height="10" rx="2" />
      <rect
        x="0"
        y="0"
        width={Math.max(0.5, row.ratio * 100)}
        height="10"
        rx="2"
        fill={`url(#${frameworkPatternId(row.framework)})`}
      />
    </svg>
  );
}

/**
 * A tick for p99 latency on a track from 0 to the slowest p99 in the panel, with a dot for p50:
 * a long tail shows as a tick far right of its dot. Decorative.
 */
function LatencyTick({ row, slowest }: { row: BenchRow; slowest: number }) {
  const at = (ms: number) => (slowest > 0 ? Math.min(100, (ms / slowest) * 100) : 0);
  return (
    <svg className="perf-tick" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
      <line className="perf-tick__track" x1="0" y1="5" x2="100" y2="5" />
      <rect
        className="perf-tick__p50"
        x={Math.max(0, at(row.p50Ms) - 1)}
        y="3"
        width="2"
        height="4"
      />
      <rect
        className="perf-tick__p99"
        x={Math.max(0, at(row.p99Ms) - 0.75)}
        y="0"
        width="1.5"
        height="10"
      />
    </svg>
  );
}

function ChartPanel({ panel }: { panel: Panel }) {
  const { entry } = panel;
  return (
    <div className="perf-panel">
      <p className="perf-panel__title">{panel.title}</p>
      {entry ? (
        <div className="perf-chart">
          <span className="perf-chart__head">Throughput (requests per second)</span>
          <span className="perf-chart__head">Latency: p99 tick, p50 dot</span>
          {entry.rows.map((row) => {
            const slowest = Math.max(...entry.rows.map((r) => r.p99Ms));
            return (
              <div key={row.framework} className="perf-chart__row">
                <span className="perf-chart__name">
                  <FrameworkSwatch id={row.framework} />
                  {FRAMEWORK_NAMES[row.framework]}
                </span>
                <span className="perf-chart__cell">
                  <ThroughputBar row={row} />
                  <span className="perf-chart__figure">
                    {rate(row.requestsPerSecond)}{' '}
                    <span className="perf-chart__ratio">
                      {row.framework === entry.best ? 'best' : ratio(row.ratio)}
                    </span>
                  </span>
                </span>
                <span className="perf-chart__cell">
                  <LatencyTick row={row} slowest={slowest} />
                  <span className="perf-chart__figure">p99 {milliseconds(row.p99Ms)}</span>
                </span>
                {row.errors > 0 && (
                  <span className="perf-chart__errors">
                    {row.errors.toLocaleString('en-US')} failed of{' '}
                    {(row.requests + row.errors).toLocaleString('en-US')}
                  </span>
                )}
              </div>
            );
          })}
        </div>
      ) : (
        <p className="perf-panel__missing">Not measured in this run.</p>
      )}
    </div>
  );
}

/**
 * One test at one concurrency: a chart per run side by side (bars for throughput as a share of
 * that run's best, ticks for p99), and the same figures as a table for screen readers. Each
 * run's chart has its own scale: runs on different machines compare by their ratios.
 */
export function ResultsFigure({ caption, panels }: { caption: string; panels: readonly Panel[] }) {
  const measured = panels.filter((panel) => panel.entry);
  const captionId = useId();
  return (
    <figure className="perf-figure" aria-labelledby={captionId}>
      <figcaption id={captionId}>{caption}</figcaption>
      <div
        className={`perf-figure__panels perf-figure__panels--${panels.length}`}
        aria-hidden="true"
      >
        {panels.map((panel) => (
          <ChartPanel key={panel.title} panel={panel} />
        ))}
      </div>
      {/* A table's width follows its content whatever its own width says: the wrapper hides it. */}
      <div className="visually-hidden">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Run</th>
              <th scope="col">Framework</th>
              <th scope="col">Requests per second</th>
              <th scope="col">Ratio to the best</th>
              <th scope="col">p50 latency</th>
              <th scope="col">p99 latency</th>
              <th scope="col">Failed requests</th>
            </tr>
          </thead>
          <tbody>
            {measured.flatMap(({ title, entry }) =>
              (entry?.rows ?? []).map((row) => (
                <tr key={`${title}-${row.framework}`}>
                  <td>{title}</td>
                  <th scope="row">{FRAMEWORK_NAMES[row.framework]}</th>
                  <td>{rate(row.requestsPerSecond)}</td>
                  <td>{row.framework === entry?.best ? 'best' : ratio(row.ratio)}</td>
                  <td>{milliseconds(row.p50Ms)}</td>
                  <td>{milliseconds(row.p99Ms)}</td>
                  <td>{row.errors.toLocaleString('en-US')}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
