#!/usr/bin/env node
/**
 * The freshness report: for every package in src/domain/content/releases.ts, asks a package
 * index for its newest release and prints the version we show, the newest on the index, the
 * index's release date where it gives one, and whether we are behind.
 *
 *   npm run data:versions                          PyPI's JSON API (https://pypi.org/pypi/<name>/json)
 *   npm run data:versions -- --index <url> ...     PEP 503 simple indexes (http(s):// or file://),
 *                                                  read as PEP 691 JSON when offered, else HTML
 *   npm run data:versions -- --json-api <url>      another PyPI-style JSON API (a mirror)
 *
 * Plain Node, no dependencies. Exits 0 with the table, 2 when an index cannot be reached.
 */
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const PYPI_JSON_API = 'https://pypi.org/pypi';
const RELEASES_FILE = new URL('../src/domain/content/releases.ts', import.meta.url);
const TIMEOUT_MS = 20_000;

/** An index we could not reach at all: the report stops with this message. */
class UnreachableIndex extends Error {}

function usage() {
  return [
    'Usage: npm run data:versions -- [--index <simple-index-url>]... [--json-api <url>]',
    '  --index     a PEP 503 simple index, http(s):// or file:// (repeat to read several)',
    `  --json-api  a PyPI-style JSON API (default ${PYPI_JSON_API})`,
  ].join('\n');
}

/** The command line: simple indexes (in order), or the JSON API to ask. */
export function parseArgs(argv) {
  const indexes = [];
  let jsonApi = PYPI_JSON_API;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const next = inline ?? argv[(i += 1)];
      if (!next) throw new Error(`${flag} needs a URL\n${usage()}`);
      return next;
    };
    if (flag === '--index') indexes.push(value().replace(/\/+$/, ''));
    else if (flag === '--json-api') jsonApi = value().replace(/\/+$/, '');
    else if (flag === '--help' || flag === '-h') return { help: true };
    else throw new Error(`Unknown argument ${arg}\n${usage()}`);
  }
  for (const url of [...indexes, jsonApi]) {
    if (!/^(https?|file):\/\//.test(url)) {
      throw new Error(`${url} is not an http(s):// or file:// URL\n${usage()}`);
    }
  }
  return { indexes, jsonApi };
}

/** The releases the app shows, read from the one table (its entries are plain literals). */
export async function readShownReleases(file = RELEASES_FILE) {
  const source = await readFile(file, 'utf8');
  const start = source.indexOf('export const RELEASES');
  const end = source.indexOf('} as const satisfies Record<string, Release>', start);
  if (start < 0 || end < 0) throw new Error(`No RELEASES table in ${fileURLToPath(file)}`);
  const entries = [];
  const entry =
    /\n {2}(?:\/\*\*[^\n]*\*\/\n {2})?(\w+): \{\n\s+package: '([^']+)',\n\s+version: '([^']+)',/g;
  for (const match of source.slice(start, end).matchAll(entry)) {
    entries.push({ key: match[1], name: match[2], shown: match[3] });
  }
  if (entries.length === 0) throw new Error('The RELEASES table has no entries');
  return entries;
}

/** PEP 503 normalised name. */
export function normalise(name) {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** A PEP 440 version as comparable parts; `pre` marks alpha, beta, rc and dev releases. */
export function parseVersion(text) {
  const match =
    /^v?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview|dev)[-_.]?(\d*))?/i.exec(
      text.trim(),
    );
  if (!match) return undefined;
  const release = match[1].split('.').map(Number);
  const tag = match[2]?.toLowerCase();
  const rank = { dev: 0, a: 1, alpha: 1, b: 2, beta: 2, c: 3, rc: 3, pre: 3, preview: 3 };
  return { text, release, pre: tag ? [rank[tag], Number(match[3] || 0)] : undefined };
}

/** Negative, zero or positive, as for `Array.prototype.sort`. */
export function compareVersions(a, b) {
  const length = Math.max(a.release.length, b.release.length);
  for (let i = 0; i < length; i += 1) {
    const diff = (a.release[i] ?? 0) - (b.release[i] ?? 0);
    if (diff !== 0) return diff;
  }
  if (!a.pre && !b.pre) return 0;
  if (!a.pre) return 1;
  if (!b.pre) return -1;
  return a.pre[0] - b.pre[0] || a.pre[1] - b.pre[1];
}

/** The version in a distribution's file name (wheel or sdist), or undefined. */
export function versionFromFilename(filename, name) {
  const base = filename.replace(/#.*$/, '');
  const wheel = /^([^-]+)-([^-]+)-.*\.whl$/i.exec(base);
  if (wheel) return normalise(wheel[1]) === normalise(name) ? wheel[2] : undefined;
  const sdist = /^(.*)-([^-]+?)\.(?:tar\.gz|tar\.bz2|tgz|zip)$/i.exec(base);
  if (sdist) return normalise(sdist[1]) === normalise(name) ? sdist[2] : undefined;
  return undefined;
}

function decodeEntities(text) {
  return text
    .replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code) => String.fromCharCode(Number.parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Files of a PEP 503 HTML project page: name, upload time (PEP 700 style attribute), yanked. */
export function filesFromHtml(html) {
  const files = [];
  for (const match of html.matchAll(/<a\b([^>]*)>([^<]*)<\/a\s*>/gi)) {
    const attributes = match[1];
    const attribute = (name) =>
      new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(attributes);
    const uploaded = attribute('data-upload-time');
    files.push({
      filename: decodeEntities(match[2].trim()),
      uploadTime: uploaded ? decodeEntities(uploaded[1] ?? uploaded[2]) : undefined,
      yanked: /\bdata-yanked\b/i.test(attributes),
    });
  }
  return files;
}

/** Files of a PEP 691 JSON project page. */
export function filesFromJson(page) {
  return (page.files ?? []).map((file) => ({
    filename: file.filename,
    uploadTime: file['upload-time'],
    yanked: Boolean(file.yanked),
  }));
}

/** The newest non-yanked version among `files` (final releases first), with its upload date. */
export function newestFromFiles(files, name, line) {
  const byVersion = new Map();
  for (const file of files) {
    if (file.yanked) continue;
    const text = versionFromFilename(file.filename, name);
    const version = text && parseVersion(text);
    if (!version || (line && !text.startsWith(line))) continue;
    const known = byVersion.get(text);
    const uploaded = file.uploadTime?.slice(0, 10);
    if (!known) byVersion.set(text, { version, date: uploaded });
    else if (uploaded && (!known.date || uploaded < known.date)) known.date = uploaded;
  }
  const all = [...byVersion.values()].sort((a, b) => compareVersions(b.version, a.version));
  const newest = all.find((entry) => !entry.version.pre) ?? all[0];
  return newest && { version: newest.version.text, date: newest.date };
}

async function fetchOrFail(url, init, indexUrl) {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    const cause = error?.cause?.code ?? error?.cause?.message ?? error?.message ?? String(error);
    throw new UnreachableIndex(`Cannot reach the index ${indexUrl}: ${cause}`);
  }
}

/** One simple index: the files it lists for `name`, or undefined when it does not know it. */
async function simpleIndexFiles(indexUrl, name) {
  const project = normalise(name);
  if (indexUrl.startsWith('file://')) {
    const root = fileURLToPath(indexUrl);
    const rootStat = await stat(root).catch(() => undefined);
    if (!rootStat?.isDirectory()) {
      throw new UnreachableIndex(`Cannot reach the index ${indexUrl}: no such directory`);
    }
    for (const page of [`${project}/index.json`, `${project}/index.html`]) {
      const text = await readFile(`${root}/${page}`, 'utf8').catch(() => undefined);
      if (text !== undefined) {
        return page.endsWith('.json') ? filesFromJson(JSON.parse(text)) : filesFromHtml(text);
      }
    }
    return undefined;
  }
  const response = await fetchOrFail(
    `${indexUrl}/${project}/`,
    {
      headers: {
        Accept:
          'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.1',
      },
    },
    indexUrl,
  );
  if (response.status === 404) return undefined;
  if (!response.ok) {
    throw new UnreachableIndex(`The index ${indexUrl} answered ${response.status} for ${name}`);
  }
  const type = response.headers.get('content-type') ?? '';
  return type.includes('json')
    ? filesFromJson(await response.json())
    : filesFromHtml(await response.text());
}

/** The PyPI JSON API: newest version and its first upload date, or undefined when unknown. */
async function jsonApiNewest(apiUrl, name, line) {
  const response = await fetchOrFail(
    `${apiUrl}/${encodeURIComponent(name)}/json`,
    { headers: { Accept: 'application/json' } },
    apiUrl,
  );
  if (response.status === 404) return undefined;
  if (!response.ok) throw new UnreachableIndex(`${apiUrl} answered ${response.status} for ${name}`);
  const data = await response.json();
  const files = Object.entries(data.releases ?? {}).flatMap(([version, uploads]) =>
    (uploads.length > 0 ? uploads : [{}]).map((upload) => ({
      // A synthetic file name keeps one version logic for both kinds of index.
      filename: `${normalise(name).replace(/-/g, '_')}-${version}-py3-none-any.whl`,
      uploadTime: upload.upload_time_iso_8601 ?? upload.upload_time,
      yanked: Boolean(upload.yanked),
    })),
  );
  const newest = newestFromFiles(files, name, line);
  if (newest || line) return newest;
  return data.info?.version ? { version: data.info.version, date: undefined } : undefined;
}

/** Where the report looks: a short description and a `newest(name, line)` function. */
function sourceFor({ indexes, jsonApi }) {
  if (indexes.length === 0) {
    return { description: jsonApi, newest: (name, line) => jsonApiNewest(jsonApi, name, line) };
  }
  return {
    description: indexes.join(', '),
    newest: async (name, line) => {
      const files = [];
      let known = false;
      for (const index of indexes) {
        const found = await simpleIndexFiles(index, name);
        if (found) {
          known = true;
          files.push(...found);
        }
      }
      return known ? (newestFromFiles(files, name, line) ?? null) : undefined;
    },
  };
}

/** behind, current or ahead (the index lags behind what we show), for the report's last column. */
export function statusOf(shown, newest) {
  if (!newest) return 'not on index';
  const diff = compareVersions(parseVersion(shown), parseVersion(newest));
  return diff < 0 ? 'behind' : diff === 0 ? 'current' : 'ahead of index';
}

/** A plain-text table with a header rule, columns padded to their widest cell. */
export function formatTable(header, rows) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => String(row[column]).length)),
  );
  const line = (cells) =>
    cells
      .map((cell, column) => String(cell).padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}

/**
 * The report's rows. Where the table holds two lines of one package (SQLAlchemy 2.1 and 2.0),
 * the older line is compared with the newest release of its own line.
 */
export async function buildReport(releases, source, progress = () => {}) {
  const rows = [];
  for (const [position, release] of releases.entries()) {
    progress(`[${position + 1}/${releases.length}] ${release.name} ${release.shown}`);
    const newerLine = releases.some(
      (other) =>
        other !== release &&
        other.name === release.name &&
        compareVersions(parseVersion(other.shown), parseVersion(release.shown)) > 0,
    );
    const line = newerLine ? `${release.shown.split('.').slice(0, 2).join('.')}.` : undefined;
    const newest = await source.newest(release.name, line);
    const label = line ? `${release.name} (${line}x)` : release.name;
    rows.push([
      label,
      release.shown,
      newest?.version ?? '-',
      newest?.date ?? '-',
      statusOf(release.shown, newest?.version),
    ]);
  }
  return rows;
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    return 64;
  }
  if (options.help) {
    console.log(usage());
    return 0;
  }
  const source = sourceFor(options);
  const releases = await readShownReleases();
  console.error(`Checking ${releases.length} releases against ${source.description}`);
  try {
    const rows = await buildReport(releases, source, (message) => console.error(message));
    console.log(formatTable(['package', 'we show', 'newest on index', 'released', 'status'], rows));
    const behind = rows.filter((row) => row[4] === 'behind').length;
    console.log(`\n${behind} of ${rows.length} behind the index (${source.description}).`);
    return 0;
  } catch (error) {
    if (error instanceof UnreachableIndex) {
      console.error(`data:versions: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main();
}
