/**
 * `npm run test:embed-soak [-- --rounds N]`: the embed journeys in Chromium, Firefox and WebKit,
 * N times in a row (default 20), with no retries, to show they pass every time on a loaded
 * machine rather than most times. Builds once, then each round runs the Playwright embed specs
 * and the cross-engine embed journeys (tests/engines) in each engine, one after another.
 *
 * Prints each run as it ends and a final count; exits non-zero if any run failed. A failed run
 * keeps its evidence under test-results/embed-soak/round-<n>/: the Playwright trace of each
 * failed test (playwright.config.ts keeps traces on failure) and every engine's full output.
 * Passing rounds leave nothing behind. Honours E2E_PORT_OFFSET like every browser test.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';

const { values: options } = parseArgs({
  options: { rounds: { type: 'string', default: '20' } },
});
const ROUNDS = Number(options.rounds);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) {
  console.error(`--rounds must be a whole number from 1, not "${options.rounds}"`);
  process.exit(2);
}

const OUTPUT = 'test-results/embed-soak';
const BIN = 'node_modules/.bin';
/** Every test whose file or title names the embed: the specs below and the engines' journeys. */
const EMBED = 'embed';
const PLAYWRIGHT_SPECS = [
  'tests/e2e/embed.spec.ts',
  'tests/e2e/embed-out-of-view.spec.ts',
  'tests/e2e/embed-reader.spec.ts',
  'tests/e2e/engines.spec.ts',
];
const ENGINE_CONFIG = ['--config', 'tests/engines/vitest.config.ts'];

/** One engine's run in a round: the command, and where its own artefacts go. */
function runsOf(roundDir) {
  return [
    {
      engine: 'Chromium',
      command: [
        `${BIN}/playwright`,
        'test',
        ...PLAYWRIGHT_SPECS,
        '--grep',
        EMBED,
        '--reporter=line',
        '--output',
        join(roundDir, 'chromium'),
      ],
    },
    {
      engine: 'Firefox',
      command: [
        `${BIN}/vitest`,
        'run',
        ...ENGINE_CONFIG,
        'tests/engines/firefox.test.ts',
        '-t',
        EMBED,
      ],
    },
    {
      engine: 'WebKit',
      command: [
        `${BIN}/vitest`,
        'run',
        ...ENGINE_CONFIG,
        'tests/engines/webkit.test.ts',
        '-t',
        EMBED,
      ],
    },
  ];
}

/** Runs a command with its output into `logFile`; resolves with its exit code. */
function run([command, ...args], logFile, env = {}) {
  return new Promise((resolve) => {
    const log = createWriteStream(logFile);
    const child = spawn(command, args, {
      env: { ...process.env, FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('close', (code) => log.end(() => resolve(code ?? 1)));
  });
}

/** "27 passed" and the like, from a runner's summary, for the progress line. */
function summaryOf(output) {
  // Without colour codes, and without Vitest's count of files.
  const text = stripVTControlCharacters(output).replace(/^\s*Test Files .*$/gm, '');
  const counts = [...text.matchAll(/\b(\d+) (passed|failed|flaky|skipped)\b/g)].map(
    (match) => `${match[1]} ${match[2]}`,
  );
  return [...new Set(counts)].join(', ') || 'no summary';
}

const seconds = (since) => Math.round((performance.now() - since) / 1000);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

function formatDuration(totalSeconds) {
  const minutes = Math.floor(totalSeconds / 60);
  return `${minutes}m${String(totalSeconds % 60).padStart(2, '0')}s`;
}

await rm(OUTPUT, { recursive: true, force: true });
await mkdir(OUTPUT, { recursive: true });

console.log(`embed soak: ${ROUNDS} rounds; load average ${load()}`);
console.log('building the app (dist/) and its sub-path build (dist-base/) once…');
for (const [name, env, args] of [
  ['build', {}, []],
  ['build-base', { BASE_PATH: '/picker/' }, ['--outDir', 'dist-base']],
]) {
  const logFile = join(OUTPUT, `${name}.log`);
  if ((await run([`${BIN}/vite`, 'build', ...args], logFile, env)) !== 0) {
    console.error(`the ${name} failed: see ${logFile}`);
    process.exit(1);
  }
}

const started = performance.now();
const loads = [];
let passedRounds = 0;
const failures = [];
for (let round = 1; round <= ROUNDS; round += 1) {
  const roundDir = join(OUTPUT, `round-${round}`);
  await mkdir(roundDir, { recursive: true });
  const roundStart = performance.now();
  const parts = [];
  let roundPassed = true;
  for (const { engine, command } of runsOf(roundDir)) {
    const since = performance.now();
    const logFile = join(roundDir, `${engine.toLowerCase()}.log`);
    const code = await run(command, logFile);
    const summary = summaryOf(await readFile(logFile, 'utf8'));
    parts.push(`${engine} ${code === 0 ? 'ok' : 'FAILED'} (${summary}, ${seconds(since)}s)`);
    if (code !== 0) {
      roundPassed = false;
      failures.push(`round ${round}, ${engine}: ${logFile}`);
    }
  }
  loads.push(loadavg()[0]);
  if (roundPassed) {
    passedRounds += 1;
    await rm(roundDir, { recursive: true, force: true });
  }
  console.log(
    `round ${round}/${ROUNDS} ${roundPassed ? 'passed' : 'FAILED'} in ${seconds(roundStart)}s, ` +
      `load ${load()}: ${parts.join(' · ')}`,
  );
}

const meanLoad = loads.reduce((sum, value) => sum + value, 0) / loads.length;
console.log(
  `\nembed soak: ${passedRounds}/${ROUNDS} rounds passed (Chromium, Firefox, WebKit, no retries) ` +
    `in ${formatDuration(seconds(started))}; 1-minute load average ${Math.min(...loads).toFixed(1)}` +
    `–${Math.max(...loads).toFixed(1)}, mean ${meanLoad.toFixed(1)}, on ${availableParallelism()} cores`,
);
if (failures.length > 0) {
  console.log(`failures (trace and logs kept):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
