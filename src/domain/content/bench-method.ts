import type { Source } from './sourced';
import { SOURCES } from './sources';

/** One point of the method or its caveats, with the pages that back what it says. */
export interface BenchMethodNote {
  readonly title: string;
  readonly text: string;
  readonly sources: readonly Source[];
}

const DJANGO_52 = 'https://docs.djangoproject.com/en/5.2';

const S = {
  gunicornDesign: {
    label: 'Gunicorn 26.1.0 docs: design (workers = 2 × cores + 1; sync workers close connections)',
    ref: 'https://github.com/benoitc/gunicorn/blob/26.1.0/docs/content/design.md',
    asOf: '2026-08-18',
  },
  flaskGunicorn: {
    label: 'Flask 3.1.3 docs: deploying with Gunicorn',
    ref: 'https://github.com/pallets/flask/blob/3.1.3/docs/deploying/gunicorn.rst',
    asOf: '2026-02-18',
  },
  fastapiWorkers: {
    label: 'FastAPI 0.141.1 docs: server workers (uvicorn --workers)',
    ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/deployment/server-workers.md',
    asOf: '2026-07-29',
  },
  djangoGunicorn: {
    label: 'Django 5.2 docs: how to use Django with Gunicorn',
    ref: `${DJANGO_52}/howto/deployment/wsgi/gunicorn/`,
    asOf: '2026-12',
  },
  djangoUvicorn: {
    label: 'Django 5.2 docs: how to use Django with Uvicorn',
    ref: `${DJANGO_52}/howto/deployment/asgi/uvicorn/`,
    asOf: '2026-12',
  },
  djangoChecklist: {
    label: 'Django 5.2 docs: deployment checklist (CONN_MAX_AGE)',
    ref: `${DJANGO_52}/howto/deployment/checklist/`,
    asOf: '2026-12',
  },
  djangoAsync: {
    label: 'Django 5.2 docs: asynchronous support (synchronous middleware in an async stack)',
    ref: `${DJANGO_52}/topics/async/`,
    asOf: '2026-12',
  },
  fastapiDeadlock: {
    label: 'FastAPI issue 3205: a SQLAlchemy session from a dependency can deadlock',
    ref: 'https://github.com/fastapi/fastapi/issues/3205',
    asOf: '2026-12',
  },
} as const satisfies Record<string, Source>;

/** How the kit measures, as /performance explains it. */
export const BENCH_METHOD: readonly BenchMethodNote[] = [
  {
    title: 'Each framework as its documentation deploys it',
    text: 'Django and Flask run under gunicorn with (2 × cores) + 1 sync workers, gunicorn’s own starting point; FastAPI runs under uvicorn with one worker per core, and so does Django’s async view for the upstream test. No server writes access logs.',
    sources: [
      S.gunicornDesign,
      S.flaskGunicorn,
      S.djangoGunicorn,
      S.fastapiWorkers,
      S.djangoUvicorn,
    ],
  },
  {
    title: 'Each app as its documentation teaches it',
    text: 'Django keeps the middleware every new project gets and persistent database connections, as its deployment checklist suggests. Flask uses Flask-SQLAlchemy, marshmallow and requests. FastAPI is async throughout, its database session from SQLAlchemy’s asyncio extension: the SQL tutorial’s sync session in a plain def endpoint stalled this kit at 256 connections, a deadlock reported in FastAPI’s issue tracker. All three reach PostgreSQL through psycopg 3.',
    sources: [
      S.djangoChecklist,
      SOURCES.fastapiAsync,
      SOURCES.sqlalchemyAsyncio,
      SOURCES.fastapiSql,
      S.fastapiDeadlock,
    ],
  },
  {
    title: 'Checked, warmed up, interleaved',
    text: 'Before anything is measured, every endpoint’s answer is checked (a wrong one fails the run). Each test then gets an unmeasured warm-up, and the runs go in rounds: every round visits every framework, starting with a different one, so a change in the machine’s load touches all three alike. The figures are the medians of the rounds; the ratio is a framework’s median throughput over the best one’s.',
    sources: [],
  },
  {
    title: 'Versions from the release table',
    text: 'Every package the site’s release table names is installed at the table’s version, or at the newest the package index has when it lacks that one; each run records both, and every installed package.',
    sources: [],
  },
];

/** What the figures cannot show, as /performance says beside them. */
export const BENCH_CAVEATS: readonly BenchMethodNote[] = [
  {
    title: 'One machine, two cores',
    text: 'The load generator, PostgreSQL, the upstream stub and the servers share the same two cores, so wrk takes CPU from the servers and any other work on the machine slows every run. Read the ratios between frameworks in one run before the absolute figures.',
    sources: [],
  },
  {
    title: 'Sync workers close every connection',
    text: 'gunicorn’s sync workers answer one request at a time and close the connection after it, so Django and Flask pay a new connection per request and can serve only as many slow upstream calls at once as they have workers.',
    sources: [S.gunicornDesign],
  },
  {
    title: 'Django’s async view pays for sync middleware',
    text: 'The middleware a new Django project runs is synchronous: under an async view each of its hooks is run in a thread, one request at a time per worker, which costs the async stack much of its benefit.',
    sources: [S.djangoAsync],
  },
  {
    title: 'Defaults, not tuning',
    text: 'No alternative JSON library, no raw SQL, no middleware removed, no thread or greenlet workers: each of those would change a row, and public benchmarks that use them measure something else. Where the package index lacked the release table’s version, the run measured the newest it had, and says so beside its figures.',
    sources: [],
  },
];
