import fc from 'fast-check';
import {
  BENCH_RESULTS_VERSION,
  median,
  parseBenchResults,
  pinNotes,
  readBenchResults,
  summarizeRuns,
} from '../../src/domain/bench-results';
import { aResultsFile, aRun, aRunSet } from './bench-fixtures';

const NOT_RESULTS = /^This is not a results file from npm run bench:frameworks: /;

describe('median', () => {
  it.each([
    [[], 0],
    [[7], 7],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1000, 10, 10], 10],
  ])('median(%j) is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('summarizeRuns', () => {
  it('takes the median of the rounds, not the mean, so one disturbed round does not count', () => {
    const runs = [1000, 1100, 200].map((requestsPerSecond, index) =>
      aRun({ round: index + 1, requestsPerSecond }),
    );
    const [only] = summarizeRuns(runs);
    expect(only?.rows[0]).toMatchObject({
      framework: 'django',
      rounds: 3,
      requestsPerSecond: 1000,
    });
  });

  it('gives each framework its ratio to the best, and names the best', () => {
    const rates = { django: 500, fastapi: 2000, flask: 1000 } as const;
    const cases = summarizeRuns(aRunSet((framework) => rates[framework]));
    for (const entry of cases) {
      expect(entry.best).toBe('fastapi');
      expect(entry.rows.map((row) => [row.framework, row.ratio])).toEqual([
        ['django', 0.25],
        ['fastapi', 1],
        ['flask', 0.5],
      ]);
    }
  });

  it('orders cases as the kit runs them: tests in order, connections ascending', () => {
    const runs = aRunSet(() => 100, { rounds: 1, connections: [256, 16] }).reverse();
    expect(summarizeRuns(runs).map((entry) => `${entry.test}@${entry.connections}`)).toEqual([
      'json@16',
      'json@256',
      'db@16',
      'db@256',
      'validate@16',
      'validate@256',
      'upstream@16',
      'upstream@256',
    ]);
  });

  it('sums every kind of error and every request over the rounds', () => {
    const runs = [1, 2].map((round) =>
      aRun({
        round,
        requests: 100,
        errors: { connect: 1, read: 2, write: 0, status: 3, timeout: 4 },
      }),
    );
    expect(summarizeRuns(runs)[0]?.rows[0]).toMatchObject({ requests: 200, errors: 20 });
  });

  it('shows a framework with no completed request at ratio 0 rather than failing', () => {
    const runs = [aRun({ requestsPerSecond: 0, framework: 'django' })];
    expect(summarizeRuns(runs)[0]?.rows[0]?.ratio).toBe(0);
  });
});

describe('readBenchResults', () => {
  it('reads a file the kit writes', () => {
    const reading = readBenchResults(aResultsFile());
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.results.runs).toHaveLength(72);
    expect(reading.results.frameworks.map((f) => f.id)).toEqual(['django', 'fastapi', 'flask']);
    expect(reading.ignored).toEqual([]);
  });

  it.each([
    ['a list', []],
    ['null', null],
    ['a number', 42],
    ['a package.json', { name: 'python-framework-picker', version: '0.1.0' }],
    ['a results file of another tool', { format: 'wrk', runs: [] }],
  ])('refuses %s with a message that says what it is not', (_what, value) => {
    const reading = readBenchResults(value);
    expect(reading).toEqual({
      ok: false,
      message: expect.stringMatching(NOT_RESULTS),
    });
  });

  it('says a newer format comes from a newer kit', () => {
    const reading = readBenchResults({ ...aResultsFile(), version: BENCH_RESULTS_VERSION + 1 });
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.message).toMatch(/newer kit/);
  });

  it('names the first field that is wrong', () => {
    const file = aResultsFile();
    const runs = file.runs.map((run, index) =>
      index === 3 ? { ...run, requestsPerSecond: 'fast' } : run,
    );
    expect(readBenchResults({ ...file, runs })).toEqual({
      ok: false,
      message:
        'This is not a results file from npm run bench:frameworks: runs[3].requestsPerSecond is not a number of at least 0.',
    });
    expect(readBenchResults({ ...file, environment: { ...file.environment, cores: 0 } })).toEqual({
      ok: false,
      message:
        'This is not a results file from npm run bench:frameworks: environment.cores is not a number of at least 1.',
    });
  });

  it('refuses negative, infinite and absurdly long values', () => {
    const file = aResultsFile();
    const withRun = (patch: object) =>
      readBenchResults({ ...file, runs: [{ ...file.runs[0], ...patch }] });
    expect(withRun({ requests: -1 }).ok).toBe(false);
    expect(withRun({ requests: 1.5 }).ok).toBe(false);
    expect(withRun({ durationSeconds: Number.POSITIVE_INFINITY }).ok).toBe(false);
    expect(readBenchResults({ ...file, command: 'x'.repeat(5000) })).toEqual({
      ok: false,
      message: expect.stringMatching(/command is longer than 2000 characters/),
    });
  });

  it('leaves out, and names, frameworks and tests it does not know (a newer kit’s)', () => {
    const file = aResultsFile();
    const reading = readBenchResults({
      ...file,
      frameworks: [...file.frameworks, { ...file.frameworks[0], id: 'litestar' }],
      runs: [
        ...file.runs,
        { ...file.runs[0], framework: 'litestar' },
        { ...file.runs[0], test: 'ws' },
      ],
    });
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.results.runs).toHaveLength(72);
    expect(reading.ignored).toEqual([
      '1 unknown framework',
      '2 runs of unknown frameworks or tests',
    ]);
  });

  it('refuses a file with no run it can show', () => {
    expect(readBenchResults({ ...aResultsFile(), runs: [] })).toEqual({
      ok: false,
      message: expect.stringMatching(/runs holds no run/),
    });
  });

  it('never throws, whatever the file holds', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const reading = readBenchResults(value);
        expect(typeof reading.ok).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(fc.string(), (source) => {
        expect(parseBenchResults(source).ok).toBe(false);
      }),
    );
  });

  it('never throws on a results file with any one field replaced', () => {
    const file = aResultsFile(aRunSet(() => 1000, { rounds: 1 }));
    const keys = Object.keys(file);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything(), (key, value) => {
        const reading = readBenchResults({ ...file, [key]: value });
        expect(typeof reading.ok).toBe('boolean');
      }),
    );
  });
});

describe('parseBenchResults', () => {
  it('says a file that is not JSON is not JSON', () => {
    expect(parseBenchResults('Requests/sec: 1234.5')).toEqual({
      ok: false,
      message: 'This is not a results file from npm run bench:frameworks: it is not JSON.',
    });
  });

  it('reads the text the kit writes', () => {
    expect(parseBenchResults(JSON.stringify(aResultsFile(), null, 2)).ok).toBe(true);
  });
});

describe('pinNotes', () => {
  it('says where the measured version differs from the release table, and only there', () => {
    expect(
      pinNotes({
        id: 'django',
        servers: [],
        packages: {},
        pins: [
          { package: 'Django', table: '6.1.2', measured: '5.2.17' },
          { package: 'gunicorn', table: '26.2.0', measured: '26.2.0' },
        ],
      }),
    ).toEqual(['Django: table says 6.1.2, measured 5.2.17']);
  });
});
