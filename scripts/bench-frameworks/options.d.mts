export interface KitOptions {
  help: boolean;
  quick: boolean;
  db: 'postgresql' | 'sqlite';
  rounds: number;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number[];
  out: string;
  serve: boolean;
  listen: string;
  target: { host: string; port: number; href: string } | undefined;
  portBase: number;
}
export declare const FULL: {
  rounds: number;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number[];
};
export declare const QUICK: typeof FULL;
export declare const USAGE: string;
export declare function readOptions(
  argv: string[],
  env?: Record<string, string | undefined>,
): KitOptions;
