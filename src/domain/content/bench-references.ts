import { MILESTONES as M } from './releases';
import type { Source } from './sourced';
import { SOURCES } from './sources';

/** A claim on the performance page: what it says, whether it is checked, and where it is from. */
export interface BenchClaim {
  readonly text: string;
  /** `fact`: read in the sources; `unverified`: reported, but not checked against them here. */
  readonly kind: 'fact' | 'unverified';
  /** Why an unverified claim is shown anyway, and what would check it. */
  readonly note?: string;
  readonly sources: readonly Source[];
}

/** A public benchmark the page cites as dated context for its own measurements. */
export interface BenchReference {
  readonly name: string;
  /** When its figures were measured, for reading. */
  readonly when: string;
  /** The machine, for reading. */
  readonly machine: string;
  readonly claims: readonly BenchClaim[];
}

const HTTP_ARENA = 'https://github.com/MDA2AV/HttpArena';

/** The public benchmarks' pages, for the page and for claims elsewhere that quote them. */
export const BENCH_SOURCES = {
  techEmpowerR22: {
    label: 'TechEmpower blog: Framework Benchmarks Round 22',
    ref: 'https://www.techempower.com/blog/2023/11/15/framework-benchmarks-round-22/',
    asOf: '2023-11-15',
  },
  techEmpowerCitrine: {
    label: 'TechEmpower blog, March 2018: the Citrine servers (Intel Xeon Gold 5120, 14 cores)',
    ref: 'https://www.techempower.com/blog/2018/03/',
    asOf: '2018-03',
  },
  techEmpowerR23Configs: SOURCES.techEmpowerR23,
  techEmpowerSunset: SOURCES.techEmpowerSunset,
  httpArenaJsonApril10: {
    label: 'HttpArena results: JSON processing at 4,096 connections (10 April 2026)',
    ref: `${HTTP_ARENA}/blob/d5c872811e1da1ae4e81b5e092a72dd9a59aad03/site/data/json-4096.json`,
    asOf: '2026-04-10',
  },
  httpArenaJsonApril28: {
    label: 'HttpArena results: JSON processing at 4,096 connections (28 April 2026)',
    ref: `${HTTP_ARENA}/blob/388c50945e4c076a51c4a97d2203ee819881a871/site/data/json-4096.json`,
    asOf: '2026-04-28',
  },
  httpArenaFastapiOrjson: {
    label: 'HttpArena pull request 47: the first FastAPI entry (orjson, uvloop)',
    ref: `${HTTP_ARENA}/pull/47`,
    asOf: '2026-03-16',
  },
  httpArenaFastapiProduction: {
    label: 'HttpArena pull request 532: the FastAPI entry of type “production”',
    ref: `${HTTP_ARENA}/pull/532`,
    asOf: '2026-04-18',
  },
  httpArenaFastapiApp: {
    label: 'HttpArena FastAPI entry: app.py with GZip and header middleware (28 April 2026)',
    ref: `${HTTP_ARENA}/blob/388c50945e4c076a51c4a97d2203ee819881a871/frameworks/fastapi/app.py`,
    asOf: '2026-04-28',
  },
  httpArenaHardware: {
    label: 'HttpArena docs: hardware (AMD Threadripper PRO 3995WX, 64 cores)',
    ref: `${HTTP_ARENA}/blob/388c50945e4c076a51c4a97d2203ee819881a871/site/content/docs/hardware/_index.md`,
    asOf: '2026-04-28',
  },
} as const satisfies Record<string, Source>;

const S = BENCH_SOURCES;

/**
 * What other people measured, as dated context for this project's own runs. HttpArena's figures
 * were read in its result files at the commits cited; TechEmpower's results site renders its data
 * in the browser, which this project could not read, so its figures are shown as reported.
 */
export const BENCH_REFERENCES: readonly BenchReference[] = [
  {
    name: 'TechEmpower Framework Benchmarks',
    when: 'A continuous run of September 2023, reported as its last published Python results; the project was archived in March 2026',
    machine: 'Intel Xeon Gold 5120, 14 cores (TechEmpower’s “Citrine” servers)',
    claims: [
      {
        kind: 'unverified',
        text: 'FastAPI with a raw async database driver led Flask 2.2× on JSON and 2.7× on a single query.',
        note: 'Not checked here: TechEmpower’s results site renders its data in the browser, and its raw results were not available to this project.',
        sources: [S.techEmpowerR22, S.techEmpowerCitrine],
      },
      {
        kind: 'unverified',
        text: 'FastAPI with the SQLAlchemy ORM was level with Django on single queries, and on 20 queries per request Flask with a raw driver beat FastAPI with one.',
        note: 'Not checked here against TechEmpower’s raw results, for the same reason.',
        sources: [S.techEmpowerR22],
      },
      {
        kind: 'fact',
        text: `Its entries ran old releases on different stacks: Django ${M.django32.version} with MySQL, Flask ${M.flask22.version} with Meinheld and the Pony ORM, FastAPI ${M.fastapi0109.version} with raw asyncpg. The project was archived on 24 March 2026.`,
        sources: [S.techEmpowerR23Configs, S.techEmpowerSunset],
      },
    ],
  },
  {
    name: 'HttpArena',
    when: 'April 2026',
    machine: 'AMD Threadripper PRO 3995WX, 64 cores',
    claims: [
      {
        kind: 'fact',
        text: 'JSON processing at 4,096 connections, 10 April: FastAPI 256,218 requests per second, Flask 67,465 (3.8×), with FastAPI’s entry tuned for speed (orjson for JSON).',
        sources: [S.httpArenaJsonApril10, S.httpArenaFastapiOrjson, S.httpArenaHardware],
      },
      {
        kind: 'fact',
        text: 'The same test on 28 April, after FastAPI’s entry was replaced by one of type “production” (standard JSON, GZip and header middleware): FastAPI 85,612, Flask 82,137 (1.04×).',
        sources: [S.httpArenaJsonApril28, S.httpArenaFastapiProduction, S.httpArenaFastapiApp],
      },
    ],
  },
];
