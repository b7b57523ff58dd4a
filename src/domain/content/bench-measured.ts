import type { BenchTestId } from '../bench-results';
import type { FrameworkId } from '../frameworks';
import { BENCH_TESTS } from './bench-tests';
import { formatDay } from '../dates';

/**
 * What the comparison quotes from the reference benchmark run (src/performance/reference-
 * results.json, shown on /performance): each framework's median throughput as a share of the
 * fastest, per test, at the run's highest concurrency, in whole percent. Kept here, small, so the
 * comparison's chunks do not carry the whole run; a unit test holds these figures to the file, so
 * a new reference run fails it until they are copied over.
 */
export const MEASURED = {
  /** The day the reference run started. */
  date: '2026-12-07',
  connections: 256,
  ratios: {
    json: { django: 14, fastapi: 100, flask: 14 },
    db: { django: 81, fastapi: 100, flask: 78 },
    validate: { django: 18, fastapi: 100, flask: 31 },
    upstream: { django: 85, fastapi: 85, flask: 100 },
  },
} as const satisfies {
  date: string;
  connections: number;
  ratios: Record<BenchTestId, Record<FrameworkId, number>>;
};

/** The criterion the measurements are about: the "raw throughput" rating. */
export const MEASURED_CRITERION = 'raw_throughput';

/**
 * One framework's measurements in a sentence, test by test: `Measured by this project (7 December
 * 2026, 256 connections, share of the fastest): plain JSON 14%, …`.
 */
export function measuredSentence(framework: FrameworkId): string {
  const parts = (Object.keys(MEASURED.ratios) as BenchTestId[]).map((test) => {
    const percent: number = MEASURED.ratios[test][framework];
    return `${BENCH_TESTS[test].inSentence} ${percent === 100 ? 'fastest' : `${percent}%`}`;
  });
  return `Measured by this project (${formatDay(MEASURED.date)}, ${MEASURED.connections} connections, share of the fastest): ${parts.join(', ')}.`;
}
