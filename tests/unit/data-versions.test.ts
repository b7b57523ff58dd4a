/**
 * `npm run data:versions` as a maintainer runs it: the real script in a child process, against
 * recorded index responses served by a real HTTP server on loopback and a simple index on disk.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RELEASES } from '../../src/domain/content/releases';

const SCRIPT = resolve('scripts/data-versions.mjs');
const FIXTURES = resolve('tests/fixtures/data-versions');
const SIMPLE_INDEX = pathToFileURL(resolve(FIXTURES, 'simple')).href;

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function run(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [SCRIPT, ...args], { timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** The report's rows by package label: [we show, newest, released, status]. */
function rows(stdout: string): Map<string, string[]> {
  const lines = stdout.split('\n').slice(2);
  const table = new Map<string, string[]>();
  for (const line of lines) {
    if (line.trim() === '' || /behind the index/.test(line)) continue;
    const cells = line.split(/ {2,}/);
    const [label = '', ...rest] = cells;
    table.set(label, rest);
  }
  return table;
}

/** Answers like pypi.org (JSON API) and like a PEP 691 simple index, from the fixture files. */
async function fixtureServer(): Promise<{ server: Server; origin: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(`${request.headers.accept ?? ''} ${path}`);
    const api = /^\/pypi\/([^/]+)\/json$/.exec(path);
    const simple = /^\/simple\/([^/]+)\/$/.exec(path);
    const file = api
      ? resolve(FIXTURES, 'pypi', `${decodeURIComponent(api[1] ?? '').toLowerCase()}.json`)
      : simple
        ? resolve(FIXTURES, 'simple-json', `${simple[1] ?? ''}.json`)
        : undefined;
    const type = api ? 'application/json' : 'application/vnd.pypi.simple.v1+json';
    void (file ? readFile(file, 'utf8') : Promise.reject(new Error('no route'))).then(
      (body) => {
        response.writeHead(200, { 'Content-Type': type });
        response.end(body);
      },
      () => {
        response.writeHead(404, { 'Content-Type': 'text/plain' });
        response.end('Not Found');
      },
    );
  });
  // Port 0: the system picks a free loopback port, so parallel checkouts never collide.
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}`, requests };
}

let fixture: Awaited<ReturnType<typeof fixtureServer>>;

beforeAll(async () => {
  fixture = await fixtureServer();
});

afterAll(async () => {
  await new Promise((closed) => fixture.server.close(closed));
});

describe('npm run data:versions', () => {
  it('reads the JSON API: newest final release, its date, and whether we are behind', async () => {
    const result = await run('--json-api', `${fixture.origin}/pypi`);
    expect(result.code).toBe(0);
    const table = rows(result.stdout);
    expect(result.stdout.split('\n')[0]).toMatch(
      /^package\s+we show\s+newest on index\s+released\s+status$/,
    );
    // One row per release in the table, and nothing else.
    expect(table.size).toBe(Object.keys(RELEASES).length);
    expect(table.get('fastapi')).toEqual([
      RELEASES.fastapi.version,
      '0.143.0',
      '2026-10-08',
      'behind',
    ]);
    // A yanked 6.1.3 does not count.
    expect(table.get('Django')).toEqual([
      RELEASES.django.version,
      '6.1.2',
      '2026-10-06',
      'current',
    ]);
    expect(table.get('SQLAlchemy')).toEqual([
      RELEASES.sqlalchemy.version,
      '2.1.4',
      '2026-10-30',
      'behind',
    ]);
    // The 2.0 line is compared with the newest 2.0 release, not with 2.1.
    expect(table.get('SQLAlchemy (2.0.x)')).toEqual([
      RELEASES.sqlalchemy20.version,
      '2.0.55',
      '2026-10-20',
      'behind',
    ]);
    expect(table.get('uvicorn')).toEqual([RELEASES.uvicorn.version, '-', '-', 'not on index']);
    expect(result.stdout).toMatch(/3 of \d+ behind the index/);
    expect(result.stderr).toMatch(/\[1\/\d+\] Django/);
  });

  it('reads a simple index on disk (file://): versions from file names, upload times where given', async () => {
    const result = await run('--index', SIMPLE_INDEX);
    expect(result.code).toBe(0);
    const table = rows(result.stdout);
    // 0.142.4 is yanked and 0.143.0rc1 a pre-release: the newest final release is 0.142.2.
    expect(table.get('fastapi')).toEqual([
      RELEASES.fastapi.version,
      '0.142.2',
      '2026-09-02',
      'current',
    ]);
    expect(table.get('sqlmodel')).toEqual([RELEASES.sqlmodel.version, '0.0.47', '-', 'current']);
    expect(table.get('SQLAlchemy')?.slice(1)).toEqual(['2.1.1', '-', 'ahead of index']);
    expect(table.get('SQLAlchemy (2.0.x)')?.slice(1)).toEqual(['2.0.54', '-', 'current']);
    expect(table.get('Django')?.[3]).toBe('not on index');
  });

  it('asks an http simple index for PEP 691 JSON and merges several indexes', async () => {
    const result = await run('--index', SIMPLE_INDEX, '--index', `${fixture.origin}/simple`);
    expect(result.code).toBe(0);
    const table = rows(result.stdout);
    expect(table.get('sqladmin')).toEqual([
      RELEASES.sqladmin.version,
      '0.32.0',
      '2026-09-30',
      'behind',
    ]);
    expect(table.get('fastapi')?.[1]).toBe('0.142.2');
    expect(
      fixture.requests.some((request) => request.startsWith('application/vnd.pypi.simple.v1+json')),
    ).toBe(true);
  });

  it('stops with a clear message and a non-zero exit when an index cannot be reached', async () => {
    const closed = await fixtureServer();
    const origin = closed.origin;
    await new Promise((done) => closed.server.close(done));
    const http = await run('--json-api', `${origin}/pypi`);
    expect(http.code).toBe(2);
    expect(http.stderr).toMatch(new RegExp(`Cannot reach the index ${origin}/pypi: ECONNREFUSED`));
    expect(http.stdout).toBe('');

    const disk = await run('--index', pathToFileURL(resolve(FIXTURES, 'missing')).href);
    expect(disk.code).toBe(2);
    expect(disk.stderr).toMatch(/Cannot reach the index file:\/\/.*missing: no such directory/);
  });

  it('refuses an argument it does not know, with its usage', async () => {
    const result = await run('--index');
    expect(result.code).toBe(64);
    expect(result.stderr).toMatch(/--index needs a URL/);
    expect(result.stderr).toMatch(/Usage: npm run data:versions/);
  });
});
