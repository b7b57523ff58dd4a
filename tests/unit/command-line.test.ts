/**
 * The scripts' command lines (scripts/lib/command-line.mjs), as a developer meets them: a script
 * run with a bad option stops with its usage, never a stack trace, before doing any work.
 */
import { spawnSync } from 'node:child_process';

function run(script: string, ...args: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, E2E_PORT_OFFSET: '0' },
  });
  return { status, stdout, stderr };
}

it('prints the usage for --help and exits cleanly', () => {
  const { status, stdout } = run('scripts/check-size.mjs', '--help');
  expect(status).toBe(0);
  expect(stdout).toBe('Usage: node scripts/check-size.mjs [outDir]   (default: dist)\n');
});

it('names an unknown option and shows the usage, with the usage exit code', () => {
  const { status, stderr } = run('scripts/check-size.mjs', '--out-dir', 'dist');
  expect(status).toBe(64);
  expect(stderr).toContain("Unknown option '--out-dir'");
  expect(stderr).toContain('Usage: node scripts/check-size.mjs [outDir]');
  expect(stderr).not.toContain('    at ');
});

it('refuses a number option that is not a whole number', () => {
  const { status, stderr } = run('scripts/start-edge.mjs', '--port', '80a');
  expect(status).toBe(64);
  expect(stderr).toBe(
    '--port must be a whole number of at least 1, not "80a"\n' +
      'Usage: npm run start:edge -- [--port N] [--inspector-port N]\n',
  );
});
