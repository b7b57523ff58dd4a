/**
 * `npm run data:versions` as a maintainer and the weekly freshness job run it: the real script in
 * a child process, against a package index this test builds and serves on loopback (PyPI's JSON
 * API and PEP 691 JSON over HTTP, PEP 503 HTML pages on disk through file://), reading and writing
 * a copy of a release table.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RELEASES } from '../../src/domain/content/releases';

// Each run starts Node and Vite's module runner: seconds, more on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const SCRIPT = resolve('scripts/data-versions.mjs');
const FIXTURE_TABLE = resolve('tests/fixtures/data-versions/releases.ts');
const TODAY = '2026-12-07';

/** One distribution file on the index. */
interface IndexFile {
  readonly filename: string;
  readonly uploaded?: string;
  readonly yanked?: boolean;
}

const wheel = (name: string, version: string, uploaded?: string, yanked = false): IndexFile => ({
  filename: `${name}-${version}-py3-none-any.whl`,
  ...(uploaded && { uploaded }),
  yanked,
});

/** The index the JSON API and the PEP 691 pages serve, by PEP 503 name. */
const INDEX: Readonly<Record<string, readonly IndexFile[]>> = {
  django: [
    wheel('django', '6.1.2', '2026-10-06T12:00:00Z'),
    // A yanked release never counts.
    wheel('django', '6.1.3', '2026-11-03T12:00:00Z', true),
  ],
  fastapi: [
    wheel('fastapi', '0.142.2', '2026-09-02T10:11:12Z'),
    wheel('fastapi', '0.143.0', '2026-10-08T09:00:00Z'),
    { filename: 'fastapi-0.143.0.tar.gz', uploaded: '2026-10-08T09:00:05Z' },
    // Neither does a pre-release.
    wheel('fastapi', '0.144.0b1', '2026-11-20T09:00:00Z'),
  ],
  sqlalchemy: [
    wheel('sqlalchemy', '2.0.54', '2026-09-15T08:00:00Z'),
    wheel('sqlalchemy', '2.0.55', '2026-10-20T08:00:00Z'),
    wheel('sqlalchemy', '2.1.3', '2026-10-02T08:00:00Z'),
    wheel('sqlalchemy', '2.1.4', '2026-10-30T08:00:00Z'),
  ],
  'starlette-admin': [wheel('starlette_admin', '1.0.0', '2026-08-16T08:00:00Z')],
};

/** PEP 503 HTML project pages, as a pip mirror on disk serves them: no upload times. */
const HTML_INDEX: Readonly<Record<string, readonly IndexFile[]>> = {
  sqlmodel: [wheel('sqlmodel', '0.0.47'), wheel('sqlmodel', '0.0.48')],
  fastapi: [
    wheel('fastapi', '0.142.2', '2026-09-02T10:11:12Z'),
    wheel('fastapi', '0.142.4', undefined, true),
  ],
  // A hostile index: a "version" that would break out of the string it is written into.
  uvicorn: [wheel('uvicorn', "9.9.9');process.exit(1);('", '2026-11-01T00:00:00Z')],
};

function htmlPage(files: readonly IndexFile[]): string {
  const anchors = files.map(
    (file) =>
      `<a href="../../files/${file.filename}#sha256=00"${file.uploaded ? ` data-upload-time="${file.uploaded}"` : ''}${file.yanked ? ' data-yanked=""' : ''}>${file.filename}</a>`,
  );
  return `<!doctype html>\n<html><body>\n${anchors.join('\n')}\n</body></html>\n`;
}

function pep691Page(name: string, files: readonly IndexFile[]): string {
  return JSON.stringify({
    meta: { 'api-version': '1.1' },
    name,
    files: files.map((file) => ({
      filename: file.filename,
      url: `../../files/${file.filename}`,
      hashes: {},
      ...(file.uploaded && { 'upload-time': file.uploaded }),
      yanked: file.yanked ?? false,
    })),
  });
}

function jsonApiPage(files: readonly IndexFile[]): string {
  const releases: Record<string, unknown[]> = {};
  for (const file of files) {
    const version = /^[^-]+-([^-]+?)(?:-py3-none-any\.whl|\.tar\.gz)$/.exec(file.filename)?.[1];
    if (!version) continue;
    (releases[version] ??= []).push({
      filename: file.filename,
      upload_time_iso_8601: file.uploaded,
      yanked: file.yanked ?? false,
    });
  }
  return JSON.stringify({ info: { version: Object.keys(releases).at(-1) }, releases });
}

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function run(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [SCRIPT, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** The report's rows by package label: [we show, checked, newest, released, status]. */
function rows(stdout: string): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const line of stdout.split('\n').slice(2)) {
    if (line.trim() === '') break;
    const [label = '', ...rest] = line.split(/ {2,}/);
    table.set(label, rest);
  }
  return table;
}

/** Serves INDEX as pypi.org does: /pypi/<name>/json, and /simple/<name>/ as PEP 691 JSON. */
async function indexServer(): Promise<{ server: Server; origin: string; accepts: string[] }> {
  const accepts: string[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    const api = /^\/pypi\/([^/]+)\/json$/.exec(path);
    const simple = /^\/simple\/([^/]+)\/$/.exec(path);
    const name = decodeURIComponent(api?.[1] ?? simple?.[1] ?? '').toLowerCase();
    const files = INDEX[name];
    if (!files) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not Found');
      return;
    }
    if (api) {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(jsonApiPage(files));
      return;
    }
    accepts.push(request.headers.accept ?? '');
    response
      .writeHead(200, { 'Content-Type': 'application/vnd.pypi.simple.v1+json' })
      .end(pep691Page(name, files));
  });
  // Port 0: the system picks a free loopback port, so parallel checkouts never collide.
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}`, accepts };
}

let index: Awaited<ReturnType<typeof indexServer>>;

/** `--write` on the copied table from the JSON API, checked "today". */
function refreshFromJsonApi(): Promise<Run> {
  return run('--file', table, '--json-api', `${index.origin}/pypi`, '--write', '--today', TODAY);
}
let work: string;
let table: string;
let htmlIndex: string;

beforeAll(async () => {
  index = await indexServer();
});

afterAll(async () => {
  await new Promise((closed) => index.server.close(closed));
});

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'data-versions-'));
  table = join(work, 'releases.ts');
  await copyFile(FIXTURE_TABLE, table);
  const simple = join(work, 'simple');
  for (const [name, files] of Object.entries(HTML_INDEX)) {
    await mkdir(join(simple, name), { recursive: true });
    await writeFile(join(simple, name, 'index.html'), htmlPage(files));
  }
  htmlIndex = pathToFileURL(simple).href;
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('npm run data:versions (the report)', () => {
  it('reads the JSON API: newest final release, its date, and whether we are behind', async () => {
    const result = await run('--file', table, '--json-api', `${index.origin}/pypi`);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(
      /^package\s+we show\s+checked\s+newest on index\s+released\s+status$/,
    );
    const report = rows(result.stdout);
    expect(report.size).toBe(7);
    expect(report.get('fastapi')).toEqual([
      '0.142.2',
      '2026-09-02',
      '0.143.0',
      '2026-10-08',
      'behind',
    ]);
    expect(report.get('Django')).toEqual(['6.1.2', '2026-10-06', '6.1.2', '2026-10-06', 'current']);
    expect(report.get('SQLAlchemy')?.slice(2)).toEqual(['2.1.4', '2026-10-30', 'behind']);
    // The 2.0 line is compared with the newest 2.0 release, not with 2.1.
    expect(report.get('SQLAlchemy (2.0.x)')?.slice(2)).toEqual(['2.0.55', '2026-10-20', 'behind']);
    expect(report.get('starlette-admin')?.slice(2)).toEqual([
      '1.0.0',
      '2026-08-16',
      'ahead of index',
    ]);
    expect(report.get('uvicorn')?.slice(2)).toEqual(['-', '-', 'not on index']);
    expect(result.stdout).toMatch(/3 of 7 behind the index/);
    expect(result.stderr).toMatch(/\[1\/7\] Django 6\.1\.2/);
    // A report alone never writes.
    expect(await readFile(table, 'utf8')).toBe(await readFile(FIXTURE_TABLE, 'utf8'));
  });

  it('reads PEP 503 HTML on disk and PEP 691 JSON over HTTP, and merges the indexes', async () => {
    const result = await run(
      '--file',
      table,
      '--index',
      htmlIndex,
      '--index',
      `${index.origin}/simple`,
    );
    expect(result.code).toBe(0);
    const report = rows(result.stdout);
    // The disk index has no upload times: the version is read from the file names.
    expect(report.get('sqlmodel')?.slice(2)).toEqual(['0.0.48', '-', 'behind']);
    // 0.142.4 on disk is yanked; the HTTP index adds 0.143.0.
    expect(report.get('fastapi')?.slice(2)).toEqual(['0.143.0', '2026-10-08', 'behind']);
    expect(index.accepts.at(-1)).toMatch(/^application\/vnd\.pypi\.simple\.v1\+json/);
  });
});

describe('npm run data:versions -- --write', () => {
  it('writes what the index confirms, leaves the rest unchanged and names it', async () => {
    const result = await refreshFromJsonApi();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/4 of 7 entries updated/);
    expect(result.stdout).toMatch(
      /fastapi: version 0\.142\.2 -> 0\.143\.0, released - -> 2026-10-08, checked 2026-09-02 -> 2026-12-07/,
    );
    expect(result.stdout).toMatch(
      /django: version 6\.1\.2, released 2026-10-06, checked 2026-10-06 -> 2026-12-07/,
    );
    expect(result.stdout).toMatch(/starletteAdmin \(starlette-admin 1\.0\.1\): the index lags/);
    expect(result.stdout).toMatch(/uvicorn \(uvicorn 0\.54\.0\): not on the index/);

    const written = await readFile(table, 'utf8');
    expect(written).toMatch(
      /fastapi: release\(\s*\{ package: 'fastapi', version: '0\.143\.0', date: '2026-10-08', checked: '2026-12-07' \}/,
    );
    expect(written).toMatch(/version: '2\.1\.4', date: '2026-10-30', checked: '2026-12-07'/);
    expect(written).toMatch(/version: '2\.0\.55', date: '2026-10-20', checked: '2026-12-07'/);
    expect(written).toMatch(/version: '1\.0\.1', date: '2026-09-10', checked: '2026-09-10'/);
    expect(written).toMatch(/version: '0\.54\.0', checked: '2026-09-01'/);

    // Read back by the script itself: the report now shows the written numbers.
    const again = rows((await run('--file', table, '--json-api', `${index.origin}/pypi`)).stdout);
    expect(again.get('fastapi')?.slice(0, 2)).toEqual(['0.143.0', TODAY]);
    expect(again.get('fastapi')?.at(-1)).toBe('current');
  });

  it('never writes a newer version the index does not date, nor anything but a plain version', async () => {
    const result = await run('--file', table, '--index', htmlIndex, '--write', '--today', TODAY);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /sqlmodel \(sqlmodel 0\.0\.47\): newer 0\.0\.48 on the index, which gives no release date/,
    );
    expect(result.stdout).toMatch(
      /uvicorn \(uvicorn 0\.54\.0\): the index gives .*not a plain version/,
    );
    const written = await readFile(table, 'utf8');
    expect(written).toMatch(/version: '0\.0\.47', checked: '2026-09-01'/);
    expect(written).toMatch(/version: '0\.54\.0', checked: '2026-09-01'/);
    expect(written).not.toContain('process.exit');
  });

  it("refreshes the check date of every entry of the app's own table", async () => {
    // Every package of the real table, at the version it shows: all current.
    const own = join(work, 'own-releases.ts');
    await copyFile(resolve('src/domain/content/releases.ts'), own);
    const api = createServer((request, response) => {
      const name = /^\/pypi\/([^/]+)\/json$/.exec(request.url ?? '')?.[1];
      const shown = Object.values(RELEASES).filter(
        (release) => release.package === decodeURIComponent(name ?? ''),
      );
      response.writeHead(shown.length ? 200 : 404, { 'Content-Type': 'application/json' });
      response.end(
        JSON.stringify({
          releases: Object.fromEntries(
            shown.map((release) => [
              release.version,
              [{ upload_time_iso_8601: `${release.date ?? '2026-01-01'}T00:00:00Z` }],
            ]),
          ),
        }),
      );
    });
    await new Promise<void>((listening) => api.listen(0, '127.0.0.1', listening));
    const { port } = api.address() as AddressInfo;
    try {
      const result = await run(
        '--file',
        own,
        '--json-api',
        `http://127.0.0.1:${port}/pypi`,
        '--write',
        '--today',
        '2027-01-04',
      );
      expect(result.code).toBe(0);
      const count = Object.keys(RELEASES).length;
      expect(result.stdout).toMatch(new RegExp(`${count} of ${count} entries updated`));
      const written = await readFile(own, 'utf8');
      expect(written.match(/checked: '2027-01-04'/g)).toHaveLength(count);
      for (const release of Object.values(RELEASES)) {
        expect(written).toContain(`version: '${release.version}'`);
      }
    } finally {
      await new Promise((closed) => api.close(closed));
    }
  });
});

describe('npm run data:versions -- --check (the weekly freshness job)', () => {
  it('fails naming each number that is behind the index', async () => {
    const result = await run('--file', table, '--json-api', `${index.origin}/pypi`, '--check');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Stale numbers \(3\)/);
    expect(result.stderr).toMatch(
      /fastapi: we show 0\.142\.2 \(checked 2026-09-02\), the index has 0\.143\.0/,
    );
    expect(result.stderr).toMatch(/SQLAlchemy \(2\.0\.x\): we show 2\.0\.54/);
  });

  it('passes once the table is refreshed', async () => {
    expect((await refreshFromJsonApi()).code).toBe(0);
    const check = await run('--file', table, '--json-api', `${index.origin}/pypi`, '--check');
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/0 of 7 behind the index/);
  });
});

describe('npm run data:versions: bad input', () => {
  it('stops with a clear message and exit 2 when an index cannot be reached', async () => {
    const closed = await indexServer();
    await new Promise((done) => closed.server.close(done));
    const http = await run('--file', table, '--json-api', `${closed.origin}/pypi`);
    expect(http.code).toBe(2);
    expect(http.stderr).toMatch(
      new RegExp(`Cannot reach the index ${closed.origin}/pypi: ECONNREFUSED`),
    );
    expect(http.stdout).toBe('');

    const disk = await run('--file', table, '--index', pathToFileURL(join(work, 'missing')).href);
    expect(disk.code).toBe(2);
    expect(disk.stderr).toMatch(/Cannot reach the index file:\/\/.*missing: no such directory/);
  });

  it.each([
    [['--index'], /--index/],
    [['--wirte'], /Unknown option '--wirte'/],
    [['--today', '7 Dec 2026'], /--today 7 Dec 2026 is not YYYY-MM-DD/],
    [['--json-api', 'pypi.org'], /pypi\.org is not an http\(s\):\/\/ or file:\/\/ URL/],
  ])('refuses %j with its usage (exit 64)', async (args, message) => {
    const result = await run(...args);
    expect(result.code).toBe(64);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/Usage: npm run data:versions/);
  });
});

describe('the weekly freshness job (.github/workflows/data-freshness.yml)', () => {
  it('runs the command tested above, on a schedule and on demand', async () => {
    const workflow = await readFile(resolve('.github/workflows/data-freshness.yml'), 'utf8');
    expect(workflow).toMatch(/^\s+run: npm run data:versions -- --check$/m);
    expect(workflow).toMatch(/^\s+- cron: '[^']+'$/m);
    expect(workflow).toMatch(/^\s+workflow_dispatch:$/m);
    const scripts = JSON.parse(await readFile(resolve('package.json'), 'utf8')).scripts;
    expect(scripts['data:versions']).toBe('node scripts/data-versions.mjs');
  });
});
