/**
 * The results format of the framework benchmark kit (`npm run bench:frameworks`, which writes a
 * `results.json`), read back here: checking an untrusted file, the medians and ratios its tables
 * and charts show. The kit and the /performance page both use this module, so a file the kit
 * writes is always one the page reads. Pure: plain data in, plain data out, never throws.
 */
import { FRAMEWORK_IDS, type FrameworkId } from './frameworks';

/** What a results file says it is, in its `format` field. */
export const BENCH_RESULTS_FORMAT = 'python-framework-picker/bench-results';
/** The newest version of the format this code reads and writes. */
export const BENCH_RESULTS_VERSION = 1;

/** The four tests, in the order the kit runs and the page shows them. */
export const BENCH_TEST_IDS = ['json', 'db', 'validate', 'upstream'] as const;
export type BenchTestId = (typeof BENCH_TEST_IDS)[number];

/** Failed requests of one run, as wrk counts them (`status`: answers other than 2xx or 3xx). */
export interface BenchErrors {
  readonly connect: number;
  readonly read: number;
  readonly write: number;
  readonly status: number;
  readonly timeout: number;
}

/** One measured run: one framework, one test, one concurrency, one round. */
export interface BenchRun {
  /** From 1. */
  readonly round: number;
  readonly test: BenchTestId;
  /** Open connections the load generator keeps busy. */
  readonly connections: number;
  readonly framework: FrameworkId;
  /** Requests completed in the run. */
  readonly requests: number;
  readonly durationSeconds: number;
  readonly requestsPerSecond: number;
  readonly latencyMs: {
    readonly p50: number;
    readonly p90: number;
    readonly p99: number;
    readonly max: number;
    readonly mean: number;
  };
  readonly errors: BenchErrors;
  /** The machine's one-minute load average as the run started. */
  readonly loadAverage: number;
}

/** A package whose version the app's release table names, and the version the run installed. */
export interface BenchPin {
  readonly package: string;
  /** The release table's version. */
  readonly table: string;
  /** The version measured: the table's, or the newest the package index had when it lacked it. */
  readonly measured: string;
}

/** One server process tree: the command that ran it and the tests it answered. */
export interface BenchServer {
  readonly tests: readonly BenchTestId[];
  /** The command line, as a reader would type it. */
  readonly command: string;
  /** Worker processes; 0 when unknown (servers on another machine, `--target`). */
  readonly workers: number;
}

export interface BenchFramework {
  readonly id: FrameworkId;
  readonly servers: readonly BenchServer[];
  /** Every package installed in its virtualenv, by name. */
  readonly packages: Readonly<Record<string, string>>;
  readonly pins: readonly BenchPin[];
}

export interface BenchEnvironment {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly os: string;
  readonly node: string;
  readonly python: string;
  /** One-, five- and fifteen-minute load averages before the first run and after the last. */
  readonly loadAverage: { readonly start: readonly number[]; readonly end: readonly number[] };
  readonly database: { readonly engine: 'postgresql' | 'sqlite'; readonly version: string };
  readonly loadGenerator: {
    readonly name: string;
    readonly version: string;
    readonly threads: number;
    /** Whether the load generator ran on the servers' machine (`--target` runs it elsewhere). */
    readonly sameMachine: boolean;
  };
}

export interface BenchSettings {
  readonly quick: boolean;
  readonly rounds: number;
  readonly durationSeconds: number;
  readonly warmupSeconds: number;
  readonly connections: readonly number[];
  readonly upstreamDelayMs: number;
  readonly timeoutSeconds: number;
}

export interface BenchResults {
  readonly format: typeof BENCH_RESULTS_FORMAT;
  readonly version: number;
  /** The command that made the file. */
  readonly command: string;
  /** ISO 8601 times. */
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly environment: BenchEnvironment;
  readonly settings: BenchSettings;
  readonly frameworks: readonly BenchFramework[];
  readonly runs: readonly BenchRun[];
}

/** What reading a file gave: the results, or one sentence on what is wrong with it. */
export type BenchResultsReading =
  | { readonly ok: true; readonly results: BenchResults; readonly ignored: readonly string[] }
  | { readonly ok: false; readonly message: string };

const NOT_RESULTS = 'This is not a results file from npm run bench:frameworks';
/** Longest string accepted anywhere in a file: enough for any command line or CPU name. */
const MAX_TEXT = 2000;

/** A problem at a path in the file, e.g. `runs[3].requestsPerSecond`. */
class Problem {
  constructor(readonly text: string) {}
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown, where: string): Json {
  if (!isRecord(value)) throw new Problem(`${where} is not an object`);
  return value;
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new Problem(`${where} is not text`);
  if (value.length > MAX_TEXT) throw new Problem(`${where} is longer than ${MAX_TEXT} characters`);
  return value;
}

function count(value: unknown, where: string, min = 0): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    throw new Problem(`${where} is not a number of at least ${min}`);
  }
  return value;
}

function whole(value: unknown, where: string, min = 0): number {
  const number = count(value, where, min);
  if (!Number.isInteger(number)) throw new Problem(`${where} is not a whole number`);
  return number;
}

function list(value: unknown, where: string, max = 100_000): unknown[] {
  if (!Array.isArray(value)) throw new Problem(`${where} is not a list`);
  if (value.length > max) throw new Problem(`${where} has more than ${max} entries`);
  return value;
}

function isFramework(value: unknown): value is FrameworkId {
  return (FRAMEWORK_IDS as readonly unknown[]).includes(value);
}

function isTest(value: unknown): value is BenchTestId {
  return (BENCH_TEST_IDS as readonly unknown[]).includes(value);
}

function readEnvironment(value: unknown): BenchEnvironment {
  const env = record(value, 'environment');
  const load = record(env.loadAverage, 'environment.loadAverage');
  const database = record(env.database, 'environment.database');
  const generator = record(env.loadGenerator, 'environment.loadGenerator');
  const engine = database.engine;
  if (engine !== 'postgresql' && engine !== 'sqlite') {
    throw new Problem('environment.database.engine is neither postgresql nor sqlite');
  }
  const averages = (where: string, raw: unknown) =>
    list(raw, where, 3).map((entry, index) => count(entry, `${where}[${index}]`));
  if (typeof generator.sameMachine !== 'boolean') {
    throw new Problem('environment.loadGenerator.sameMachine is neither true nor false');
  }
  return {
    cpu: text(env.cpu, 'environment.cpu'),
    cores: whole(env.cores, 'environment.cores', 1),
    memoryGb: count(env.memoryGb, 'environment.memoryGb'),
    os: text(env.os, 'environment.os'),
    node: text(env.node, 'environment.node'),
    python: text(env.python, 'environment.python'),
    loadAverage: {
      start: averages('environment.loadAverage.start', load.start),
      end: averages('environment.loadAverage.end', load.end),
    },
    database: { engine, version: text(database.version, 'environment.database.version') },
    loadGenerator: {
      name: text(generator.name, 'environment.loadGenerator.name'),
      version: text(generator.version, 'environment.loadGenerator.version'),
      threads: whole(generator.threads, 'environment.loadGenerator.threads', 1),
      sameMachine: generator.sameMachine,
    },
  };
}

function readSettings(value: unknown): BenchSettings {
  const settings = record(value, 'settings');
  if (typeof settings.quick !== 'boolean') {
    throw new Problem('settings.quick is neither true nor false');
  }
  return {
    quick: settings.quick,
    rounds: whole(settings.rounds, 'settings.rounds', 1),
    durationSeconds: count(settings.durationSeconds, 'settings.durationSeconds'),
    warmupSeconds: count(settings.warmupSeconds, 'settings.warmupSeconds'),
    connections: list(settings.connections, 'settings.connections', 20).map((entry, index) =>
      whole(entry, `settings.connections[${index}]`, 1),
    ),
    upstreamDelayMs: count(settings.upstreamDelayMs, 'settings.upstreamDelayMs'),
    timeoutSeconds: count(settings.timeoutSeconds, 'settings.timeoutSeconds'),
  };
}

function readFramework(value: unknown, where: string): BenchFramework | undefined {
  const framework = record(value, where);
  if (!isFramework(framework.id)) return undefined;
  const packages = record(framework.packages, `${where}.packages`);
  return {
    id: framework.id,
    servers: list(framework.servers, `${where}.servers`, 10).map((raw, index) => {
      const at = `${where}.servers[${index}]`;
      const server = record(raw, at);
      return {
        tests: list(server.tests, `${at}.tests`, 10).filter(isTest),
        command: text(server.command, `${at}.command`),
        workers: whole(server.workers, `${at}.workers`),
      };
    }),
    packages: Object.fromEntries(
      Object.entries(packages)
        .slice(0, 500)
        .map(([name, version]) => [name, text(version, `${where}.packages.${name}`)]),
    ),
    pins: list(framework.pins, `${where}.pins`, 50).map((raw, index) => {
      const at = `${where}.pins[${index}]`;
      const pin = record(raw, at);
      return {
        package: text(pin.package, `${at}.package`),
        table: text(pin.table, `${at}.table`),
        measured: text(pin.measured, `${at}.measured`),
      };
    }),
  };
}

function readRun(value: unknown, where: string): BenchRun | undefined {
  const run = record(value, where);
  if (!isFramework(run.framework) || !isTest(run.test)) return undefined;
  const latency = record(run.latencyMs, `${where}.latencyMs`);
  const errors = record(run.errors, `${where}.errors`);
  return {
    round: whole(run.round, `${where}.round`, 1),
    test: run.test,
    connections: whole(run.connections, `${where}.connections`, 1),
    framework: run.framework,
    requests: whole(run.requests, `${where}.requests`),
    durationSeconds: count(run.durationSeconds, `${where}.durationSeconds`),
    requestsPerSecond: count(run.requestsPerSecond, `${where}.requestsPerSecond`),
    latencyMs: {
      p50: count(latency.p50, `${where}.latencyMs.p50`),
      p90: count(latency.p90, `${where}.latencyMs.p90`),
      p99: count(latency.p99, `${where}.latencyMs.p99`),
      max: count(latency.max, `${where}.latencyMs.max`),
      mean: count(latency.mean, `${where}.latencyMs.mean`),
    },
    errors: {
      connect: whole(errors.connect, `${where}.errors.connect`),
      read: whole(errors.read, `${where}.errors.read`),
      write: whole(errors.write, `${where}.errors.write`),
      status: whole(errors.status, `${where}.errors.status`),
      timeout: whole(errors.timeout, `${where}.errors.timeout`),
    },
    loadAverage: count(run.loadAverage, `${where}.loadAverage`),
  };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Checks a parsed results file. Never throws: anything that is not a results file of a version
 * this code reads gives `{ ok: false, message }`, one sentence for a person. Frameworks and tests
 * this code does not know (a newer kit's) are left out and named in `ignored`.
 */
export function readBenchResults(value: unknown): BenchResultsReading {
  if (!isRecord(value) || value.format !== BENCH_RESULTS_FORMAT) {
    return {
      ok: false,
      message: `${NOT_RESULTS}: it has no "format": "${BENCH_RESULTS_FORMAT}".`,
    };
  }
  if (typeof value.version !== 'number' || !Number.isInteger(value.version) || value.version < 1) {
    return { ok: false, message: `${NOT_RESULTS}: its "version" is not a whole number.` };
  }
  if (value.version > BENCH_RESULTS_VERSION) {
    return {
      ok: false,
      message: `This results file is format version ${value.version}, made by a newer kit than this page reads (version ${BENCH_RESULTS_VERSION}).`,
    };
  }
  try {
    const rawFrameworks = list(value.frameworks, 'frameworks', 20);
    const frameworks = rawFrameworks
      .map((raw, index) => readFramework(raw, `frameworks[${index}]`))
      .filter((entry): entry is BenchFramework => entry !== undefined);
    const rawRuns = list(value.runs, 'runs');
    const runs = rawRuns
      .map((raw, index) => readRun(raw, `runs[${index}]`))
      .filter((entry): entry is BenchRun => entry !== undefined);
    if (runs.length === 0)
      throw new Problem('runs holds no run of a framework and test this page knows');
    const ignored: string[] = [];
    if (frameworks.length < rawFrameworks.length) {
      ignored.push(
        plural(rawFrameworks.length - frameworks.length, 'unknown framework', 'unknown frameworks'),
      );
    }
    if (runs.length < rawRuns.length) {
      ignored.push(
        plural(
          rawRuns.length - runs.length,
          'run of an unknown framework or test',
          'runs of unknown frameworks or tests',
        ),
      );
    }
    return {
      ok: true,
      results: {
        format: BENCH_RESULTS_FORMAT,
        version: value.version,
        command: text(value.command, 'command'),
        startedAt: text(value.startedAt, 'startedAt'),
        finishedAt: text(value.finishedAt, 'finishedAt'),
        environment: readEnvironment(value.environment),
        settings: readSettings(value.settings),
        frameworks,
        runs,
      },
      ignored,
    };
  } catch (error) {
    if (error instanceof Problem) {
      return { ok: false, message: `${NOT_RESULTS}: ${error.text}.` };
    }
    return { ok: false, message: `${NOT_RESULTS}: it could not be read.` };
  }
}

/** `readBenchResults` for a file's text, which may not even be JSON. */
export function parseBenchResults(source: string): BenchResultsReading {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return { ok: false, message: `${NOT_RESULTS}: it is not JSON.` };
  }
  return readBenchResults(value);
}

/** The median of `values` (the mean of the middle two for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Every failed request of a run, whatever the kind. */
export function totalErrors(errors: BenchErrors): number {
  return errors.connect + errors.read + errors.write + errors.status + errors.timeout;
}

/** One framework's figures for one test at one concurrency: medians over its rounds. */
export interface BenchRow {
  readonly framework: FrameworkId;
  readonly rounds: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Requests completed and failed, summed over the rounds. */
  readonly requests: number;
  readonly errors: number;
  /** Median requests per second as a share of the best framework's in this case (best: 1). */
  readonly ratio: number;
}

/** One test at one concurrency: a row per framework measured, in the fixed framework order. */
export interface BenchCase {
  readonly test: BenchTestId;
  readonly connections: number;
  readonly rows: readonly BenchRow[];
  /** The framework with the highest median throughput. */
  readonly best: FrameworkId;
}

/** The key a (test, connections) case is found by, e.g. `db@256`. */
export function caseKey(test: BenchTestId, connections: number): string {
  return `${test}@${connections}`;
}

/**
 * The tables of a run: for each test (kit order) and concurrency (ascending), each framework's
 * median throughput and latencies over its rounds, its errors, and its ratio to the best.
 */
export function summarizeRuns(runs: readonly BenchRun[]): BenchCase[] {
  const cases: BenchCase[] = [];
  for (const test of BENCH_TEST_IDS) {
    const levels = [...new Set(runs.filter((run) => run.test === test).map((r) => r.connections))];
    for (const connections of levels.sort((a, b) => a - b)) {
      const rows = FRAMEWORK_IDS.flatMap((framework) => {
        const mine = runs.filter(
          (run) =>
            run.test === test && run.connections === connections && run.framework === framework,
        );
        if (mine.length === 0) return [];
        return [
          {
            framework,
            rounds: mine.length,
            requestsPerSecond: median(mine.map((run) => run.requestsPerSecond)),
            p50Ms: median(mine.map((run) => run.latencyMs.p50)),
            p99Ms: median(mine.map((run) => run.latencyMs.p99)),
            requests: mine.reduce((sum, run) => sum + run.requests, 0),
            errors: mine.reduce((sum, run) => sum + totalErrors(run.errors), 0),
          },
        ];
      });
      const top = Math.max(...rows.map((row) => row.requestsPerSecond));
      const best = rows.find((row) => row.requestsPerSecond === top)?.framework;
      if (!best) continue;
      cases.push({
        test,
        connections,
        best,
        rows: rows.map((row) => ({ ...row, ratio: top > 0 ? row.requestsPerSecond / top : 0 })),
      });
    }
  }
  return cases;
}

/** The version a results file measured for a framework's package, with the table's if it differs. */
export function pinNotes(framework: BenchFramework): string[] {
  return framework.pins
    .filter((pin) => pin.table !== pin.measured)
    .map((pin) => `${pin.package}: table says ${pin.table}, measured ${pin.measured}`);
}
