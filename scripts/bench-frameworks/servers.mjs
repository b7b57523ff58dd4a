/**
 * The servers under test, each as its framework's docs deploy it: gunicorn (sync workers,
 * (2 × cores) + 1 of them, gunicorn's own starting point) for Django and Flask; uvicorn with one
 * worker per core for FastAPI and for Django's async view. Access logs off everywhere (gunicorn's
 * default; uvicorn's --no-access-log), so no server pays for logging the others skip.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { KitError, onCleanup } from './cleanup.mjs';

/**
 * Every server process tree, with the port it listens on (from `appPort`, consecutive) and the
 * tests it answers. Django serves its sync views under gunicorn (WSGI) and its async upstream
 * view under uvicorn (ASGI), as its deployment docs describe for each.
 */
export function serverSpecs({ cores, appPort, host }) {
  const syncWorkers = 2 * cores + 1;
  const asyncWorkers = cores;
  const gunicorn = (app, port) => [
    app,
    '--workers',
    String(syncWorkers),
    '--bind',
    `${host}:${port}`,
    '--log-level',
    'warning',
  ];
  const uvicorn = (app, port) => [
    app,
    '--workers',
    String(asyncWorkers),
    '--host',
    host,
    '--port',
    String(port),
    '--no-access-log',
    '--log-level',
    'warning',
  ];
  return [
    {
      key: 'django-wsgi',
      framework: 'django',
      tests: ['json', 'db', 'validate'],
      port: appPort,
      program: 'gunicorn',
      args: gunicorn('benchsite.wsgi:application', appPort),
      workers: syncWorkers,
    },
    {
      key: 'django-asgi',
      framework: 'django',
      tests: ['upstream'],
      port: appPort + 1,
      program: 'uvicorn',
      args: uvicorn('benchsite.asgi:application', appPort + 1),
      workers: asyncWorkers,
    },
    {
      key: 'flask',
      framework: 'flask',
      tests: ['json', 'db', 'validate', 'upstream'],
      port: appPort + 2,
      program: 'gunicorn',
      args: gunicorn('app:create_app()', appPort + 2),
      workers: syncWorkers,
    },
    {
      key: 'fastapi',
      framework: 'fastapi',
      tests: ['json', 'db', 'validate', 'upstream'],
      port: appPort + 3,
      program: 'uvicorn',
      args: uvicorn('main:app', appPort + 3),
      workers: asyncWorkers,
    },
  ];
}

/** The command line as a reader would type it (quoting the factory call gunicorn is given). */
export function commandLine(spec) {
  return [spec.program, ...spec.args.map((arg) => (/[()]/.test(arg) ? `'${arg}'` : arg))].join(' ');
}

/** Stops a process tree started detached: TERM to its group, KILL after `graceMs`. */
export function stopGroup(child, graceMs = 8000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Gone already.
      }
    }, graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

/**
 * Starts a process in its own process group (so stopping it stops its workers too), its output
 * in `logFile`; registers its stop.
 */
export function startProcess({ command, args, cwd, env, logFile, name }) {
  const log = createWriteStream(logFile);
  const child = spawn(command, args, {
    cwd,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  child.on('error', () => {});
  onCleanup(() => stopGroup(child));
  child.name = name;
  child.logFile = logFile;
  return child;
}

/** Resolves once GET `url` answers at all; rejects when `child` exits first or after `timeoutMs`. */
export async function waitUntilServing(url, child, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new KitError(`${child.name} stopped before it served (log: ${child.logFile})`);
    }
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new KitError(
    `${child.name} did not answer ${url} within ${timeoutMs / 1000} s (log: ${child.logFile})`,
  );
}

/**
 * Resolves once the server at `base` answers GET /json within `quickMs`: after a run, a server
 * may still be working through requests queued while the load lasted (a sync server behind a
 * slow upstream holds seconds of them), and the next run must not pay for them. Gives up
 * quietly after `timeoutMs`; the next run's figures then show it.
 */
export async function waitUntilIdle(base, { quickMs = 200, timeoutMs = 30_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const started = performance.now();
    try {
      await fetch(`${base}/json`, { signal: AbortSignal.timeout(timeoutMs) }).then((r) =>
        r.arrayBuffer(),
      );
    } catch {
      // Refused or timed out: try again until the deadline.
    }
    if (performance.now() - started < quickMs) return;
  }
}

/** The environment every app reads its database and upstream from. */
export function appEnv({ db, upstreamUrl, secretKey, allowedHosts }) {
  const env = {
    ...process.env,
    BENCH_DB: db.engine,
    BENCH_UPSTREAM_URL: upstreamUrl,
    BENCH_SECRET_KEY: secretKey,
    BENCH_ALLOWED_HOSTS: allowedHosts,
    PYTHONDONTWRITEBYTECODE: '1',
  };
  if (db.engine === 'sqlite') {
    env.BENCH_DB_PATH = db.path;
  } else {
    Object.assign(env, {
      BENCH_DB_HOST: db.host,
      BENCH_DB_PORT: String(db.port),
      BENCH_DB_NAME: db.database,
      BENCH_DB_USER: db.user,
    });
  }
  return env;
}

export function appDir(root, framework) {
  return join(root, 'bench', 'apps', framework);
}
