/**
 * The sentences and figures /performance says about a benchmark run: pure, from the results
 * file alone, so the page, its tests and anything else that quotes a run say the same thing.
 */
import type { BenchCase, BenchFramework, BenchResults, BenchRow } from './bench-results';
import { median, pinNotes, summarizeRuns } from './bench-results';
import { BENCH_TESTS } from './content/bench-tests';
import { formatDay } from './dates';
import { FRAMEWORK_NAMES } from './frameworks';

const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** Requests per second for reading: `12,346`, `87.3`. */
export function rate(value: number): string {
  return value >= 100 ? WHOLE.format(value) : ONE_DECIMAL.format(value);
}

/** Milliseconds for reading, three significant digits: `0.412 ms`, `12.3 ms`, `1,235 ms`. */
export function milliseconds(value: number): string {
  const shown = value >= 1000 ? WHOLE.format(value) : String(Number(value.toPrecision(3)));
  return `${shown} ms`;
}

/** A ratio to the best: `0.52×`. */
export function ratio(value: number): string {
  return `${value.toFixed(2)}×`;
}

/** One framework's row in words: `1,234 requests per second (0.52× the best)`. */
export function rowSummary(row: BenchRow, best: boolean): string {
  const share = best ? 'the best' : `${ratio(row.ratio)} the best`;
  return `${rate(row.requestsPerSecond)} requests per second (${share}), p99 ${milliseconds(row.p99Ms)}`;
}

/**
 * One case in a sentence: who led and how far the others trailed, e.g. `FastAPI led; Flask
 * reached 0.31× its throughput, Django 0.20×.`
 */
export function caseSentence(entry: BenchCase): string {
  const best = FRAMEWORK_NAMES[entry.best];
  const [first, ...rest] = entry.rows
    .filter((row) => row.framework !== entry.best)
    .sort((a, b) => b.ratio - a.ratio)
    .map((row) => ({ name: FRAMEWORK_NAMES[row.framework], row }));
  if (!first) return `${best} alone was measured.`;
  const tail = rest.map(({ name, row }) => `, ${name} ${ratio(row.ratio)}`).join('');
  return `${best} led; ${first.name} reached ${ratio(first.row.ratio)} its throughput${tail}.`;
}

/** The run's figures at its highest concurrency, one sentence per test: the page's summary. */
export function glance(
  results: BenchResults,
): { readonly label: string; readonly connections: number; readonly sentence: string }[] {
  const cases = summarizeRuns(results.runs);
  const top = Math.max(...cases.map((entry) => entry.connections));
  return cases
    .filter((entry) => entry.connections === top)
    .map((entry) => ({
      label: BENCH_TESTS[entry.test].label,
      connections: entry.connections,
      sentence: caseSentence(entry),
    }));
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What kind of run it was, in a line: rounds, durations, concurrency, database. */
export function runMethod(results: BenchResults): string {
  const { settings, environment } = results;
  const levels = settings.connections.join(' and ');
  const database =
    environment.database.engine === 'postgresql' ? 'PostgreSQL' : 'SQLite (embedded)';
  const kind = settings.quick
    ? 'A quick run (--quick: proves the kit works, not for conclusions)'
    : 'A full run';
  return `${kind}: ${plural(settings.rounds, 'round', 'rounds')} of ${settings.durationSeconds} s per framework and test at ${levels} connections, ${database}.`;
}

/** When a run was made, for reading: `7 December 2026`. */
export function runDate(results: BenchResults): string {
  return formatDay(results.startedAt.slice(0, 10));
}

/** The machine in a line: CPU, cores, memory, OS. */
export function runMachine(results: BenchResults): string {
  const { cpu, cores, memoryGb, os } = results.environment;
  return `${cpu}, ${plural(cores, 'core', 'cores')}, ${memoryGb} GB; ${os}`;
}

/** How busy the machine was: the one-minute load average at the start and at the end. */
export function runLoad(results: BenchResults): string {
  const { loadAverage, cores, loadGenerator } = results.environment;
  const start = loadAverage.start[0] ?? 0;
  const end = loadAverage.end[0] ?? 0;
  const where = loadGenerator.sameMachine
    ? 'the load generator ran on the same machine'
    : 'the load generator ran on another machine';
  return `Load average ${ONE_DECIMAL.format(start)} at the start and ${ONE_DECIMAL.format(end)} at the end on ${plural(cores, 'core', 'cores')}; ${where}.`;
}

/**
 * A warning when other work kept the machine busy (a median one-minute load average, over the
 * runs, above its core count): the figures are then lower than a quiet machine gives, and the
 * gaps that need spare CPU shrink. Absent for a quiet run.
 */
export function busyMachineNote(results: BenchResults): string | undefined {
  const load = median(results.runs.map((run) => run.loadAverage));
  const { cores } = results.environment;
  if (load <= cores) return undefined;
  return `Other work kept the machine busy during this run (a median load average of ${ONE_DECIMAL.format(load)} on ${plural(cores, 'core', 'cores')}): every figure is lower than a quiet machine gives, and the gaps that need spare CPU, such as async I/O overlapping its waits, shrink.`;
}

/** How long the run took: `38 min`. */
export function runLength(results: BenchResults): string | undefined {
  const ms = Date.parse(results.finishedAt) - Date.parse(results.startedAt);
  if (!Number.isFinite(ms) || ms < 0) return undefined;
  const minutes = Math.round(ms / 60_000);
  return minutes >= 1 ? `${minutes} min` : `${Math.round(ms / 1000)} s`;
}

/** A framework's main versions and any release-table version it could not install. */
export function frameworkVersions(framework: BenchFramework): string {
  const name = FRAMEWORK_NAMES[framework.id];
  const measured = framework.pins.map((pin) => `${pin.package} ${pin.measured}`).join(', ');
  const notes = pinNotes(framework);
  const differs = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  return measured === '' ? `${name}: versions not recorded` : `${name}: ${measured}${differs}`;
}
