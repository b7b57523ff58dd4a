/**
 * Runs one recipe as a user would, in its own folder: a fresh virtualenv, the install line and
 * starter exactly as shown, the development commands and server, then the production commands and
 * server, with HTTP checks against each and the attacker's probes (probes.mjs). Returns
 * `{ status: 'passed' | 'failed' | 'not-installable', reason?, missing? }`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from './http.mjs';
import { check, fail, runSync, startServer, tail } from './phases.mjs';
import {
  checkAdminWrites,
  checkCookies,
  checkForgedSessions,
  checkProductionRefusals,
  debugVariableOf,
  djangoUsers,
  listItems,
} from './probes.mjs';

/** What a framework's debug error page says, and no production 404 should. */
const DEBUG_MARKERS = [
  'Traceback',
  'Using the URLconf',
  'DEBUG = True',
  'Werkzeug Debugger',
  'technical_500',
];
const ENV_NAMES = ['DJANGO_DEBUG', 'FLASK_DEBUG', 'APP_DEBUG', 'SECRET_KEY', 'DJANGO_SECRET_KEY'];

class NotInstallable extends Error {}

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

/** Runs `body` against a started server, stopping it after; a failure carries the server's log. */
async function withServer(server, body) {
  try {
    await body();
  } catch (error) {
    // A timeout or a dropped connection too: the server's log says why.
    if (error instanceof Error) error.message += `\n${tail(server.output())}`;
    throw error;
  } finally {
    await server.stop();
  }
}

async function verifyStack(recipe, { dir, env, ports, log }) {
  const [devPort, prodPort] = ports;
  const c = recipe.choices;
  const persistent = c.database !== 'none';
  const module = recipe.filename.replace(/\.py$/, '');
  const debugEnv = debugVariableOf(recipe);
  const probe = routesOf(recipe)[0];

  // No deprecated call of the starter's own (warnings raised in its dependencies are theirs).
  const imported = spawnSync(
    '.venv/bin/python',
    ['-W', `error::DeprecationWarning:${module}`, '-c', `import ${module}`],
    { cwd: dir, env: { ...env, [debugEnv]: '1' }, encoding: 'utf8' },
  );
  check(imported.status === 0, `importing ${recipe.filename} failed:\n${tail(imported.stderr)}`);

  log('development');
  const devHeaders = headersFor(recipe, 'dev');
  const marker = `verify-${Date.now()}`;
  const dev = await startServer(dir, env, recipe.commands.dev, devPort, probe, devHeaders);
  await withServer(dev, async () => {
    log('development: routes');
    await checkRoutes(devPort, recipe, devHeaders);
    log(c.admin ? 'development: admin writes' : 'development: a write and a read');
    if (c.admin) {
      await checkAdminWrites(devPort, recipe, devHeaders, marker);
      // Development is where a fallback key would be used: none may be fixed.
      await checkForgedSessions(recipe, { dir, env, port: devPort, headers: devHeaders, log });
    } else if (recipe.framework !== 'django') await writeItem(devPort, marker);
  });

  if (recipe.secretName) {
    await checkProductionRefusals(recipe, { dir, env, port: prodPort, log });
  }

  const prodHeaders = headersFor(recipe, 'production');
  for (const round of ['production', 'production after a restart']) {
    log(round);
    const { production } = recipe.commands;
    const prod = await startServer(dir, env, production, prodPort, probe, prodHeaders);
    await withServer(prod, async () => {
      await checkRoutes(prodPort, recipe, prodHeaders);
      await checkNoDebugPage(prodPort, prodHeaders);
      if (persistent && recipe.framework === 'django') {
        // The first admin and the user the development admin added.
        const users = await djangoUsers(prodPort, recipe, prodHeaders);
        check(users >= 2, 'the development admin’s write is gone');
      } else if (persistent) {
        check((await listItems(prodPort)).includes(marker), 'the development write is gone');
      }
      if (round === 'production' && c.admin) {
        log('production: admin writes, cookies, forged sessions');
        const session = await checkAdminWrites(prodPort, recipe, prodHeaders, `${marker}-prod`);
        checkCookies(recipe, session);
        await checkForgedSessions(recipe, { dir, env, port: prodPort, headers: prodHeaders, log });
      }
    });
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
  const setup = source.commands.setup;
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
