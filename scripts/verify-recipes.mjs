#!/usr/bin/env node
/**
 * `npm run verify:recipes`: proves that every distinct stack recipe the app can write runs, and
 * holds up to an attacker.
 *
 * The recipes come from the app's own code (src/domain/recipe-variants.ts, loaded with
 * scripts/lib/load-app-module.mjs), enumerated over the recipe inputs rather than over winners:
 * the text each runs is the text the result page shows. First ruff lints and format-checks every
 * starter app and the templates they come from (verify-recipes/lint.mjs). Then, for each recipe:
 * a fresh virtualenv, the install line exactly as shown, the starter exactly as shown, its
 * development commands and server, then its production commands and server, on loopback ports
 * derived from E2E_PORT_OFFSET, with HTTP checks (verify-recipes/run-recipe.mjs) and an
 * attacker's probes (verify-recipes/probes.mjs).
 *
 * A recipe whose install line asks for a package the index does not have is reported as "not
 * installable here", never as passed; `--find-links DIR` or `--index-url URL` add where pip may
 * find it. The closing lines name the stacks this run proved and those it could not install, then
 * `N passed, N failed, N not installable here`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadAppModule } from './lib/load-app-module.mjs';
import { installRuff, lintStarters } from './verify-recipes/lint.mjs';
import { verifyRecipe } from './verify-recipes/run-recipe.mjs';
import { fillWheelhouse } from './verify-recipes/wheelhouse.mjs';

const USAGE = `Usage: npm run verify:recipes -- [options]

  --find-links DIR   also look for packages in DIR (wheels or sdists); repeatable
  --index-url URL    ask this package index (the first replaces pip's, the others are extra); repeatable
  --only IDS         run only these, e.g. recipe-2,first-app-1 (RECIPES_ONLY does the same)
  --help             this text

Python: RECIPES_PYTHON, else python3.11, else python3 (3.10 or newer, with venv).`;

const started = Date.now();
const PARALLEL = 2;
const portBase = 9100 + Number(process.env.E2E_PORT_OFFSET ?? 0);

function options() {
  const { values } = parseArgs({
    options: {
      'find-links': { type: 'string', multiple: true, default: [] },
      'index-url': { type: 'string', multiple: true, default: [] },
      only: { type: 'string', default: process.env.RECIPES_ONLY ?? '' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const [index, ...extra] = values['index-url'];
  // pip's own options, for every lookup and download from the index.
  const pipArgs = [
    ...values['find-links'].flatMap((dir) => ['--find-links', resolve(dir)]),
    ...(index ? ['--index-url', index] : []),
    ...extra.flatMap((url) => ['--extra-index-url', url]),
  ];
  return { pipArgs, only: values.only ? values.only.split(',') : undefined };
}

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
  if (job.kind === 'templates') return 'the templates in src/domain/recipes';
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

/** The closing lines: which stacks this run proved, which it could not install, the counts. */
function summary(results) {
  const named = (status) => results.filter((result) => result.status === status);
  const list = (items, detail) =>
    items.map((result) => `  ${result.job.id} (${describe(result.job)})${detail(result)}`);
  const passed = named('passed');
  const failed = named('failed');
  const skipped = named('not-installable');
  const missing = [...new Set(skipped.map((result) => result.missing))].sort();
  return [
    `Proved here (${passed.length}):`,
    ...list(passed, () => ''),
    ...(failed.length > 0 ? [`Failed (${failed.length}):`, ...list(failed, () => '')] : []),
    ...(skipped.length > 0
      ? [
          `Not installable here, not counted as passed (${skipped.length}; missing ${missing.join(', ')}):`,
          ...list(skipped, (result) => `: ${result.missing}`),
          'Prove them with the missing packages: npm run verify:recipes -- --find-links DIR',
        ]
      : []),
    `verify:recipes took ${((Date.now() - started) / 60000).toFixed(1)} min`,
    `${passed.length} passed, ${failed.length} failed, ${skipped.length} not installable here`,
  ];
}

async function main() {
  const { pipArgs, only } = options();
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

  const { distinctRecipes } = await loadAppModule('src/domain/recipe-variants.ts');
  const jobs = jobsFrom(distinctRecipes()).filter((job) => !only || only.includes(job.id));
  const firstApps = jobs.filter((job) => job.kind === 'beginner').length;
  console.log(
    `verify:recipes: ${jobs.length} recipes (${jobs.length - firstApps} stacks, ${firstApps} first apps), Python ${python.version}, ${PARALLEL} at a time`,
  );
  const wheelhouse = join(work, 'wheelhouse');
  const fetched = await fillWheelhouse(python.python, wheelhouse, pipCache, jobs, pipArgs);
  if (!fetched.ok) {
    console.error(fetched.reason);
    console.error('0 passed, 0 failed: no package index reachable');
    process.exit(1);
  }
  console.log(
    `wheelhouse ready${fetched.missing.size > 0 ? `; the index lacks ${[...fetched.missing].join(', ')}` : ''}`,
  );

  console.log('ruff: linting and format-checking the templates and every starter app');
  const tools = installRuff(python.python, join(work, 'tools'), wheelhouse, {
    ...process.env,
    PIP_CACHE_DIR: pipCache,
  });
  if (!tools.ruff) {
    console.error(tools.reason);
    console.log('0 passed, 1 failed: the starter apps could not be linted');
    process.exit(1);
  }
  const lint = lintStarters(tools.ruff, join(work, 'lint'), jobs);
  if (lint.shared) console.log(`FAIL templates (ruff):\n${lint.shared}`);
  console.log(`ruff: ${jobs.length - lint.jobs.size} of ${jobs.length} apps clean`);

  const results = [];
  let next = 0;
  async function worker(slot) {
    while (next < jobs.length) {
      const job = jobs[next++];
      const dir = join(work, job.id);
      mkdirSync(dir);
      const t0 = Date.now();
      const findings = lint.jobs.get(job.id);
      const result = findings
        ? { status: 'failed', reason: `ruff:\n${findings}` }
        : await verifyRecipe(job, {
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
      results.push({ ...result, job });
      if (result.status !== 'failed') rmSync(dir, { recursive: true, force: true });
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, (_, slot) => worker(slot)));
  if (lint.shared) results.push({ status: 'failed', job: { id: 'templates', kind: 'templates' } });

  results.sort((a, b) => jobs.indexOf(a.job) - jobs.indexOf(b.job));
  const failed = results.some((result) => result.status === 'failed');
  if (!failed) rmSync(work, { recursive: true, force: true });
  else console.log(`Failed recipes' folders are kept in ${work}`);
  for (const line of summary(results)) console.log(line);
  // Never pass on nothing: at least one recipe must have run.
  process.exit(!failed && results.some((result) => result.status === 'passed') ? 0 : 1);
}

await main();
