/**
 * The kit's command line (`npm run bench:frameworks -- [options]`), read with node:util's
 * parseArgs into plain settings. Pure, so the defaults are tested without running anything.
 */
import { parseArgs } from 'node:util';
import { KitError } from './cleanup.mjs';

/** A full run: what the reference run on /performance used. */
export const FULL = { rounds: 5, durationSeconds: 10, warmupSeconds: 5, connections: [16, 256] };
/** `--quick`: proves the kit works end to end in about a second per run; never for conclusions. */
export const QUICK = { rounds: 1, durationSeconds: 1, warmupSeconds: 1, connections: [16, 256] };

export const USAGE = `Usage: npm run bench:frameworks -- [options]

Measures Django, Flask and FastAPI on four tests (plain JSON, one row through the ORM, a
validated JSON body, a call to a slow upstream) with wrk, and writes results.json.

  --quick              about a second per run, one round (proves the kit works; CI runs it)
  --db postgresql|sqlite
                       the database (default postgresql: Debian's server, started by the kit)
  --rounds N           rounds, interleaved across frameworks (default ${FULL.rounds})
  --duration S         seconds per measured run (default ${FULL.durationSeconds})
  --warmup S           seconds of unmeasured load per framework and test first (default ${FULL.warmupSeconds})
  --connections A,B    concurrency levels (default ${FULL.connections.join(',')})
  --out FILE           where to write the results (default bench/results.json,
                       bench/results-quick.json with --quick)
  --serve              start the servers and wait, for a load generator on another machine
  --listen HOST        the address --serve binds (default 127.0.0.1; e.g. 0.0.0.0)
  --target URL         measure servers another machine runs with --serve (URL of its first app
                       port, e.g. http://10.0.0.5:9610): only the load generator runs here
  --help               this text

Ports: 9600 + E2E_PORT_OFFSET and up. Python: BENCH_PYTHON, else python3.11, else python3.`;

function positive(value, name, { integer }) {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number))) {
    throw new KitError(
      `--${name} needs a positive ${integer ? 'whole ' : ''}number, not "${value}"`,
    );
  }
  return number;
}

/**
 * The run's settings from its arguments and environment.
 * @param {string[]} argv arguments after the script's name
 * @param {Record<string, string | undefined>} env
 */
export function readOptions(argv, env = {}) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        quick: { type: 'boolean', default: false },
        db: { type: 'string', default: 'postgresql' },
        rounds: { type: 'string' },
        duration: { type: 'string' },
        warmup: { type: 'string' },
        connections: { type: 'string' },
        out: { type: 'string' },
        serve: { type: 'boolean', default: false },
        listen: { type: 'string', default: '127.0.0.1' },
        target: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    throw new KitError(`${error.message}\n\n${USAGE}`);
  }
  const base = parsed.quick ? QUICK : FULL;
  const db = parsed.db === 'postgres' ? 'postgresql' : parsed.db;
  if (db !== 'postgresql' && db !== 'sqlite') {
    throw new KitError(`--db is postgresql or sqlite, not "${parsed.db}"`);
  }
  if (parsed.serve && parsed.target) {
    throw new KitError(
      '--serve runs the servers, --target the load generator: use one per machine',
    );
  }
  let target;
  if (parsed.target !== undefined) {
    try {
      target = new URL(parsed.target);
    } catch {
      throw new KitError(
        `--target needs a URL such as http://10.0.0.5:9610, not "${parsed.target}"`,
      );
    }
    if (target.protocol !== 'http:' || target.port === '') {
      throw new KitError(`--target needs an http URL with a port, such as http://10.0.0.5:9610`);
    }
  }
  const connections =
    parsed.connections === undefined
      ? base.connections
      : parsed.connections
          .split(',')
          .map((level) => positive(level.trim(), 'connections', { integer: true }));
  const offset = Number(env.E2E_PORT_OFFSET ?? 0);
  if (!Number.isInteger(offset) || offset < 0) {
    throw new KitError(`E2E_PORT_OFFSET must be a whole number, not "${env.E2E_PORT_OFFSET}"`);
  }
  return {
    help: parsed.help,
    quick: parsed.quick,
    db,
    rounds:
      parsed.rounds === undefined
        ? base.rounds
        : positive(parsed.rounds, 'rounds', { integer: true }),
    durationSeconds:
      parsed.duration === undefined
        ? base.durationSeconds
        : positive(parsed.duration, 'duration', { integer: true }),
    warmupSeconds:
      parsed.warmup === undefined
        ? base.warmupSeconds
        : positive(parsed.warmup, 'warmup', { integer: true }),
    connections: [...new Set(connections)].sort((a, b) => a - b),
    out: parsed.out ?? (parsed.quick ? 'bench/results-quick.json' : 'bench/results.json'),
    serve: parsed.serve,
    listen: parsed.listen,
    target: target
      ? { host: target.hostname, port: Number(target.port), href: target.href }
      : undefined,
    portBase: 9600 + offset,
  };
}
