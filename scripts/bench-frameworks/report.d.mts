import type { BenchCase, BenchRun } from '../../src/domain/bench-results';

export declare function formatRate(value: number): string;
export declare function formatMs(value: number): string;
export declare function formatRatio(ratio: number): string;
export declare function formatDuration(ms: number): string;
export declare function progressLine(input: {
  index: number;
  total: number;
  rounds: number;
  run: BenchRun;
}): string;
export declare function resultTables(
  cases: readonly BenchCase[],
  tests: Record<string, { label: string }>,
): string;
