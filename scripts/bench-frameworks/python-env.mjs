/**
 * The apps' Python: each framework gets a virtualenv with its requirements (bench/apps/<id>/
 * requirements.txt), lines marked `# release: <key>` pinned from the app's release table. A
 * version the package index lacks is replaced by the newest it has, and both are recorded.
 * Virtualenvs are kept under bench/.cache/ (gitignored), named by a digest of what went into
 * them, so a rerun with the same pins starts at once.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KitError } from './cleanup.mjs';
import { runCommand as run } from './run-command.mjs';

/** Bump to rebuild every cached virtualenv (e.g. when how they are made changes). */
const VENV_FORMAT = 2;

/**
 * The requirements of a requirements.txt: `{ requirement, name, release? }` per line, where
 * `release` is the release-table key of a line ending in `# release: <key>`.
 * @param {string} text
 */
export function parseRequirements(text) {
  return text
    .split('\n')
    .map((line) => {
      const [spec = '', comment = ''] = line.split('#');
      const requirement = spec.trim();
      if (requirement === '') return undefined;
      const release = comment.match(/^\s*release:\s*(\w+)\s*$/)?.[1];
      const name = requirement.replace(/[[<>=!~;\s].*$/, '');
      return release ? { requirement, name, release } : { requirement, name };
    })
    .filter((entry) => entry !== undefined);
}

/** The newest-first versions pip's index has for `name` (`pip index versions`). */
function indexVersions(python, name, env) {
  return new Promise((resolve) => {
    const child = spawn(python, ['-m', 'pip', 'index', 'versions', name], { env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', () => {
      const line = output.split('\n').find((l) => l.startsWith('Available versions:'));
      resolve({
        versions: line
          ? line
              .slice('Available versions:'.length)
              .split(',')
              .map((v) => v.trim())
          : [],
        output,
      });
    });
  });
}

/**
 * `pip`'s environment: an unreachable default index beside a mirror costs each lookup pip's
 * retries with back-off; one retry keeps a passing hiccup from failing the run (as verify:recipes).
 */
export function pipEnv(cacheDir) {
  return {
    ...process.env,
    PIP_CACHE_DIR: join(cacheDir, 'pip'),
    PIP_RETRIES: process.env.PIP_RETRIES ?? '1',
    PIP_DISABLE_PIP_VERSION_CHECK: '1',
  };
}

/**
 * The version to install for each release-table key: the table's when the index has it, else the
 * newest the index has. One lookup per package, shared by every framework that asks.
 */
function pinLookup({ python, releases, cacheDir }) {
  const env = pipEnv(cacheDir);
  const lookups = new Map();
  return (key) => {
    if (!lookups.has(key)) {
      lookups.set(
        key,
        (async () => {
          const release = releases[key];
          if (!release) throw new KitError(`the release table has no entry "${key}"`);
          const { versions, output } = await indexVersions(python, release.package, env);
          if (versions.length === 0) {
            throw new KitError(
              `pip found no version of ${release.package} on any package index it can reach:\n` +
                output.trim().split('\n').slice(-4).join('\n'),
            );
          }
          const measured = versions.includes(release.version) ? release.version : versions[0];
          return { package: release.package, table: release.version, measured };
        })(),
      );
    }
    return lookups.get(key);
  };
}

/** True when `python`'s pip can install into another environment (`pip --python`, pip 22.3+). */
function pipTargetsOtherPythons(python) {
  const probe = spawnSync(python, ['-m', 'pip', '--version'], { encoding: 'utf8' });
  const [major = 0, minor = 0] = (probe.stdout.match(/^pip (\d+)\.(\d+)/)?.slice(1) ?? []).map(
    Number,
  );
  return probe.status === 0 && (major > 22 || (major === 22 && minor >= 3));
}

/**
 * A virtualenv per framework with its requirements installed and pinned, and the pins (release
 * table version and the one installed). A virtualenv is named by a digest of what decides its
 * contents (Python's version, the requirements file, the table's versions for it), so a rerun
 * with the same inputs reuses it without asking the index again; a new one replaces the older
 * ones of its framework. New ones install from one shared download (bench/.cache/wheels), so
 * the index is asked once per package, not once per virtualenv.
 * @param {{ python: string, pythonVersion: string,
 *   releases: Record<string, { package: string, version: string }>,
 *   requirements: Record<string, string>, cacheDir: string, log: (line: string) => void }} input
 *   `requirements`: each framework's requirements.txt text
 * @returns {Promise<Record<string, { dir: string, lines: string[], pins: object[] }>>}
 */
export async function prepareVenvs({
  python,
  pythonVersion,
  releases,
  requirements,
  cacheDir,
  log,
}) {
  const pinOf = pinLookup({ python, releases, cacheDir });
  const venvs = join(cacheDir, 'venvs');
  const wheels = join(cacheDir, 'wheels');
  await mkdir(venvs, { recursive: true });
  const planned = await Promise.all(
    Object.entries(requirements).map(async ([framework, text]) => {
      const parsed = parseRequirements(text);
      const tableVersions = parsed
        .filter((line) => line.release)
        .map((line) => [line.release, releases[line.release]?.version]);
      const key = createHash('sha256')
        .update(JSON.stringify({ VENV_FORMAT, pythonVersion, text, tableVersions }))
        .digest('hex')
        .slice(0, 12);
      const dir = join(venvs, `${framework}-${key}`);
      const ready = join(dir, '.bench-ready.json');
      if (existsSync(ready)) {
        log(`${framework}: virtualenv ready (cached, ${key})`);
        return { framework, dir, cached: true, ...JSON.parse(await readFile(ready, 'utf8')) };
      }
      const resolved = await Promise.all(
        parsed.map(async (line) =>
          line.release ? { line, pin: await pinOf(line.release) } : { line },
        ),
      );
      return {
        framework,
        dir,
        cached: false,
        lines: resolved.map(({ line, pin }) =>
          pin ? `${line.requirement}==${pin.measured}` : line.requirement,
        ),
        pins: resolved.flatMap(({ pin }) => (pin ? [pin] : [])),
      };
    }),
  );
  const missing = planned.filter((plan) => !plan.cached);
  if (missing.length > 0) {
    const wanted = [...new Set(missing.flatMap((plan) => plan.lines))];
    log(`downloading ${wanted.length} requirements and their dependencies…`);
    await run(python, ['-m', 'pip', 'download', '-q', '-d', wheels, ...wanted], {
      env: pipEnv(cacheDir),
    });
    // A virtualenv without its own pip is made in a blink; the base pip installs into it.
    const outsidePip = pipTargetsOtherPythons(python);
    await Promise.all(
      missing.map(async ({ framework, dir, lines, pins }) => {
        const started = performance.now();
        for (const name of await readdir(venvs)) {
          if (name.startsWith(`${framework}-`)) {
            await rm(join(venvs, name), { recursive: true, force: true });
          }
        }
        const quiet = { env: pipEnv(cacheDir) };
        const install = ['install', '-q', '--no-index', '--find-links', wheels, ...lines];
        if (outsidePip) {
          await run(python, ['-m', 'venv', '--without-pip', dir], quiet);
          await run(
            python,
            ['-m', 'pip', '--python', join(dir, 'bin', 'python'), ...install],
            quiet,
          );
        } else {
          await run(python, ['-m', 'venv', dir], quiet);
          await run(join(dir, 'bin', 'python'), ['-m', 'pip', ...install], quiet);
        }
        await writeFile(
          join(dir, '.bench-ready.json'),
          `${JSON.stringify({ lines, pins }, null, 2)}\n`,
        );
        log(
          `${framework}: virtualenv ready in ${Math.round((performance.now() - started) / 1000)} s`,
        );
      }),
    );
  }
  return Object.fromEntries(
    planned.map(({ framework, dir, lines, pins }) => [framework, { dir, lines, pins }]),
  );
}

/** Every distribution installed in a virtualenv, `{ name: version }` (pip and setuptools left out). */
export async function installedPackages(venv) {
  const output = await run(join(venv, 'bin', 'python'), [
    '-c',
    'import json, importlib.metadata as m; print(json.dumps({d.metadata["Name"]: d.version for d in m.distributions()}))',
  ]);
  const all = JSON.parse(output);
  return Object.fromEntries(
    Object.entries(all)
      .filter(([name]) => !['pip', 'setuptools'].includes(name.toLowerCase()))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** The interpreter to build virtualenvs with: BENCH_PYTHON, python3.11 or python3 (3.10+). */
export function findPython() {
  for (const candidate of [process.env.BENCH_PYTHON, 'python3.11', 'python3'].filter(Boolean)) {
    const probe = spawnSync(
      candidate,
      ['-c', 'import sys, venv, platform; print(platform.python_version())'],
      { encoding: 'utf8' },
    );
    if (probe.status !== 0) continue;
    const version = probe.stdout.trim();
    const [major, minor] = version.split('.').map(Number);
    if (major === 3 && minor >= 10) return { python: candidate, version };
  }
  throw new KitError(
    'The kit needs Python 3.10 or newer with the venv module (python3.11, python3, or set' +
      ' BENCH_PYTHON). On Debian or Ubuntu: sudo apt-get install python3 python3-venv',
  );
}

/** The text of each framework's requirements.txt. */
export async function readRequirements(appsDir, frameworks) {
  return Object.fromEntries(
    await Promise.all(
      frameworks.map(async (id) => [
        id,
        await readFile(join(appsDir, id, 'requirements.txt'), 'utf8'),
      ]),
    ),
  );
}
