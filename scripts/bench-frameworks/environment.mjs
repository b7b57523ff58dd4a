/** The machine a run measured on, as results.json records it. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';

/** The three load averages, rounded to hundredths. */
export function loadAverages() {
  return loadavg().map((value) => Math.round(value * 100) / 100);
}

function osName() {
  try {
    const text = readFileSync('/etc/os-release', 'utf8');
    const name = text.match(/^PRETTY_NAME="?([^"\n]*)"?$/m)?.[1];
    if (name) return `${name}, Linux ${release()}`;
  } catch {
    // Not Linux, or no os-release: the kernel's name will do.
  }
  const uname = spawnSync('uname', ['-sr'], { encoding: 'utf8' }).stdout.trim();
  return uname || `${process.platform} ${release()}`;
}

/** CPU, cores, memory, OS and Node; the caller adds Python, the database and the load generator. */
export function machine() {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: osName(),
    node: process.version,
  };
}
