/**
 * One download for every recipe: `pip download` of the union of all install lines' requirements
 * into a wheelhouse the virtualenvs then install from. Each requirement is first looked up on its
 * own (all at once, without dependencies), so one missing package does not hide the others; a
 * requirement the index lacks is left out and named. Its recipes then fail to install from the
 * wheelhouse with pip's "No matching distribution" message and are reported as not installable.
 */
import { spawn, spawnSync } from 'node:child_process';

/** The quoted requirements of `pip install "A>=1" "B[x]>=2"`. */
export function requirementsOf(pipInstall) {
  return [...pipInstall.matchAll(/"([^"]+)"/g)].map((match) => match[1]);
}

/** The normalised project name of a requirement such as `SQLAlchemy[asyncio]>=2.0`. */
export function projectOf(requirement) {
  return requirement
    .replace(/[[<>=!~].*$/, '')
    .toLowerCase()
    .replace(/[-_.]+/g, '-');
}

function pipDownload(python, args, env) {
  return new Promise((resolve) => {
    const child = spawn(python, ['-m', 'pip', 'download', '-q', ...args], { env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ ok: code === 0, output }));
  });
}

/**
 * Fills `wheelhouse` with every recipe's requirements and ruff (which lints the starters);
 * `pipArgs` (`--find-links`, `--index-url`…) say where else pip may look. Returns
 * `{ ok, missing, reason }`, not ok when the index had nothing.
 */
export async function fillWheelhouse(python, wheelhouse, pipCache, jobs, pipArgs = []) {
  const env = {
    ...process.env,
    PIP_CACHE_DIR: pipCache,
    // An index that cannot be reached (a default index behind a closed network, beside a mirror
    // that answers) costs every lookup pip's five retries with back-off, about 8 s each: one retry
    // keeps a passing hiccup from failing the run without that wait.
    PIP_RETRIES: process.env.PIP_RETRIES ?? '1',
  };
  const wanted = [
    ...new Set(
      jobs.flatMap((job) =>
        requirementsOf(
          job.kind === 'beginner' ? job.recipe.beginner.pipInstall : job.recipe.pipInstall,
        ),
      ),
    ),
    'ruff',
  ];
  console.log(`  looking up ${wanted.length} requirements`);
  const lookups = await Promise.all(
    wanted.map((requirement) =>
      pipDownload(python, [...pipArgs, '--no-deps', '-d', wheelhouse, requirement], env),
    ),
  );
  const missing = new Set(
    wanted.filter((_, index) => !lookups[index]?.ok).map((requirement) => projectOf(requirement)),
  );
  const available = wanted.filter((requirement) => !missing.has(projectOf(requirement)));
  if (available.length === 0) {
    return {
      ok: false,
      missing,
      reason: `No package index reachable: pip found none of the packages.\n${lookups[0]?.output.trim().split('\n').slice(-5).join('\n') ?? ''}`,
    };
  }
  console.log(`  downloading ${available.length} requirements and their dependencies`);
  const download = spawnSync(
    python,
    ['-m', 'pip', 'download', '-q', ...pipArgs, '-d', wheelhouse, ...available],
    {
      encoding: 'utf8',
      env,
    },
  );
  if (download.status !== 0) {
    return {
      ok: false,
      missing,
      reason: `pip download failed:\n${`${download.stdout}${download.stderr}`.trim().split('\n').slice(-10).join('\n')}`,
    };
  }
  return { ok: true, missing };
}
