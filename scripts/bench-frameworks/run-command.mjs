/** The kit's one way to run a setup command (pip, venv, initdb, pg_ctl, a Python script). */
import { spawn } from 'node:child_process';
import { KitError } from './cleanup.mjs';

/**
 * Runs `command` with `args` and resolves with everything it printed; when it fails, rejects with
 * a KitError that names it (`what`, or the command line) and quotes the last lines it printed.
 * @param {string} command
 * @param {string[]} args
 * @param {{ what?: string, env?: NodeJS.ProcessEnv, cwd?: string }} [options]
 * @returns {Promise<string>}
 */
export function runCommand(command, args, { what, env, cwd } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) return resolve(output);
      const tail = output.trim().split('\n').slice(-12).join('\n');
      reject(new KitError(`${what ?? `${command} ${args.join(' ')}`} failed:\n${tail}`));
    });
  });
}
