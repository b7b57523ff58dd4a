/**
 * The load generator: wrk (C, multi-threaded, from Debian's packages), driven by the kit's Lua
 * script (bench/wrk/bench.lua), which prints one machine-readable line when a run ends. The
 * parsing is pure and tested; `runWrk` only spawns.
 */
import { spawn, spawnSync } from 'node:child_process';
import { KitError } from './cleanup.mjs';

const MARK = 'BENCH-RESULT ';

/** wrk's version line, e.g. `wrk debian/4.1.0-3+b2 [epoll]`; a KitError when it is missing. */
export function wrkVersion() {
  const probe = spawnSync('wrk', ['-v'], { encoding: 'utf8' });
  if (probe.error) {
    throw new KitError(
      'wrk, the load generator, is not installed. On Debian or Ubuntu: sudo apt-get install wrk' +
        ' (on macOS: brew install wrk).',
    );
  }
  const line = `${probe.stdout}${probe.stderr}`.split('\n').find((l) => l.startsWith('wrk '));
  return line?.replace(/\s+Copyright.*$/, '').trim() ?? 'wrk (version unknown)';
}

/**
 * The command line for one run; `script` is the path of bench/wrk/bench.lua.
 * @param {{ threads: number, connections: number, durationSeconds: number,
 *   timeoutSeconds: number, script: string, url: string, test: string, arg?: string }} run
 */
export function wrkArgs({
  threads,
  connections,
  durationSeconds,
  timeoutSeconds,
  script,
  url,
  test,
  arg,
}) {
  return [
    '--threads',
    String(Math.min(threads, connections)),
    '--connections',
    String(connections),
    '--duration',
    `${durationSeconds}s`,
    '--timeout',
    `${timeoutSeconds}s`,
    '--script',
    script,
    url,
    '--',
    test,
    ...(arg === undefined ? [] : [arg]),
  ];
}

function wholeNumber(value, name) {
  if (!Number.isInteger(value) || value < 0) throw new Error(`wrk's ${name} is not a count`);
  return value;
}

/**
 * One run's figures from wrk's output: requests, duration, throughput, latency percentiles in
 * milliseconds and errors by kind. Throws when the output holds no result line (wrk failed).
 * @param {string} stdout
 */
export function parseWrkOutput(stdout) {
  const line = stdout.split('\n').find((l) => l.startsWith(MARK));
  if (!line) throw new Error('wrk printed no result line');
  const raw = JSON.parse(line.slice(MARK.length));
  const requests = wholeNumber(raw.requests, 'request count');
  const durationSeconds = wholeNumber(raw.durationUs, 'duration') / 1e6;
  if (durationSeconds <= 0) throw new Error("wrk's duration is zero");
  const ms = (us) => Math.round(us) / 1000;
  const errors = {};
  for (const kind of ['connect', 'read', 'write', 'status', 'timeout']) {
    errors[kind] = wholeNumber(raw.errors?.[kind], `${kind} errors`);
  }
  return {
    requests,
    durationSeconds,
    requestsPerSecond: Math.round((requests / durationSeconds) * 10) / 10,
    latencyMs: {
      p50: ms(raw.latencyUs.p50),
      p90: ms(raw.latencyUs.p90),
      p99: ms(raw.latencyUs.p99),
      max: ms(raw.latencyUs.max),
      mean: ms(raw.latencyUs.mean),
    },
    errors,
  };
}

/** Runs wrk with `args`; resolves with its output, rejects when it fails to run. */
export function runWrk(args) {
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(stdout);
      else
        reject(new Error(`wrk ${signal ?? `exited with ${code}`}: ${`${stderr}${stdout}`.trim()}`));
    });
  });
}
