/**
 * What the kit prints: a progress line per run and, at the end, a table per test with each
 * framework's median throughput, latencies, errors and ratio to the best. Pure formatting.
 */

const NAMES = { django: 'Django', fastapi: 'FastAPI', flask: 'Flask' };

/** `12,345` for throughput; one decimal below 100. */
export function formatRate(value) {
  return value >= 100
    ? Math.round(value).toLocaleString('en-US')
    : value.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

/** Milliseconds with three significant digits: `0.412`, `12.3`, `1,234`. */
export function formatMs(value) {
  if (value >= 1000) return Math.round(value).toLocaleString('en-US');
  return Number(value.toPrecision(3)).toString();
}

/** `0.52×`; the best is `1.00×`. */
export function formatRatio(ratio) {
  return `${ratio.toFixed(2)}×`;
}

/** `2m 05s` from milliseconds. */
export function formatDuration(ms) {
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes}m ${String(seconds % 60).padStart(2, '0')}s` : `${seconds}s`;
}

/** The progress line of one measured run. */
export function progressLine({ index, total, rounds, run }) {
  const width = String(total).length;
  const errors = Object.values(run.errors).reduce((sum, n) => sum + n, 0);
  return [
    `[${String(index).padStart(width)}/${total}]`,
    `round ${run.round}/${rounds}`,
    run.test.padEnd(8),
    `${String(run.connections).padStart(4)} conn`,
    NAMES[run.framework].padEnd(7),
    `${formatRate(run.requestsPerSecond).padStart(8)} req/s`,
    `p50 ${formatMs(run.latencyMs.p50).padStart(6)} ms`,
    `p99 ${formatMs(run.latencyMs.p99).padStart(6)} ms`,
    `${errors} errors`,
    `load ${run.loadAverage.toFixed(1)}`,
  ].join('  ');
}

function table(header, rows) {
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((row) => row[i].length)),
  );
  const line = (cells) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ');
  return [line(header), ...rows.map(line)].map((l) => `  ${l}`).join('\n');
}

/**
 * The tables of a run, one per test and concurrency, from `summarizeRuns` (src/domain/
 * bench-results.ts), with each test's label and each framework's version notes.
 * @param {import('../../src/domain/bench-results').BenchCase[]} cases
 * @param {Record<string, { label: string }>} tests
 */
export function resultTables(cases, tests) {
  return cases
    .map((entry) => {
      const rows = entry.rows.map((row) => [
        NAMES[row.framework],
        formatRate(row.requestsPerSecond),
        row.framework === entry.best ? 'best' : formatRatio(row.ratio),
        formatMs(row.p50Ms),
        formatMs(row.p99Ms),
        row.errors.toLocaleString('en-US'),
      ]);
      return `${tests[entry.test].label}, ${entry.connections} connections\n${table(
        ['framework', 'req/s', 'ratio', 'p50 ms', 'p99 ms', 'errors'],
        rows,
      )}`;
    })
    .join('\n\n');
}
