/**
 * What /performance says: sentences made from a run's figures, the sourced method and public
 * references, and the committed reference run itself.
 */
import { adrMarkdown } from '../../src/domain/adr';
import {
  BENCH_TEST_IDS,
  readBenchResults,
  summarizeRuns,
  type BenchResults,
} from '../../src/domain/bench-results';
import {
  busyMachineNote,
  caseSentence,
  frameworkVersions,
  glance,
  milliseconds,
  rate,
  runLength,
  runLoad,
  runMethod,
} from '../../src/domain/bench-text';
import { MEASURED, measuredSentence } from '../../src/domain/content/bench-measured';
import { BENCH_CAVEATS, BENCH_METHOD } from '../../src/domain/content/bench-method';
import { BENCH_REFERENCES } from '../../src/domain/content/bench-references';
import { isCitableRef } from '../../src/domain/content/sourced';
import { FRAMEWORK_IDS } from '../../src/domain/frameworks';
import reference from '../../src/performance/reference-results.json';
import { reportOf } from '../support/results';
import { aResultsFile, aRunSet } from './bench-fixtures';

function results(value: unknown): BenchResults {
  const reading = readBenchResults(value);
  if (!reading.ok) throw new Error(reading.message);
  return reading.results;
}

describe('sentences about a run', () => {
  const rates = { django: 500, fastapi: 2000, flask: 1000 } as const;
  const run = results(aResultsFile(aRunSet((framework) => rates[framework])));

  it('says who led each test and how far the others trailed, at the highest concurrency', () => {
    expect(glance(run)).toEqual(
      BENCH_TEST_IDS.map(() => ({
        label: expect.any(String),
        connections: 256,
        sentence: 'FastAPI led; Flask reached 0.50× its throughput, Django 0.25×.',
      })),
    );
    expect(glance(run).map((line) => line.label)).toEqual([
      'Plain JSON',
      'One row through the ORM',
      'Validated JSON body',
      'Slow upstream call',
    ]);
  });

  it('says when only one framework was measured', () => {
    const [entry] = summarizeRuns(run.runs.filter((r) => r.framework === 'flask'));
    expect(entry && caseSentence(entry)).toBe('Flask alone was measured.');
  });

  it('describes the method, the load and the length of a run', () => {
    expect(runMethod(run)).toBe(
      'A full run: 3 rounds of 10 s per framework and test at 16 and 256 connections, PostgreSQL.',
    );
    expect(runMethod({ ...run, settings: { ...run.settings, quick: true, rounds: 1 } })).toMatch(
      /^A quick run \(--quick: proves the kit works, not for conclusions\): 1 round of/,
    );
    expect(runLoad(run)).toBe(
      'Load average 1.2 at the start and 1.5 at the end on 2 cores; the load generator ran on the same machine.',
    );
    expect(runLength(run)).toBe('25 min');
  });

  it('warns when other work kept the machine busy, and only then', () => {
    expect(busyMachineNote(run)).toBeUndefined();
    const busy = { ...run, runs: run.runs.map((r) => ({ ...r, loadAverage: 20.4 })) };
    expect(busyMachineNote(busy)).toBe(
      'Other work kept the machine busy during this run (a median load average of 20.4 on 2 cores): every figure is lower than a quiet machine gives, and the gaps that need spare CPU, such as async I/O overlapping its waits, shrink.',
    );
  });

  it('names each framework’s versions and says where the release table’s could not be measured', () => {
    expect(
      frameworkVersions({
        id: 'django',
        servers: [],
        packages: {},
        pins: [
          { package: 'Django', table: '6.1.2', measured: '5.2.17' },
          { package: 'gunicorn', table: '26.2.0', measured: '26.2.0' },
        ],
      }),
    ).toBe('Django: Django 5.2.17, gunicorn 26.2.0 (Django: table says 6.1.2, measured 5.2.17)');
  });

  it('formats figures for reading', () => {
    expect([rate(12345.6), rate(87.25)]).toEqual(['12,346', '87.3']);
    expect([milliseconds(0.41234), milliseconds(12.345), milliseconds(1234.5)]).toEqual([
      '0.412 ms',
      '12.3 ms',
      '1,235 ms',
    ]);
  });
});

describe('the method and the public references', () => {
  const notes = [...BENCH_METHOD, ...BENCH_CAVEATS];
  const claims = BENCH_REFERENCES.flatMap((entry) => entry.claims);
  const sources = [...notes.flatMap((note) => note.sources), ...claims.flatMap((c) => c.sources)];

  it.each(sources.map((source) => [source.ref, source] as const))(
    '%s is a link a reader can open, read no later than the reference run',
    (ref, source) => {
      expect(isCitableRef(ref)).toBe(true);
      expect(source.asOf).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect((source.asOf ?? '') <= MEASURED.date).toBe(true);
    },
  );

  it('cites every public benchmark figure, and says why an unverified one is shown', () => {
    for (const claim of claims) {
      expect(claim.sources.length, claim.text).toBeGreaterThan(0);
      if (claim.kind === 'unverified') expect(claim.note?.trim(), claim.text).toBeTruthy();
    }
  });
});

describe('the committed reference run', () => {
  const run = results(reference);

  it('is a full PostgreSQL run, not a quick one, on this machine’s load generator', () => {
    expect(run.settings.quick).toBe(false);
    expect(run.settings.rounds).toBeGreaterThanOrEqual(3);
    expect(run.settings.connections).toEqual([16, 256]);
    expect(run.environment.database.engine).toBe('postgresql');
    expect(run.command).toBe('npm run bench:frameworks');
  });

  it('measured every framework on every test at every concurrency in every round', () => {
    for (const test of BENCH_TEST_IDS) {
      for (const connections of run.settings.connections) {
        for (const framework of FRAMEWORK_IDS) {
          const rounds = run.runs
            .filter(
              (r) => r.test === test && r.connections === connections && r.framework === framework,
            )
            .map((r) => r.round);
          expect(rounds.sort(), `${framework} ${test} ${connections}`).toEqual(
            Array.from({ length: run.settings.rounds }, (_, i) => i + 1),
          );
        }
      }
    }
  });

  it('records every framework’s packages and its release-table pins', () => {
    expect(run.frameworks.map((f) => f.id)).toEqual([...FRAMEWORK_IDS]);
    for (const framework of run.frameworks) {
      expect(Object.keys(framework.packages).length, framework.id).toBeGreaterThan(5);
      expect(framework.pins.length, framework.id).toBeGreaterThan(1);
    }
  });
});

describe('what the comparison quotes from the reference run', () => {
  it('matches the committed reference run, so a new run cannot leave the comparison stale', () => {
    const run = results(reference);
    expect(MEASURED.date).toBe(run.startedAt.slice(0, 10));
    const top = Math.max(...run.settings.connections);
    expect(MEASURED.connections).toBe(top);
    for (const entry of summarizeRuns(run.runs).filter((c) => c.connections === top)) {
      for (const row of entry.rows) {
        expect(MEASURED.ratios[entry.test][row.framework], `${entry.test} ${row.framework}`).toBe(
          Math.round(row.ratio * 100),
        );
      }
    }
  });

  it('says it test by test, naming the fastest as such', () => {
    expect(measuredSentence('fastapi')).toBe(
      `Measured by this project (7 December 2026, 256 connections, share of the fastest): plain JSON fastest, an ORM read fastest, a validated body fastest, a slow upstream ${MEASURED.ratios.upstream.fastapi}%.`,
    );
  });
});

describe('the decision record', () => {
  const query = 'v=1&data=2026-11&kind=api&perf=important&docs=must';
  const record = (q: string, url: string) =>
    adrMarkdown({ report: reportOf(q), resultUrl: url, pipInstall: 'pip install fastapi' });

  it('cites the measurements, and the page with every figure, when performance was weighted', () => {
    const markdown = record(query, `https://picker.example.com/picker/result?${query}`);
    expect(markdown).toContain(
      `* Performance as measured for FastAPI: ${measuredSentence('fastapi')} Every figure, and how to rerun it: [Performance, measured](https://picker.example.com/picker/performance)`,
    );
  });

  it('leaves them out when performance was not a driver', () => {
    const other = 'v=1&data=2026-11&kind=webapp&admin=must';
    expect(record(other, `https://picker.example.com/result?${other}`)).not.toContain(
      'Performance as measured',
    );
  });
});
