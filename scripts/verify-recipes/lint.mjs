/**
 * The starter apps linted and formatted with the Python ecosystem's own tool: ruff, installed
 * from the package index into the verifier's own virtualenv and run with its defaults
 * (`--isolated`: no configuration of ours or of the machine), so a newcomer who runs `ruff check`
 * and `ruff format` on a starter sees what this run saw.
 *
 * - Every app a user can copy is checked exactly as shown, with no rule left out.
 * - The templates in src/domain/recipes/ are checked as files a newcomer edits. A template holds
 *   alternatives side by side (two `def health` for sync and async, alternative import lines),
 *   which is what F811 (redefinition) and I001 (import order) would flag; each rendered app is
 *   checked with both.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TEMPLATE_ONLY_RULES = ['F811', 'I001'];

/** Installs ruff from the wheelhouse into `venv`; returns its path or a reason it could not. */
export function installRuff(python, venv, wheelhouse, env) {
  const made = spawnSync(python, ['-m', 'venv', venv], { encoding: 'utf8' });
  if (made.status !== 0) return { reason: `python -m venv failed: ${made.stderr}` };
  const pip = spawnSync(
    join(venv, 'bin/python'),
    ['-m', 'pip', 'install', '-q', '--no-index', '--find-links', wheelhouse, 'ruff'],
    { encoding: 'utf8', env },
  );
  if (pip.status !== 0) return { reason: `ruff is not installable here:\n${pip.stderr.trim()}` };
  return { ruff: join(venv, 'bin/ruff') };
}

function ruff(binary, args) {
  const run = spawnSync(binary, [...args, '--isolated', '--no-cache'], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

/** Lints and format-checks files; returns what ruff said, or nothing when both pass. */
function lintFiles(binary, paths, ignore = []) {
  const extra = ignore.length > 0 ? ['--extend-ignore', ignore.join(',')] : [];
  const checked = ruff(binary, ['check', '--output-format', 'concise', ...extra, ...paths]);
  const formatted = ruff(binary, ['format', '--check', '--diff', ...paths]);
  const said = [checked, formatted].filter((run) => !run.ok).map((run) => run.output);
  return said.length > 0 ? said.join('\n') : undefined;
}

/**
 * Lints the templates, the verifier's own Python, and each job's app as the user sees it (written
 * under `dir`). Returns `{ templates?: string, jobs: Map<jobId, string> }`: ruff's findings.
 */
export function lintStarters(binary, dir, jobs) {
  const templates = lintFiles(binary, [join(root, 'src/domain/recipes')], TEMPLATE_ONLY_RULES);
  const own = lintFiles(binary, [fileURLToPath(new URL('forge_sessions.py', import.meta.url))]);
  const findings = new Map();
  for (const job of jobs) {
    const source = job.kind === 'beginner' ? job.recipe.beginner : job.recipe;
    const folder = join(dir, job.id);
    mkdirSync(folder, { recursive: true });
    const file = join(folder, source.filename);
    writeFileSync(file, source.starterApp);
    const said = lintFiles(binary, [file]);
    if (said) findings.set(job.id, said.replaceAll(`${folder}/`, ''));
  }
  const shared = [templates, own].filter(Boolean).join('\n');
  return {
    ...(shared && { shared: shared.replaceAll(root, '') }),
    jobs: findings,
  };
}
