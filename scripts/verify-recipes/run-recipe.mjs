/**
 * Runs one recipe as a user would, in its own folder: a fresh virtualenv, the install line and
 * starter exactly as shown, the development commands and server, then the production commands and
 * server, with HTTP checks against each. Returns `{ status: 'passed' | 'failed' |
 * 'not-installable', reason?, missing? }`.
 *
 * Where a documented step is interactive, the verifier answers it the way the starter documents:
 * `createsuperuser --noinput` with Django's DJANGO_SUPERUSER_* variables, `create-admin` with
 * ADMIN_PASSWORD. Servers get a loopback port appended (`--port`, `--bind`, `runserver ADDR`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HttpSession, request } from './http.mjs';

const ADMIN_USER = 'admin';
const ADMIN_PASSWORD = 'verify-Recipes-2026-password';
/** What a framework's debug error page says, and no production 404 should. */
const DEBUG_MARKERS = [
  'Traceback',
  'Using the URLconf',
  'DEBUG = True',
  'Werkzeug Debugger',
  'technical_500',
];
const ENV_NAMES = ['DJANGO_DEBUG', 'FLASK_DEBUG', 'APP_DEBUG', 'SECRET_KEY', 'DJANGO_SECRET_KEY'];

class Failure extends Error {}
class NotInstallable extends Error {}

function fail(message) {
  throw new Failure(message);
}

function check(condition, message) {
  if (!condition) fail(message);
}

/**
 * A clean environment: the recipe's own exports decide debug mode and secrets. pip installs from
 * the shared wheelhouse only (filled once from the index), so the install line runs as shown
 * without asking the index again for every virtualenv.
 */
function baseEnv(pipCache, wheelhouse) {
  const env = {
    ...process.env,
    PIP_CACHE_DIR: pipCache,
    PIP_NO_INDEX: '1',
    PIP_FIND_LINKS: wheelhouse,
    PYTHONUNBUFFERED: '1',
  };
  for (const name of ENV_NAMES) delete env[name];
  delete env.VIRTUAL_ENV;
  return env;
}

/** The shell script for a list of commands, each as shown, the interactive ones answered. */
function script(lines) {
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

/** The server command, bound to a loopback port; a check before it (`check && server`) stays. */
function withPort(line, port) {
  const split = line.lastIndexOf(' && ');
  const before = split < 0 ? '' : line.slice(0, split + 4);
  // exec only the server, so stopping the phase stops it, and the check still runs first.
  return `${before}exec ${serverWithPort(line.slice(before.length), port)}`;
}

function serverWithPort(command, port) {
  if (command.includes('runserver')) return `${command} 127.0.0.1:${port} --noreload`;
  if (command.startsWith('gunicorn')) return `${command} --bind 127.0.0.1:${port}`;
  if (command.startsWith('uvicorn')) return `${command} --host 127.0.0.1 --port ${port}`;
  if (command.startsWith('flask')) return `${command} --host 127.0.0.1 --port ${port}`;
  throw new Failure(`no way to set the port of: ${command}`);
}

function runSync(dir, env, lines, timeout = 300_000) {
  const result = spawnSync('bash', ['-c', script(lines)], {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout,
  });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** Starts a phase's commands, the last one a server, and waits until it answers or exits. */
/** How many answers in a row make a server count as started. */
const READY_ANSWERS = 4;

async function startServer(dir, env, lines, port, probePath, headers) {
  const serverLine = withPort(lines.at(-1), port);
  const child = spawn('bash', ['-c', script([...lines.slice(0, -1), serverLine])], {
    cwd: dir,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let exited = false;
  const exit = new Promise((resolve) =>
    child.on('exit', (code) => {
      exited = true;
      resolve(code);
    }),
  );
  const stop = async () => {
    if (!exited) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 10_000);
      await exit;
      clearTimeout(timer);
    }
  };
  // The phase's commands (migrate, collectstatic…) run first: generous on a loaded 2-core machine.
  // Up means several answers in a row: a server with several workers (uvicorn --workers 2) can
  // answer from the first while the others still start, and reset connections meanwhile.
  const deadline = Date.now() + 420_000;
  let answered = 0;
  while (Date.now() < deadline && !exited) {
    try {
      await request(port, 'GET', probePath, { headers });
      answered += 1;
      if (answered === READY_ANSWERS) return { stop, output: () => output, exited: () => exited };
      await new Promise((resolve) => setTimeout(resolve, 200));
    } catch {
      answered = 0;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  await stop();
  fail(`server did not start (${serverLine}):\n${tail(output)}`);
}

/** Runs a production phase that must refuse to start; true when it did, with a clear message. */
async function refusesToStart(dir, env, lines, port, secretName) {
  const child = spawn(
    'bash',
    ['-c', script([...lines.slice(0, -1), withPort(lines.at(-1), port)])],
    { cwd: dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let code;
  child.on('exit', (exitCode) => (code = exitCode ?? 1));
  // Until it exits or its server answers (a slow machine may take a while either way).
  const deadline = Date.now() + 240_000;
  while (code === undefined && Date.now() < deadline) {
    try {
      await request(port, 'GET', '/', {});
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  if (code === undefined) {
    process.kill(-child.pid, 'SIGKILL');
    return { refused: false, why: 'it started' };
  }
  if (code === 0) return { refused: false, why: 'it exited cleanly' };
  if (!output.includes(secretName)) return { refused: false, why: `no word of ${secretName}` };
  return { refused: true };
}

function tail(text, lines = 15) {
  return text.trim().split('\n').slice(-lines).join('\n');
}

/** The routes a recipe's starter defines, from its choices (not from its own claims). */
function routesOf(recipe) {
  const c = recipe.choices;
  switch (recipe.framework) {
    case 'django':
      return [
        ...(c.pages ? ['/'] : []),
        c.api === 'ninja' ? '/api/health' : '/api/health/',
        '/admin/login/',
        ...(c.api === 'ninja' ? ['/api/docs', '/api/openapi.json'] : []),
      ];
    case 'flask':
      return [
        ...(c.pages ? ['/'] : []),
        '/health',
        '/items',
        ...(c.admin ? ['/admin/login/'] : []),
        ...(c.api === 'apiflask' ? ['/docs', '/openapi.json'] : []),
      ];
    case 'fastapi':
      return ['/health', '/items', '/docs', '/openapi.json', ...(c.admin ? ['/admin/login'] : [])];
  }
}

/** Django in production answers only its allowed host, behind an HTTPS proxy. */
function headersFor(recipe, phase) {
  return recipe.framework === 'django' && phase === 'production'
    ? { host: 'example.com', 'x-forwarded-proto': 'https' }
    : {};
}

async function checkRoutes(port, recipe, headers) {
  for (const path of routesOf(recipe)) {
    const response = await request(port, 'GET', path, { headers });
    check(response.status === 200, `GET ${path} gave ${response.status}`);
  }
}

async function djangoUsers(port, recipe, headers) {
  const path = recipe.choices.api === 'ninja' ? '/api/health' : '/api/health/';
  const response = await request(port, 'GET', path, { headers });
  check(response.status === 200, `GET ${path} gave ${response.status}`);
  return JSON.parse(response.body).users;
}

async function listItems(port) {
  const response = await request(port, 'GET', '/items');
  check(response.status === 200, `GET /items gave ${response.status}`);
  return JSON.parse(response.body).map((item) => item.name);
}

/** The admin refuses an anonymous write and takes a signed-in one; returns what it wrote. */
async function checkAdmin(port, recipe, headers, name) {
  const origin = headers.host ? `https://${headers.host}` : `http://127.0.0.1:${port}`;
  const anonymous = new HttpSession(port, headers, origin);
  const signedIn = new HttpSession(port, headers, origin);
  switch (recipe.framework) {
    case 'django': {
      const before = await djangoUsers(port, recipe, headers);
      const token = csrfFrom((await anonymous.get('/admin/login/')).body, 'csrfmiddlewaretoken');
      const form = {
        csrfmiddlewaretoken: token,
        username: name,
        usable_password: 'true',
        password1: ADMIN_PASSWORD,
        password2: ADMIN_PASSWORD,
      };
      const refused = await anonymous.post('/admin/auth/user/add/', form);
      check(
        refused.status === 302 && refused.headers.location?.includes('/admin/login/'),
        `anonymous admin write gave ${refused.status}, not a redirect to the login`,
      );
      check((await djangoUsers(port, recipe, headers)) === before, 'anonymous admin write landed');
      await signInDjango(signedIn);
      const addToken = csrfFrom(
        (await signedIn.get('/admin/auth/user/add/')).body,
        'csrfmiddlewaretoken',
      );
      const added = await signedIn.post('/admin/auth/user/add/', {
        ...form,
        csrfmiddlewaretoken: addToken,
      });
      check(added.status === 302, `signed-in admin write gave ${added.status}`);
      check(
        (await djangoUsers(port, recipe, headers)) === before + 1,
        'signed-in admin write is not in the database',
      );
      return;
    }
    case 'flask': {
      const refused = await anonymous.post('/admin/item/new/', { name });
      check(
        refused.status === 302 && refused.headers.location?.includes('/admin/login'),
        `anonymous admin write gave ${refused.status}`,
      );
      check(!(await listItems(port)).includes(name), 'anonymous admin write landed');
      const loginToken = csrfFrom((await signedIn.get('/admin/login/')).body, 'csrf_token');
      const login = await signedIn.post('/admin/login/', {
        csrf_token: loginToken,
        username: ADMIN_USER,
        password: ADMIN_PASSWORD,
      });
      check(login.status === 302, `admin login gave ${login.status}`);
      const noToken = await signedIn.post('/admin/item/new/', { name: `${name}-no-csrf` });
      check(noToken.status !== 302, 'an admin form without its CSRF token was accepted');
      const token = csrfFrom((await signedIn.get('/admin/item/new/')).body, 'csrf_token');
      const added = await signedIn.post('/admin/item/new/', { csrf_token: token, name });
      check(added.status === 302, `signed-in admin write gave ${added.status}`);
      check((await listItems(port)).includes(name), 'signed-in admin write is not in the database');
      return;
    }
    case 'fastapi': {
      const refused = await anonymous.post('/admin/item/create', { name });
      check(
        refused.status === 302 && refused.headers.location?.includes('/admin/login'),
        `anonymous admin write gave ${refused.status}`,
      );
      check(!(await listItems(port)).includes(name), 'anonymous admin write landed');
      const login = await signedIn.post('/admin/login', {
        username: ADMIN_USER,
        password: ADMIN_PASSWORD,
      });
      check(login.status === 302, `admin login gave ${login.status}`);
      const added = await signedIn.post('/admin/item/create', { name });
      check(added.status === 302, `signed-in admin write gave ${added.status}`);
      check((await listItems(port)).includes(name), 'signed-in admin write is not in the database');
      return;
    }
  }
}

async function signInDjango(session) {
  const token = csrfFrom((await session.get('/admin/login/')).body, 'csrfmiddlewaretoken');
  const login = await session.post('/admin/login/?next=/admin/', {
    csrfmiddlewaretoken: token,
    username: ADMIN_USER,
    password: ADMIN_PASSWORD,
  });
  check(
    login.status === 302 && !login.headers.location?.includes('login'),
    `admin login gave ${login.status}`,
  );
}

function csrfFrom(html, field) {
  const tag = [...html.matchAll(/<input[^>]*>/g)]
    .map((match) => match[0])
    .find((input) => input.includes(`name="${field}"`));
  const value = tag?.match(/value="([^"]+)"/)?.[1];
  check(value, `no ${field} in the form`);
  return value;
}

/** A write through the API (Flask, FastAPI with a database), read back. */
async function writeItem(port, name) {
  const created = await request(port, 'POST', '/items', {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  check(created.status === 201, `POST /items gave ${created.status}`);
  check((await listItems(port)).includes(name), 'the item written is not read back');
}

async function checkNoDebugPage(port, headers) {
  const response = await request(port, 'GET', '/no-such-page-here', { headers });
  check(response.status === 404, `an unknown URL gave ${response.status}, not 404`);
  const marker = DEBUG_MARKERS.find((text) => response.body.includes(text));
  check(!marker, `an unknown URL shows a debug page ("${marker}")`);
}

const SECRET_OF = { django: 'DJANGO_SECRET_KEY', flask: 'SECRET_KEY', fastapi: 'SECRET_KEY' };

async function verifyStack(recipe, { dir, env, ports, log }) {
  const [devPort, prodPort] = ports;
  const c = recipe.choices;
  const persistent = c.database !== 'none';
  const module = recipe.filename.replace(/\.py$/, '');
  const debugEnv = { django: 'DJANGO_DEBUG', flask: 'FLASK_DEBUG', fastapi: 'APP_DEBUG' }[
    recipe.framework
  ];

  // No deprecated call of the starter's own (warnings raised in its dependencies are theirs).
  const imported = spawnSync(
    '.venv/bin/python',
    ['-W', `error::DeprecationWarning:${module}`, '-c', `import ${module}`],
    { cwd: dir, env: { ...env, [debugEnv]: '1' }, encoding: 'utf8' },
  );
  check(imported.status === 0, `importing ${recipe.filename} failed:\n${tail(imported.stderr)}`);

  log('development');
  const devHeaders = headersFor(recipe, 'dev');
  const dev = await startServer(
    dir,
    env,
    recipe.commands.dev,
    devPort,
    routesOf(recipe)[0],
    devHeaders,
  );
  const marker = `verify-${Date.now()}`;
  try {
    log('development: routes');
    await checkRoutes(devPort, recipe, devHeaders);
    log(c.admin ? 'development: admin writes' : 'development: a write and a read');
    if (c.admin) await checkAdmin(devPort, recipe, devHeaders, marker);
    else if (recipe.framework !== 'django') await writeItem(devPort, marker);
  } catch (error) {
    await dev.stop();
    if (error instanceof Failure) error.message += `\n${tail(dev.output())}`;
    throw error;
  }
  await dev.stop();

  const production = recipe.commands.production;
  const secretName = SECRET_OF[recipe.framework];
  const secretLine = production.findIndex((line) => line.includes(`export ${secretName}=`));
  if (secretLine >= 0) {
    log('production without a secret, then with a default one');
    const without = production.filter((_, index) => index !== secretLine);
    const missing = await refusesToStart(dir, env, without, prodPort, secretName);
    check(missing.refused, `production started without ${secretName}: ${missing.why}`);
    const weak = production.map((line, index) =>
      index === secretLine ? `export ${secretName}=dev-only-change-me` : line,
    );
    const known = await refusesToStart(dir, env, weak, prodPort, secretName);
    check(known.refused, `production started with a default ${secretName}: ${known.why}`);
  }

  const prodHeaders = headersFor(recipe, 'production');
  for (const round of ['production', 'production after a restart']) {
    log(round);
    const prod = await startServer(
      dir,
      env,
      production,
      prodPort,
      routesOf(recipe)[0],
      prodHeaders,
    );
    try {
      await checkRoutes(prodPort, recipe, prodHeaders);
      await checkNoDebugPage(prodPort, prodHeaders);
      if (persistent && recipe.framework === 'django') {
        check(
          (await djangoUsers(prodPort, recipe, prodHeaders)) === 2,
          'the admin’s write is gone',
        );
      } else if (persistent) {
        check((await listItems(prodPort)).includes(marker), 'the development write is gone');
      }
      if (round === 'production' && c.admin && recipe.framework === 'django') {
        // The admin's login works over the proxy's HTTPS too (secure cookies, CSRF origin).
        await signInDjango(new HttpSession(prodPort, prodHeaders, 'https://example.com'));
      }
    } catch (error) {
      await prod.stop();
      if (error instanceof Failure) error.message += `\n${tail(prod.output())}`;
      throw error;
    }
    await prod.stop();
  }
  if (recipe.framework === 'django') {
    check(
      existsSync(join(dir, 'staticfiles/admin/css/base.css')),
      'collectstatic left no admin CSS in ./staticfiles',
    );
  }
}

async function verifyBeginner(step, { dir, env, ports, log }) {
  log('first app');
  const server = await startServer(dir, env, step.commands.dev, ports[0], step.routes[0], {});
  try {
    for (const path of step.routes) {
      const response = await request(ports[0], 'GET', path);
      check(response.status === 200, `GET ${path} gave ${response.status}`);
    }
  } finally {
    await server.stop();
  }
}

/** The package pip could not find, from its error output. */
function missingPackage(output) {
  const match =
    output.match(/No matching distribution found for ([A-Za-z0-9._\-[\]]+)/) ??
    output.match(/Could not find a version that satisfies the requirement ([A-Za-z0-9._\-[\]]+)/);
  return match?.[1]?.replace(/\[.*$/, '');
}

export async function verifyRecipe(job, { dir, python, pipCache, wheelhouse, ports, log }) {
  const env = baseEnv(pipCache, wheelhouse);
  const isBeginner = job.kind === 'beginner';
  const source = isBeginner ? job.recipe.beginner : job.recipe;
  const setup = isBeginner ? source.commands.setup : source.commands.setup;
  try {
    writeFileSync(join(dir, source.filename), source.starterApp);
    // The first setup step makes the virtualenv: with this Python, as `python3 -m venv .venv`.
    check(setup[0] === 'python3 -m venv .venv', `unexpected first step: ${setup[0]}`);
    const venv = spawnSync(python, ['-m', 'venv', '.venv'], { cwd: dir, encoding: 'utf8' });
    check(venv.status === 0, `python -m venv failed: ${venv.stderr}`);
    log(`installing: ${source.pipInstall}`);
    const installed = runSync(dir, env, setup.slice(2));
    if (!installed.ok) {
      const missing = missingPackage(installed.output);
      if (missing) throw new NotInstallable(missing);
      fail(`the install line failed:\n${tail(installed.output)}`);
    }
    if (isBeginner) await verifyBeginner(source, { dir, env, ports, log });
    else await verifyStack(source, { dir, env, ports, log });
    return { status: 'passed' };
  } catch (error) {
    if (error instanceof NotInstallable)
      return { status: 'not-installable', missing: error.message };
    return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}
