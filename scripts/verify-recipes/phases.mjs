/**
 * Running a recipe's shell steps as a user would: each phase (development, production) is its
 * commands in one bash script, the last one a server bound to a loopback port. Where a documented
 * step is interactive, it is answered the way the starter documents: `createsuperuser --noinput`
 * with Django's DJANGO_SUPERUSER_* variables, `create-admin` with ADMIN_PASSWORD.
 */
import { spawn, spawnSync } from 'node:child_process';
import { request } from './http.mjs';

export const ADMIN_USER = 'admin';
export const ADMIN_PASSWORD = 'verify-Recipes-2026-password';

export class Failure extends Error {}

export function fail(message) {
  throw new Failure(message);
}

export function check(condition, message) {
  if (!condition) fail(message);
}

export function tail(text, lines = 15) {
  return text.trim().split('\n').slice(-lines).join('\n');
}

/** The shell script for a list of commands, each as shown, the interactive ones answered. */
export function script(lines) {
  return [
    'set -e',
    '. .venv/bin/activate',
    ...lines.map((line) =>
      line.endsWith('createsuperuser')
        ? `DJANGO_SUPERUSER_USERNAME=${ADMIN_USER} DJANGO_SUPERUSER_EMAIL=admin@example.com DJANGO_SUPERUSER_PASSWORD='${ADMIN_PASSWORD}' ${line} --noinput`
        : line.includes(' create-admin ')
          ? `ADMIN_PASSWORD='${ADMIN_PASSWORD}' ${line}`
          : line,
    ),
  ].join('\n');
}

function serverWithPort(command, port) {
  if (command.includes('runserver')) return `${command} 127.0.0.1:${port} --noreload`;
  if (command.startsWith('gunicorn')) return `${command} --bind 127.0.0.1:${port}`;
  if (command.startsWith('uvicorn')) return `${command} --host 127.0.0.1 --port ${port}`;
  if (command.startsWith('flask')) return `${command} --host 127.0.0.1 --port ${port}`;
  throw new Failure(`no way to set the port of: ${command}`);
}

/**
 * A phase's last line as the script runs it: the server on a loopback port, `exec`ed so stopping
 * the phase stops the server; a check before it (`check && server`) still runs first.
 */
export function withPort(line, port) {
  const split = line.lastIndexOf(' && ');
  const before = split < 0 ? '' : line.slice(0, split + 4);
  return `${before}exec ${serverWithPort(line.slice(before.length), port)}`;
}

export function runSync(dir, env, lines, timeout = 300_000) {
  const result = spawnSync('bash', ['-c', script(lines)], {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout,
  });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function spawnPhase(dir, env, lines, port) {
  const child = spawn(
    'bash',
    ['-c', script([...lines.slice(0, -1), withPort(lines.at(-1), port)])],
    {
      cwd: dir,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const state = { output: '', code: undefined };
  child.stdout.on('data', (chunk) => (state.output += chunk));
  child.stderr.on('data', (chunk) => (state.output += chunk));
  const exit = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      state.code = code ?? signal;
      resolve(state.code);
    }),
  );
  const kill = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      /* already gone */
    }
  };
  const stop = async () => {
    if (state.code !== undefined) return;
    kill('SIGTERM');
    const timer = setTimeout(() => kill('SIGKILL'), 10_000);
    await exit;
    clearTimeout(timer);
  };
  return { state, exit, stop };
}

/** How many answers in a row make a server count as started. */
const READY_ANSWERS = 4;

/** Starts a phase's commands, the last one a server, and waits until it answers or exits. */
export async function startServer(dir, env, lines, port, probePath, headers) {
  const phase = spawnPhase(dir, env, lines, port);
  // The phase's commands (migrate, collectstatic…) run first: generous on a loaded 2-core machine.
  // Up means several answers in a row: a server with several workers (uvicorn --workers 2) can
  // answer from the first while the others still start, and reset connections meanwhile.
  const deadline = Date.now() + 420_000;
  let answered = 0;
  while (Date.now() < deadline && phase.state.code === undefined) {
    try {
      await request(port, 'GET', probePath, { headers });
      answered += 1;
      if (answered === READY_ANSWERS) {
        return { stop: phase.stop, output: () => phase.state.output };
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    } catch {
      answered = 0;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  await phase.stop();
  fail(`server did not start (${lines.at(-1)}):\n${tail(phase.state.output)}`);
}

/** Lines of output past which a refusal counts as a flood (a server restarting its workers). */
const FLOOD_LINES = 150;

/**
 * Runs a production phase that must refuse to start: it exits by itself, non-zero, says what is
 * missing (`mention`), never answers a request, and refuses once rather than flooding its log.
 */
export async function refusesToStart(dir, env, lines, port, mention) {
  const phase = spawnPhase(dir, env, lines, port);
  const deadline = Date.now() + 240_000;
  let answered = false;
  while (phase.state.code === undefined && Date.now() < deadline) {
    try {
      await request(port, 'GET', '/', {});
      answered = true;
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  const lineCount = phase.state.output.split('\n').length;
  if (phase.state.code === undefined) {
    await phase.stop();
    const why = answered ? 'it started' : 'it kept running';
    return {
      refused: false,
      why: `${why}, ${lineCount} lines of log:\n${tail(phase.state.output, 8)}`,
    };
  }
  const { code, output } = phase.state;
  if (code === 0) return { refused: false, why: `it exited with 0:\n${tail(output, 8)}` };
  if (!output.includes(mention))
    return { refused: false, why: `no word of ${mention}:\n${tail(output, 8)}` };
  if (lineCount > FLOOD_LINES)
    return { refused: false, why: `it flooded ${lineCount} lines of log` };
  return { refused: true };
}
