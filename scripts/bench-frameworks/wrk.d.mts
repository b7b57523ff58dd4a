export interface WrkFigures {
  requests: number;
  durationSeconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  errors: { connect: number; read: number; write: number; status: number; timeout: number };
}
export declare function wrkVersion(): string;
export declare function wrkArgs(run: {
  threads: number;
  connections: number;
  durationSeconds: number;
  timeoutSeconds: number;
  script: string;
  url: string;
  test: string;
  arg?: string;
}): string[];
export declare function parseWrkOutput(stdout: string): WrkFigures;
export declare function runWrk(args: string[]): Promise<string>;
