/**
 * Results files for tests, shaped as `npm run bench:frameworks` writes them: a whole run built
 * from per-framework throughput, so each test states only the figures it is about.
 */
import {
  BENCH_RESULTS_FORMAT,
  BENCH_RESULTS_VERSION,
  BENCH_TEST_IDS,
  type BenchRun,
  type BenchTestId,
} from '../../src/domain/bench-results';
import { FRAMEWORK_IDS, type FrameworkId } from '../../src/domain/frameworks';

export function aRun(overrides: Partial<BenchRun> = {}): BenchRun {
  return {
    round: 1,
    test: 'json',
    connections: 16,
    framework: 'django',
    requests: 10_000,
    durationSeconds: 10,
    requestsPerSecond: 1000,
    latencyMs: { p50: 10, p90: 20, p99: 40, max: 80, mean: 12 },
    errors: { connect: 0, read: 0, write: 0, status: 0, timeout: 0 },
    loadAverage: 1.5,
    ...overrides,
  };
}

/** Every test, framework and connection level for `rounds` rounds; throughput from `rate`. */
export function aRunSet(
  rate: (framework: FrameworkId, test: BenchTestId, round: number) => number,
  { rounds = 3, connections = [16, 256] } = {},
): BenchRun[] {
  const runs: BenchRun[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    for (const test of BENCH_TEST_IDS) {
      for (const level of connections) {
        for (const framework of FRAMEWORK_IDS) {
          const requestsPerSecond = rate(framework, test, round);
          runs.push(
            aRun({
              round,
              test,
              connections: level,
              framework,
              requestsPerSecond,
              requests: Math.round(requestsPerSecond * 10),
              latencyMs: {
                p50: 1000 / requestsPerSecond,
                p90: 2000 / requestsPerSecond,
                p99: 4000 / requestsPerSecond,
                max: 8000 / requestsPerSecond,
                mean: 1200 / requestsPerSecond,
              },
            }),
          );
        }
      }
    }
  }
  return runs;
}

/** A whole results file, as JSON-ready data. */
export function aResultsFile(runs: readonly BenchRun[] = aRunSet(() => 1000)) {
  return {
    format: BENCH_RESULTS_FORMAT,
    version: BENCH_RESULTS_VERSION,
    command: 'npm run bench:frameworks',
    startedAt: '2026-12-07T14:00:00.000Z',
    finishedAt: '2026-12-07T14:25:00.000Z',
    environment: {
      cpu: 'Test CPU',
      cores: 2,
      memoryGb: 8,
      os: 'Debian GNU/Linux 12 (bookworm), Linux 6.1',
      node: 'v20.20.2',
      python: '3.11.7 (CPython)',
      loadAverage: { start: [1.2, 1.1, 1], end: [1.5, 1.3, 1.1] },
      database: { engine: 'postgresql', version: 'postgres (PostgreSQL) 15.18' },
      loadGenerator: { name: 'wrk', version: 'wrk 4.1.0', threads: 2, sameMachine: true },
    },
    settings: {
      quick: false,
      rounds: 3,
      durationSeconds: 10,
      warmupSeconds: 5,
      connections: [16, 256],
      upstreamDelayMs: 50,
      timeoutSeconds: 10,
    },
    frameworks: FRAMEWORK_IDS.map((id) => ({
      id,
      servers: [{ tests: [...BENCH_TEST_IDS], command: `server for ${id}`, workers: 2 }],
      packages: { [id]: '1.0.0' },
      pins: [{ package: id, table: '1.0.0', measured: '1.0.0' }],
    })),
    runs,
  };
}
