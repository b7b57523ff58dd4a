#!/usr/bin/env node
/**
 * `npm run bench:frameworks`: Django, Flask and FastAPI measured on this machine, each the way its
 * docs teach (bench/apps/), on four tests: plain JSON, one row through the ORM, a validated JSON
 * body and a call to a slow upstream.
 *
 * It builds a virtualenv per framework (versions from the app's release table), starts a private
 * PostgreSQL (or uses SQLite with --db sqlite), the upstream stub and the servers, checks every
 * endpoint's answer, warms each up, then loads them with wrk in rounds interleaved across the
 * frameworks, printing a line per run. At the end it prints a table per test (medians of the
 * rounds, ratio to the best) and writes results.json (src/domain/bench-results.ts is its format),
 * which /performance can show beside the reference run. Everything it started is stopped and
 * removed however it ends. `--help` lists the options; bench/README.md explains the method.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAppModule } from './lib/load-app-module.mjs';
import { LOADS, checkTest } from './bench-frameworks/checks.mjs';
import { KitError, cleanUpOnSignals, onCleanup, runCleanup } from './bench-frameworks/cleanup.mjs';
import { loadAverages, machine } from './bench-frameworks/environment.mjs';
import { USAGE, readOptions } from './bench-frameworks/options.mjs';
import { startPostgres } from './bench-frameworks/postgres.mjs';
import { runCommand } from './bench-frameworks/run-command.mjs';
import {
  findPython,
  installedPackages,
  prepareVenvs,
  readRequirements,
} from './bench-frameworks/python-env.mjs';
import { formatDuration, progressLine, resultTables } from './bench-frameworks/report.mjs';
import {
  appDir,
  appEnv,
  commandLine,
  serverSpecs,
  startProcess,
  waitUntilIdle,
  waitUntilServing,
} from './bench-frameworks/servers.mjs';
import { parseWrkOutput, runWrk, wrkArgs, wrkVersion } from './bench-frameworks/wrk.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, 'bench', '.cache');
const FRAMEWORKS = ['django', 'fastapi', 'flask'];
const UPSTREAM_DELAY_MS = 50;
/** Generous: a sync server answering the slow upstream at high concurrency queues for seconds. */
const TIMEOUT_SECONDS = 10;

const started = Date.now();
const log = (line) => console.log(`  ${line}`);
/** A phase's heading, with the time since the start (a full run takes a while). */
const heading = (line) => console.log(`\n== ${line} [${formatDuration(Date.now() - started)}]`);

function command(argv) {
  const args = argv.length > 0 ? ` -- ${argv.join(' ')}` : '';
  return `npm run bench:frameworks${args}`;
}

/** Runs a Python script in a virtualenv; resolves with what it printed. */
async function python(venv, args) {
  const output = await runCommand(join(venv, 'bin', 'python'), args, { what: `python ${args[0]}` });
  return output.trim();
}

/** Virtualenvs, database, upstream stub and servers on this machine; returns what was set up. */
async function setUpServers(options, releases, runDir) {
  heading('Python and virtualenvs');
  const { python: interpreter, version: pythonVersion } = findPython();
  log(`Python ${pythonVersion} (${interpreter})`);
  const prepared = await prepareVenvs({
    python: interpreter,
    pythonVersion,
    releases,
    requirements: await readRequirements(join(ROOT, 'bench', 'apps'), FRAMEWORKS),
    cacheDir: CACHE,
    log,
  });
  for (const pin of uniquePins(prepared)) {
    log(
      pin.table === pin.measured
        ? `${pin.package} ${pin.measured} (release table)`
        : `${pin.package}: table says ${pin.table}, measured ${pin.measured} (the package index has no ${pin.table} for this Python)`,
    );
  }
  const venvs = Object.fromEntries(FRAMEWORKS.map((id) => [id, prepared[id].dir]));

  heading(`Database: ${options.db}`);
  let db;
  if (options.db === 'postgresql') {
    db = { engine: 'postgresql', ...(await startPostgres({ port: options.portBase, log })) };
    await python(venvs.django, [
      join(ROOT, 'bench', 'seed.py'),
      'postgresql',
      `host=${db.host} port=${db.port} dbname=${db.database} user=${db.user}`,
    ]).then(log);
  } else {
    const path = join(runDir, 'bench.sqlite3');
    const version = await python(venvs.django, [
      '-c',
      'import sqlite3; print(sqlite3.sqlite_version)',
    ]);
    db = { engine: 'sqlite', path, version: `SQLite ${version}` };
    await python(venvs.django, [join(ROOT, 'bench', 'seed.py'), 'sqlite', path]).then(log);
  }

  heading('Servers');
  const host = options.serve ? options.listen : '127.0.0.1';
  const upstreamPort = options.portBase + 1;
  const upstream = startProcess({
    name: 'upstream stub',
    command: process.execPath,
    args: [
      join(ROOT, 'bench', 'upstream', 'server.mjs'),
      '--port',
      String(upstreamPort),
      '--delay-ms',
      String(UPSTREAM_DELAY_MS),
    ],
    cwd: ROOT,
    env: process.env,
    logFile: join(runDir, 'upstream.log'),
  });
  const upstreamUrl = `http://127.0.0.1:${upstreamPort}/`;
  await waitUntilServing(upstreamUrl, upstream);
  log(`upstream stub on ${upstreamUrl} (answers after ${UPSTREAM_DELAY_MS} ms)`);

  const specs = serverSpecs({ cores: machine().cores, appPort: options.portBase + 10, host });
  const env = appEnv({
    db,
    upstreamUrl,
    secretKey: randomBytes(32).toString('hex'),
    allowedHosts: host === '127.0.0.1' ? '127.0.0.1,localhost' : '*',
  });
  await Promise.all(
    specs.map(async (spec) => {
      const child = startProcess({
        name: spec.key,
        command: join(venvs[spec.framework], 'bin', spec.program),
        args: spec.args,
        cwd: appDir(ROOT, spec.framework),
        env,
        logFile: join(runDir, `${spec.key}.log`),
      });
      await waitUntilServing(`http://127.0.0.1:${spec.port}/json`, child);
      log(`${spec.key.padEnd(11)} ${commandLine(spec)}`);
    }),
  );

  const frameworks = await Promise.all(
    FRAMEWORKS.map(async (id) => ({
      id,
      servers: specs
        .filter((spec) => spec.framework === id)
        .map((spec) => ({ tests: spec.tests, command: commandLine(spec), workers: spec.workers })),
      packages: await installedPackages(venvs[id]),
      pins: prepared[id].pins,
    })),
  );
  return {
    specs,
    frameworks,
    python: `${pythonVersion} (CPython)`,
    database: { engine: db.engine, version: db.version },
  };
}

function uniquePins(resolved) {
  const seen = new Map();
  for (const { pins } of Object.values(resolved))
    for (const pin of pins) seen.set(pin.package, pin);
  return [...seen.values()];
}

/** The server specs of machines a --target run loads: the same layout, on the target's host. */
function remoteSpecs(options) {
  return serverSpecs({ cores: 1, appPort: options.target.port, host: options.target.host });
}

/** The base URL that answers `test` for `framework`. */
function baseUrl(specs, framework, test, host) {
  const spec = specs.find((s) => s.framework === framework && s.tests.includes(test));
  return `http://${host}:${spec.port}`;
}

async function checkAnswers(specs, tests, host) {
  heading('Checking every answer before measuring');
  const problems = [];
  for (const framework of FRAMEWORKS) {
    for (const test of tests) {
      const found = await checkTest(test, baseUrl(specs, framework, test, host), {
        upstreamDelayMs: UPSTREAM_DELAY_MS,
      });
      problems.push(...found.map((problem) => `${framework} ${test}: ${problem}`));
    }
    log(
      `${framework}: ${problems.some((p) => p.startsWith(`${framework} `)) ? 'WRONG' : 'all answers right'}`,
    );
  }
  if (problems.length > 0) {
    throw new KitError(`wrong answers, so nothing was measured:\n  ${problems.join('\n  ')}`);
  }
}

async function measure(options, specs, host, tests) {
  const cores = machine().cores;
  const threads = Math.max(1, Math.min(cores, 4));
  const load = async ({ framework, test, connections, durationSeconds }) => {
    const { path, arg } = LOADS[test];
    const base = baseUrl(specs, framework, test, host);
    const args = wrkArgs({
      threads,
      connections,
      durationSeconds,
      timeoutSeconds: TIMEOUT_SECONDS,
      script: join(ROOT, 'bench', 'wrk', 'bench.lua'),
      url: `${base}${path}`,
      test,
      arg,
    });
    const figures = parseWrkOutput(await runWrk(args));
    await waitUntilIdle(base);
    return figures;
  };

  // Unmeasured, so the three frameworks warm up at once: each opens its connections, fills its
  // caches and runs every code path before anything counts.
  const top = Math.max(...options.connections);
  heading(`Warm-up: ${options.warmupSeconds} s per test at ${top} connections, not measured`);
  for (const [index, test] of tests.entries()) {
    await Promise.all(
      FRAMEWORKS.map((framework) =>
        load({ framework, test, connections: top, durationSeconds: options.warmupSeconds }),
      ),
    );
    log(`warm-up ${index + 1}/${tests.length}: ${test}`);
  }

  const total = options.rounds * tests.length * options.connections.length * FRAMEWORKS.length;
  heading(`Measuring: ${total} runs of ${options.durationSeconds} s, rounds interleaved`);
  const runs = [];
  for (let round = 1; round <= options.rounds; round += 1) {
    for (const test of tests) {
      for (const connections of options.connections) {
        // Each round starts with a different framework, so none is always first after a switch.
        const order = FRAMEWORKS.map((_, i) => FRAMEWORKS[(i + round - 1) % FRAMEWORKS.length]);
        for (const framework of order) {
          const loadAverage = loadAverages()[0];
          const figures = await load({
            framework,
            test,
            connections,
            durationSeconds: options.durationSeconds,
          });
          const run = { round, test, connections, framework, ...figures, loadAverage };
          runs.push(run);
          console.log(progressLine({ index: runs.length, total, rounds: options.rounds, run }));
        }
      }
    }
  }
  return { runs, threads };
}

async function main(argv) {
  const options = readOptions(argv, process.env);
  if (options.help) {
    console.log(USAGE);
    return;
  }
  cleanUpOnSignals();
  const [{ RELEASES }, bench, { BENCH_TESTS }] = await Promise.all([
    loadAppModule('src/domain/content/releases.ts'),
    loadAppModule('src/domain/bench-results.ts'),
    loadAppModule('src/domain/content/bench-tests.ts'),
  ]);
  const tests = [...bench.BENCH_TEST_IDS];
  console.log(
    `bench:frameworks: Django, Flask and FastAPI on ${tests.length} tests, ` +
      (options.serve
        ? `serving for a load generator elsewhere`
        : `${options.rounds} round${options.rounds === 1 ? '' : 's'} of ${options.durationSeconds} s at ${options.connections.join(' and ')} connections`) +
      `${options.quick ? ' (quick: proves the kit works, not for conclusions)' : ''}`,
  );
  const generator = options.serve ? undefined : wrkVersion();
  const loadAtStart = loadAverages();
  const runDir = await mkdtemp(join(tmpdir(), 'bench-frameworks-'));
  onCleanup(() => rm(runDir, { recursive: true, force: true }));

  let setup;
  let specs;
  let host = '127.0.0.1';
  if (options.target) {
    specs = remoteSpecs(options);
    host = options.target.host;
    log(`Measuring servers on ${options.target.href} (started there with --serve)`);
  } else {
    setup = await setUpServers(options, RELEASES, runDir);
    specs = setup.specs;
  }
  await checkAnswers(specs, tests, host);

  if (options.serve) {
    const first = specs[0].port;
    heading('Serving');
    log(`The servers run until Ctrl-C. On the load generator's machine, run:`);
    log(`  npm run bench:frameworks -- --target http://<this machine's address>:${first}`);
    log(
      `(ports ${first}-${first + specs.length - 1}; the upstream stub and the database stay on loopback)`,
    );
    await new Promise(() => {});
  }

  const { runs, threads } = await measure(options, specs, host, tests);
  const finished = new Date();
  const results = {
    format: bench.BENCH_RESULTS_FORMAT,
    version: bench.BENCH_RESULTS_VERSION,
    command: command(argv),
    startedAt: new Date(started).toISOString(),
    finishedAt: finished.toISOString(),
    environment: {
      ...machine(),
      python: setup?.python ?? 'unknown (servers on another machine)',
      loadAverage: { start: loadAtStart, end: loadAverages() },
      database: setup?.database ?? {
        engine: options.db,
        version: 'unknown (on the servers’ machine)',
      },
      loadGenerator: { name: 'wrk', version: generator, threads, sameMachine: !options.target },
    },
    settings: {
      quick: options.quick,
      rounds: options.rounds,
      durationSeconds: options.durationSeconds,
      warmupSeconds: options.warmupSeconds,
      connections: options.connections,
      upstreamDelayMs: UPSTREAM_DELAY_MS,
      timeoutSeconds: TIMEOUT_SECONDS,
    },
    frameworks:
      setup?.frameworks ??
      FRAMEWORKS.map((id) => ({
        id,
        servers: specs
          .filter((spec) => spec.framework === id)
          .map((spec) => ({
            tests: spec.tests,
            command: `${spec.program} (on ${options.target.href})`,
            workers: 0,
          })),
        packages: {},
        pins: [],
      })),
    runs,
  };
  // The file must be one the page reads: check it with the page's own reader before writing.
  const reading = bench.readBenchResults(JSON.parse(JSON.stringify(results)));
  if (!reading.ok)
    throw new Error(`the kit made a results file its reader refuses: ${reading.message}`);
  const out = resolve(ROOT, options.out);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);

  heading('Results: medians of the rounds; ratio = requests per second over the best');
  console.log(resultTables(bench.summarizeRuns(runs), BENCH_TESTS));
  const notes = (setup?.frameworks ?? []).flatMap((framework) => bench.pinNotes(framework));
  if (notes.length > 0) {
    console.log(`\n  Versions: ${[...new Set(notes)].join('; ')}.`);
  }
  const [one, five] = results.environment.loadAverage.end;
  console.log(
    `\n  Load average ${loadAtStart[0]} at the start, ${one} (5 min: ${five}) at the end, on ${results.environment.cores} cores.` +
      (options.target ? '' : ' The load generator shared this machine with the servers.'),
  );
  console.log(
    `\nWrote ${relative(process.cwd(), out) || out} in ${formatDuration(Date.now() - started)}.`,
  );
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  process.exitCode = 1;
  if (error instanceof KitError) console.error(`\nbench:frameworks: ${error.message}`);
  else console.error(error);
} finally {
  await runCleanup();
}
