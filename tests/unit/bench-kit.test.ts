/**
 * The framework benchmark kit's pure parts (`npm run bench:frameworks`): reading wrk's output,
 * its command line, the requirements it pins, the tables it prints, and the answer checks that
 * stop a run before a wrong answer is measured. The whole kit runs in `npm test` as
 * `bench:frameworks -- --quick`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { summarizeRuns } from '../../src/domain/bench-results';
import { BENCH_TESTS } from '../../src/domain/content/bench-tests';
import { RELEASES } from '../../src/domain/content/releases';
import {
  INVALID_SIGNUP,
  ROWS,
  VALID_SIGNUP,
  checkTest,
  randomNumber,
  upstreamBody,
} from '../../scripts/bench-frameworks/checks.mjs';
import { FULL, QUICK, readOptions } from '../../scripts/bench-frameworks/options.mjs';
import { parseRequirements } from '../../scripts/bench-frameworks/python-env.mjs';
import {
  formatDuration,
  formatMs,
  formatRate,
  progressLine,
  resultTables,
} from '../../scripts/bench-frameworks/report.mjs';
import { parseWrkOutput, wrkArgs } from '../../scripts/bench-frameworks/wrk.mjs';
import { aRun, aRunSet } from './bench-fixtures';

/** wrk 4.1's output for a run of bench/wrk/bench.lua, as the kit receives it. */
const WRK_OUTPUT = `Running 10s test @ http://127.0.0.1:9713/db/
  2 threads and 256 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    82.65ms   40.12ms 359.99ms   71.23%
    Req/Sec   100.12     30.05   180.00     68.00%
  1995 requests in 10.05s, 303.11KB read
Requests/sec:    198.51
Transfer/sec:     30.16KB
BENCH-RESULT {"requests":1995,"durationUs":10050918,"bytes":310387,"errors":{"connect":0,"read":3,"write":0,"status":2,"timeout":1},"latencyUs":{"p50":79935,"p90":144629,"p99":278295,"max":359992,"mean":82645.0}}
`;

describe('parseWrkOutput', () => {
  it('reads requests, throughput, latency percentiles in milliseconds and errors by kind', () => {
    expect(parseWrkOutput(WRK_OUTPUT)).toEqual({
      requests: 1995,
      durationSeconds: 10.050918,
      requestsPerSecond: 198.5,
      latencyMs: { p50: 79.935, p90: 144.629, p99: 278.295, max: 359.992, mean: 82.645 },
      errors: { connect: 0, read: 3, write: 0, status: 2, timeout: 1 },
    });
  });

  it('takes a run where nothing finished as zero, not as a failure', () => {
    const figures = parseWrkOutput(
      'BENCH-RESULT {"requests":0,"durationUs":1000000,"bytes":0,"errors":{"connect":0,"read":0,"write":0,"status":0,"timeout":16},"latencyUs":{"p50":0,"p90":0,"p99":0,"max":0,"mean":0.0}}\n',
    );
    expect(figures.requestsPerSecond).toBe(0);
    expect(figures.errors.timeout).toBe(16);
  });

  it.each([
    [
      'no result line (wrk failed to start)',
      'unable to connect to 127.0.0.1:9713 Connection refused\n',
    ],
    [
      'a result line with a count that is not one',
      WRK_OUTPUT.replace('"requests":1995', '"requests":-1'),
    ],
    ['a zero duration', WRK_OUTPUT.replace('"durationUs":10050918', '"durationUs":0')],
  ])('throws on %s', (_what, output) => {
    expect(() => parseWrkOutput(output)).toThrow();
  });
});

describe('wrkArgs', () => {
  it('loads the URL through the kit’s Lua script with the test and its argument', () => {
    const args = wrkArgs({
      threads: 2,
      connections: 256,
      durationSeconds: 10,
      timeoutSeconds: 10,
      script: 'bench/wrk/bench.lua',
      url: 'http://127.0.0.1:9713/db/',
      test: 'db',
      arg: '10000',
    });
    expect(args.slice(0, 8)).toEqual([
      '--threads',
      '2',
      '--connections',
      '256',
      '--duration',
      '10s',
      '--timeout',
      '10s',
    ]);
    expect(args.slice(8)).toEqual([
      '--script',
      'bench/wrk/bench.lua',
      'http://127.0.0.1:9713/db/',
      '--',
      'db',
      '10000',
    ]);
  });

  it('never asks for more threads than connections (wrk refuses)', () => {
    const args = wrkArgs({
      threads: 4,
      connections: 2,
      durationSeconds: 1,
      timeoutSeconds: 10,
      script: 'bench/wrk/bench.lua',
      url: 'http://127.0.0.1:1/json',
      test: 'json',
    });
    expect(args[1]).toBe('2');
  });
});

describe('readOptions', () => {
  it('runs the full method by default, on ports from E2E_PORT_OFFSET', () => {
    expect(readOptions([], { E2E_PORT_OFFSET: '100' })).toMatchObject({
      quick: false,
      db: 'postgresql',
      rounds: FULL.rounds,
      durationSeconds: FULL.durationSeconds,
      warmupSeconds: FULL.warmupSeconds,
      connections: [16, 256],
      out: 'bench/results.json',
      portBase: 9700,
      target: undefined,
    });
  });

  it('--quick is short and writes beside, never over, a full run’s results', () => {
    expect(readOptions(['--quick'])).toMatchObject({
      rounds: QUICK.rounds,
      durationSeconds: QUICK.durationSeconds,
      out: 'bench/results-quick.json',
      portBase: 9600,
    });
  });

  it('reads every option', () => {
    expect(
      readOptions([
        '--db',
        'sqlite',
        '--rounds',
        '3',
        '--duration',
        '20',
        '--warmup',
        '2',
        '--connections',
        '256, 16,64',
        '--out',
        'x.json',
      ]),
    ).toMatchObject({
      db: 'sqlite',
      rounds: 3,
      durationSeconds: 20,
      warmupSeconds: 2,
      connections: [16, 64, 256],
      out: 'x.json',
    });
    expect(readOptions(['--target', 'http://10.0.0.5:9610']).target).toEqual({
      host: '10.0.0.5',
      port: 9610,
      href: 'http://10.0.0.5:9610/',
    });
  });

  it.each([
    [['--db', 'mysql'], /--db is postgresql or sqlite/],
    [['--rounds', '0'], /--rounds needs a positive whole number/],
    [['--duration', 'ten'], /--duration needs a positive whole number/],
    [['--connections', '16,-1'], /--connections needs a positive whole number/],
    [['--target', 'not a url'], /--target needs a URL/],
    [['--target', 'http://10.0.0.5'], /with a port/],
    [['--serve', '--target', 'http://10.0.0.5:9610'], /one per machine/],
    [['--fast'], /Unknown option '--fast'/],
  ])('refuses %j with a message that says why', (argv, message) => {
    expect(() => readOptions(argv)).toThrow(message);
  });
});

describe('the apps’ requirements', () => {
  it.each(['django', 'fastapi', 'flask'])(
    '%s pins every release-table line to a package the table names, the rest exactly',
    (framework) => {
      const lines = parseRequirements(
        readFileSync(`bench/apps/${framework}/requirements.txt`, 'utf8'),
      );
      expect(lines.length).toBeGreaterThan(3);
      for (const line of lines) {
        if (line.release) {
          const release = RELEASES[line.release as keyof typeof RELEASES];
          expect(release?.package.toLowerCase(), line.requirement).toBe(line.name.toLowerCase());
        } else {
          expect(line.requirement).toMatch(/==\d/);
        }
      }
    },
  );

  it('reads names, extras and release keys', () => {
    expect(
      parseRequirements('# comment\n\nuvicorn[standard]  # release: uvicorn\nhttpx==0.28.1\n'),
    ).toEqual([
      { requirement: 'uvicorn[standard]', name: 'uvicorn', release: 'uvicorn' },
      { requirement: 'httpx==0.28.1', name: 'httpx' },
    ]);
  });
});

describe('what the kit prints', () => {
  it('formats figures for a table', () => {
    expect([formatRate(12345.6), formatRate(87.25), formatRate(0)]).toEqual([
      '12,346',
      '87.3',
      '0',
    ]);
    expect([formatMs(0.41234), formatMs(12.345), formatMs(1234.5)]).toEqual([
      '0.412',
      '12.3',
      '1,235',
    ]);
    expect([formatDuration(65_000), formatDuration(9_400)]).toEqual(['1m 05s', '9s']);
  });

  it('prints a progress line per run with its figures and the machine’s load', () => {
    const line = progressLine({
      index: 7,
      total: 120,
      rounds: 5,
      run: aRun({
        round: 2,
        test: 'db',
        connections: 256,
        framework: 'flask',
        requestsPerSecond: 1234,
      }),
    });
    expect(line).toBe(
      '[  7/120]  round 2/5  db         256 conn  Flask       1,234 req/s  p50     10 ms  p99     40 ms  0 errors  load 1.5',
    );
  });

  it('prints a table per test and concurrency with each framework’s ratio to the best', () => {
    const rates = { django: 500, fastapi: 2000, flask: 1000 } as const;
    const text = resultTables(
      summarizeRuns(aRunSet((f) => rates[f], { connections: [16] })),
      BENCH_TESTS,
    );
    expect(text.split('\n').slice(0, 5)).toEqual([
      'Plain JSON, 16 connections',
      '  framework  req/s  ratio  p50 ms  p99 ms  errors',
      '  Django       500  0.25×       2       8       0',
      '  FastAPI    2,000   best     0.5       2       0',
      '  Flask      1,000  0.50×       1       4       0',
    ]);
    expect(text.match(/connections$/gm)).toHaveLength(4);
  });
});

describe('the answer checks', () => {
  let server: Server;
  let base: string;
  /** What the fake framework answers; each test sets the mistakes it makes. */
  let answers: { db: (id: number) => unknown; signup: (body: unknown) => [number, unknown] };

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        const send = (status: number, value: unknown) => {
          response.writeHead(status, { 'content-type': 'application/json' });
          response.end(JSON.stringify(value));
        };
        const url = request.url ?? '';
        const id = Number(url.match(/^\/db\/(\d+)$/)?.[1]);
        if (url === '/json') send(200, { message: 'Hello, World!' });
        else if (id >= 1 && id <= ROWS) send(200, answers.db(id));
        else if (id > ROWS) send(404, { detail: 'Not found' });
        else if (url === '/validate') send(...answers.signup(JSON.parse(body)));
        else if (url === '/upstream')
          setTimeout(() => send(200, { upstream: upstreamBody(50) }), 60);
        else send(404, {});
      });
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((closed) => server.close(closed)));

  beforeEach(() => {
    answers = {
      db: (id) => ({ id, randomNumber: randomNumber(id) }),
      signup: (body) =>
        JSON.stringify(body) === JSON.stringify(VALID_SIGNUP)
          ? [200, body]
          : [
              422,
              { detail: Object.keys(INVALID_SIGNUP).map((field) => ({ loc: ['body', field] })) },
            ],
    };
  });

  it('pass for right answers on every test', async () => {
    for (const test of ['json', 'db', 'validate', 'upstream']) {
      expect(await checkTest(test, base, { upstreamDelayMs: 50 }), test).toEqual([]);
    }
  });

  it('fail for a row that is not the seeded one', async () => {
    answers.db = (id) => ({ id, randomNumber: 1 });
    const problems = await checkTest('db', base, { upstreamDelayMs: 50 });
    expect(problems[0]).toMatch(/^GET \/db\/1 answered \{"id":1,"randomNumber":1\}, not /);
  });

  it('fail for a validator that accepts anything', async () => {
    answers.signup = (body) => [200, body];
    expect(await checkTest('validate', base, { upstreamDelayMs: 50 })).toEqual([
      'POST /validate (invalid) answered 200, not 400 or 422',
    ]);
  });

  it('fail for an upstream answer faster than the upstream can give', async () => {
    expect(await checkTest('upstream', base, { upstreamDelayMs: 5000 })).toEqual([
      expect.stringMatching(
        /GET \/upstream answered \{"upstream":\{"service":"upstream","delayMs":50\}\}, not/,
      ),
    ]);
  });

  it('fail, naming it, for a server that is not there', async () => {
    const problems = await checkTest('json', 'http://127.0.0.1:9', { upstreamDelayMs: 50 });
    expect(problems[0]).toMatch(/^GET \/json: /);
  });

  it('know the rows exactly as bench/seed.py writes them', () => {
    const ids = [1, 2, 4242, ROWS];
    const fromPython = execFileSync(
      'python3',
      [
        '-c',
        `import sys; sys.path.insert(0, "bench"); from seed import random_number, ROWS; print(ROWS, *[random_number(i) for i in ${JSON.stringify(ids)}])`,
      ],
      { encoding: 'utf8' },
    );
    expect(fromPython.trim().split(' ').map(Number)).toEqual([ROWS, ...ids.map(randomNumber)]);
  });
});
