#!/usr/bin/env node
/**
 * `npm run verify:recipes`: proves that every distinct stack recipe the app can write runs.
 *
 * The recipes come from the app's own code (src/domain/recipe-variants.ts, loaded with
 * scripts/lib/load-app-module.mjs), enumerated over the recipe inputs rather than over winners. For each one: a fresh
 * virtualenv, the install line exactly as shown, the starter exactly as shown, its development
 * commands and server, then its production commands and server, on loopback ports derived from
 * E2E_PORT_OFFSET, with HTTP checks (see verify-recipes/run-recipe.mjs). A recipe whose install
 * line asks for a package the index does not have is reported as "not installable here", never
 * as passed. Prints one line per recipe and a closing `N passed, N failed, N not installable here`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAppModule } from './lib/load-app-module.mjs';
import { verifyRecipe } from './verify-recipes/run-recipe.mjs';
import { fillWheelhouse } from './verify-recipes/wheelhouse.mjs';

const started = Date.now();
const PARALLEL = 2;
const portBase = 9100 + Number(process.env.E2E_PORT_OFFSET ?? 0);

function findPython() {
  for (const candidate of [process.env.RECIPES_PYTHON, 'python3.11', 'python3'].filter(Boolean)) {
    const probe = spawnSync(
      candidate,
      ['-c', 'import sys, venv; print("%d.%d" % sys.version_info[:2])'],
      { encoding: 'utf8' },
    );
    if (probe.status === 0) {
      const [major, minor] = probe.stdout.trim().split('.').map(Number);
      if (major === 3 && minor >= 10) return { python: candidate, version: probe.stdout.trim() };
    }
  }
  return undefined;
}

async function loadRecipes() {
  const { distinctRecipes } = await loadAppModule('src/domain/recipe-variants.ts');
  return distinctRecipes();
}

/** The recipes as jobs: each full recipe, and each distinct beginner's first app. */
function jobsFrom(recipes) {
  const jobs = recipes.map((recipe, index) => ({
    id: `recipe-${index + 1}`,
    kind: 'stack',
    recipe,
  }));
  const beginners = new Map();
  for (const recipe of recipes) {
    if (recipe.beginner && !beginners.has(recipe.beginner.starterApp)) {
      beginners.set(recipe.beginner.starterApp, recipe);
    }
  }
  let n = 0;
  for (const recipe of beginners.values()) {
    n += 1;
    jobs.push({ id: `first-app-${n}`, kind: 'beginner', recipe });
  }
  return jobs;
}

function describe(job) {
  const { recipe } = job;
  if (job.kind === 'beginner') return `${recipe.framework} first app`;
  const c = recipe.choices;
  const parts = [
    recipe.framework,
    c.database === 'none' ? 'no database' : c.database,
    c.admin ? 'admin' : undefined,
    c.api !== 'none' && c.api !== 'fastapi' ? c.api : undefined,
    c.async && recipe.framework !== 'fastapi' ? 'async' : undefined,
    c.pages ? 'pages' : undefined,
  ].filter(Boolean);
  return parts.join(', ');
}

async function main() {
  const python = findPython();
  if (!python) {
    console.error(
      'verify:recipes needs Python 3.10 or newer with the venv module (python3.11 or python3 on PATH).',
    );
    process.exit(1);
  }
  const work = mkdtempSync(join(tmpdir(), 'verify-recipes-'));
  // One download cache for every virtualenv: each wheel is fetched (or copied) once.
  const pipCache = join(tmpdir(), 'verify-recipes-pip-cache');
  mkdirSync(pipCache, { recursive: true });

  const recipes = await loadRecipes();
  // RECIPES_ONLY=recipe-2,first-app-1 runs just those (while fixing one).
  const only = process.env.RECIPES_ONLY?.split(',');
  const jobs = jobsFrom(recipes).filter((job) => !only || only.includes(job.id));
  const firstApps = jobs.filter((job) => job.kind === 'beginner').length;
  console.log(
    `verify:recipes: ${jobs.length} recipes (${jobs.length - firstApps} stacks, ${firstApps} first apps), Python ${python.version}, ${PARALLEL} at a time`,
  );
  const wheelhouse = join(work, 'wheelhouse');
  const fetched = await fillWheelhouse(python.python, wheelhouse, pipCache, jobs);
  if (!fetched.ok) {
    console.error(fetched.reason);
    console.error('0 passed, 0 failed: no package index reachable');
    process.exit(1);
  }
  console.log(
    `wheelhouse ready${fetched.missing.size > 0 ? `; the index lacks ${[...fetched.missing].join(', ')}` : ''}`,
  );
  const results = [];
  let next = 0;
  async function worker(slot) {
    while (next < jobs.length) {
      const job = jobs[next++];
      const dir = join(work, job.id);
      mkdirSync(dir);
      const t0 = Date.now();
      const result = await verifyRecipe(job, {
        dir,
        python: python.python,
        pipCache,
        wheelhouse,
        ports: [portBase + slot * 2, portBase + slot * 2 + 1],
        log: (message) => console.log(`  ${job.id}: ${message}`),
      });
      const seconds = ((Date.now() - t0) / 1000).toFixed(0);
      const label = `${job.id} (${describe(job)})`;
      if (result.status === 'passed') console.log(`PASS ${label} in ${seconds}s`);
      else if (result.status === 'not-installable')
        console.log(`SKIP ${label}: not installable here: ${result.missing}`);
      else console.log(`FAIL ${label}: ${result.reason}`);
      results.push(result);
      if (result.status !== 'failed') rmSync(dir, { recursive: true, force: true });
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, (_, slot) => worker(slot)));

  const passed = results.filter((r) => r.status === 'passed').length;
  const failed = results.filter((r) => r.status === 'failed').length;
  const skipped = results.filter((r) => r.status === 'not-installable').length;
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  if (failed === 0) rmSync(work, { recursive: true, force: true });
  else console.log(`Failed recipes' folders are kept in ${work}`);
  console.log(`verify:recipes took ${minutes} min`);
  console.log(`${passed} passed, ${failed} failed, ${skipped} not installable here`);
  // Never pass on nothing: at least one recipe must have run.
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

await main();
