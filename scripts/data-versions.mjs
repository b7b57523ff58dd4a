#!/usr/bin/env node
/**
 * The freshness report, and the one command that refreshes the release table: for every entry of
 * src/domain/content/releases.ts, asks a package index for its newest release and prints the
 * version we show, the date it was last checked, the newest on the index, the index's release date
 * and whether we are behind.
 *
 *   npm run data:versions                          PyPI's JSON API (https://pypi.org/pypi/<name>/json)
 *   npm run data:versions -- --index <url> ...     PEP 503 simple indexes (http(s):// or file://),
 *                                                  read as PEP 691 JSON when offered, else HTML
 *   npm run data:versions -- --json-api <url>      another PyPI-style JSON API (a mirror)
 *   npm run data:versions -- --write               also updates releases.ts: newer versions with
 *                                                  their release dates, and today's check date
 *   npm run data:versions -- --check               exits 1 when any number is behind the index
 *                                                  (the weekly freshness job)
 *
 * `--write` changes an entry only when the index confirms it: a newer final release with its
 * upload date, or the same version (then only the check date moves). Anything else is left as it
 * is and named: not on the index, a newer release the index does not date, an index that lags
 * behind what we show. `--today YYYY-MM-DD` sets the check date (default: today, UTC) and `--file`
 * another copy of the table (tests).
 *
 * Exits 0, 1 (`--check` found numbers behind, or a write could not be verified), 2 (an index
 * cannot be reached) or 64 (a usage error).
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { loadAppModule } from './lib/load-app-module.mjs';

const PYPI_JSON_API = 'https://pypi.org/pypi';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RELEASES_FILE = 'src/domain/content/releases.ts';
const TIMEOUT_MS = 20_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A final release number, the only kind `--write` puts in the table. */
const PLAIN_VERSION = /^\d+(?:\.\d+)*$/;

/** An index we could not reach at all: the report stops with this message. */
class UnreachableIndex extends Error {}

/** A command line that cannot be run: the message and the usage go to stderr, exit 64. */
class UsageError extends Error {}

function usage() {
  return [
    'Usage: npm run data:versions -- [--index <simple-index-url>]... [--json-api <url>]',
    '                                [--write] [--check] [--today YYYY-MM-DD] [--file <releases.ts>]',
    '  --index     a PEP 503 simple index, http(s):// or file:// (repeat to read several)',
    `  --json-api  a PyPI-style JSON API (default ${PYPI_JSON_API})`,
    '  --write     update the release table: versions, release dates and check dates',
    '  --check     exit 1 when any number we show is behind the index',
    '  --today     the check date to write (default: today, UTC)',
    `  --file      the release table to read and write (default ${RELEASES_FILE})`,
  ].join('\n');
}

/** The command line, read by `node:util` parseArgs and checked. */
function readOptions(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        index: { type: 'string', multiple: true, default: [] },
        'json-api': { type: 'string', default: PYPI_JSON_API },
        write: { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
        today: { type: 'string', default: new Date().toISOString().slice(0, 10) },
        file: { type: 'string', default: RELEASES_FILE },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(error.message);
  }
  const indexes = values.index.map((url) => url.replace(/\/+$/, ''));
  const jsonApi = values['json-api'].replace(/\/+$/, '');
  for (const url of [...indexes, jsonApi]) {
    if (!/^(https?|file):\/\//.test(url)) {
      throw new UsageError(`${url} is not an http(s):// or file:// URL`);
    }
  }
  if (!ISO_DATE.test(values.today))
    throw new UsageError(`--today ${values.today} is not YYYY-MM-DD`);
  const file = isAbsolute(values.file) ? values.file : resolve(ROOT, values.file);
  return { ...values, indexes, jsonApi, file };
}

/** PEP 503 normalised name. */
function normalise(name) {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** A PEP 440 version as comparable parts; `pre` marks alpha, beta, rc and dev releases. */
function parseVersion(text) {
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
function compareVersions(a, b) {
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
function versionFromFilename(filename, name) {
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
function filesFromHtml(html) {
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
function filesFromJson(page) {
  return (page.files ?? []).map((file) => ({
    filename: file.filename,
    uploadTime: file['upload-time'],
    yanked: Boolean(file.yanked),
  }));
}

/** The newest non-yanked version among `files` (final releases first), with its upload date. */
function newestFromFiles(files, name, line) {
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
function statusOf(shown, newest) {
  if (!newest) return 'not on index';
  const diff = compareVersions(parseVersion(shown), parseVersion(newest));
  return diff < 0 ? 'behind' : diff === 0 ? 'current' : 'ahead of index';
}

/** A plain-text table with a header rule, columns padded to their widest cell. */
function formatTable(header, rows) {
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
async function buildReport(releases, source, progress) {
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
    rows.push({
      release,
      label: line ? `${release.name} (${line}x)` : release.name,
      newest: newest ?? undefined,
      status: statusOf(release.shown, newest?.version),
    });
  }
  return rows;
}

/** The releases the app shows, loaded from the table itself (Vite's module runner). */
async function readShownReleases(file) {
  // An absolute path: Vite's resolver reads files outside the project too (a test's copy).
  const module = await loadAppModule(file);
  const entries = Object.entries(module.RELEASES ?? {}).map(([key, release]) => ({
    key,
    name: release.package,
    shown: release.version,
    date: release.date,
    checked: release.checked,
  }));
  if (entries.length === 0) throw new Error(`No RELEASES table in ${file}`);
  return entries;
}

/**
 * What `--write` does with one row: the fields to set, or why it leaves the entry as it is.
 * Only what the index confirms is written.
 */
function planFor(row, today) {
  const { release, newest, status } = row;
  if (status === 'not on index') return { skip: 'not on the index' };
  // What an index says goes into TypeScript source: only plain release numbers and dates do.
  if (!PLAIN_VERSION.test(newest.version) || (newest.date && !ISO_DATE.test(newest.date))) {
    return { skip: `the index gives ${JSON.stringify(newest)}, not a plain version and date` };
  }
  if (status === 'ahead of index') {
    return { skip: `the index lags: its newest is ${newest.version}, we show ${release.shown}` };
  }
  if (status === 'current') {
    const date = release.date ?? newest.date;
    return { set: { version: release.shown, date, checked: today } };
  }
  if (!newest.date) {
    return {
      skip: `newer ${newest.version} on the index, which gives no release date: check it by hand`,
    };
  }
  return { set: { version: newest.version, date: newest.date, checked: today } };
}

/** The text of one entry of the RELEASES table: from `  key:` to the next entry or the end. */
function entrySpan(text, key) {
  const block = text.indexOf('export const RELEASES');
  const end = text.indexOf('} as const satisfies', block);
  const start = text.slice(block, end).search(new RegExp(`\\n  ${key}: `));
  if (block < 0 || end < 0 || start < 0) return undefined;
  const from = block + start + 1;
  const next = text.slice(from + 1, end).search(/\n {2}(?:\/\/|\/\*\*|\w+: )/);
  return { from, to: next < 0 ? end : from + 1 + next };
}

/** `entry` with one string field set; undefined when the field is not there to set. */
function setField(entry, field, value) {
  const pattern = new RegExp(`(\\b${field}: )'[^']*'`);
  return pattern.test(entry) ? entry.replace(pattern, `$1'${value}'`) : undefined;
}

/** The table's source with `set` applied to the entry `key`; throws when the entry has no such fields. */
function applyToSource(text, key, set) {
  const span = entrySpan(text, key);
  if (!span) throw new Error(`no entry ${key} in the RELEASES table`);
  let entry = text.slice(span.from, span.to);
  for (const field of ['version', 'checked']) {
    const updated = setField(entry, field, set[field]);
    if (updated === undefined) throw new Error(`the entry ${key} has no ${field} field to update`);
    entry = updated;
  }
  if (set.date) {
    entry =
      setField(entry, 'date', set.date) ??
      entry.replace(/(\bversion: '[^']*',)/, `$1 date: '${set.date}',`);
  }
  return text.slice(0, span.from) + entry + text.slice(span.to);
}

/** "0.142.2 -> 0.143.0" for a change, or the value alone when it stays. */
function change(before, after) {
  return before === after ? String(after ?? '-') : `${before ?? '-'} -> ${after ?? '-'}`;
}

/**
 * Writes what the index confirms into the table, verifies it by loading it again, prints the
 * diff; returns the keys it updated.
 */
async function writeReleases(file, rows, today, log) {
  const original = await readFile(file, 'utf8');
  let text = original;
  const changed = [];
  const skipped = [];
  for (const row of rows) {
    const plan = planFor(row, today);
    if (plan.skip) {
      skipped.push(`  ${row.release.key} (${row.label} ${row.release.shown}): ${plan.skip}`);
      continue;
    }
    const { release } = row;
    const same =
      plan.set.version === release.shown &&
      plan.set.date === release.date &&
      plan.set.checked === release.checked;
    if (same) continue;
    text = applyToSource(text, release.key, plan.set);
    changed.push({ release, set: plan.set });
  }
  if (changed.length > 0) {
    // The project's Prettier settings, wherever the table being written lies.
    const options = (await resolveConfig(resolve(ROOT, RELEASES_FILE))) ?? {};
    await writeFile(file, await format(text, { ...options, filepath: file }));
    const written = new Map((await readShownReleases(file)).map((entry) => [entry.key, entry]));
    const wrong = changed.filter(({ release, set }) => {
      const entry = written.get(release.key);
      return (
        entry?.shown !== set.version ||
        entry.checked !== set.checked ||
        entry.date !== (set.date ?? release.date)
      );
    });
    if (wrong.length > 0) {
      await writeFile(file, original);
      throw new Error(
        `the table did not read back as written for ${wrong.map(({ release }) => release.key).join(', ')}; it is restored unchanged`,
      );
    }
  }
  const where = relative(ROOT, file) || file;
  log(
    `\n${changed.length} of ${rows.length} entries updated in ${where}${changed.length ? ':' : '.'}`,
  );
  for (const { release, set } of changed) {
    log(
      `  ${release.key}: version ${change(release.shown, set.version)}, released ${change(release.date, set.date ?? release.date)}, checked ${change(release.checked, set.checked)}`,
    );
  }
  if (skipped.length > 0) {
    log(`Left unchanged (${skipped.length}):`);
    for (const line of skipped) log(line);
  }
  return new Set(changed.map(({ release }) => release.key));
}

async function main() {
  let options;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${usage()}`);
    return 64;
  }
  if (options.help) {
    console.log(usage());
    return 0;
  }
  const source = sourceFor(options);
  const releases = await readShownReleases(options.file);
  console.error(`Checking ${releases.length} releases against ${source.description}`);
  let rows;
  try {
    rows = await buildReport(releases, source, (message) => console.error(message));
  } catch (error) {
    if (error instanceof UnreachableIndex) {
      console.error(`data:versions: ${error.message}`);
      return 2;
    }
    throw error;
  }
  console.log(
    formatTable(
      ['package', 'we show', 'checked', 'newest on index', 'released', 'status'],
      rows.map((row) => [
        row.label,
        row.release.shown,
        row.release.checked,
        row.newest?.version ?? '-',
        row.newest?.date ?? '-',
        row.status,
      ]),
    ),
  );
  const behind = rows.filter((row) => row.status === 'behind');
  console.log(`\n${behind.length} of ${rows.length} behind the index (${source.description}).`);
  let updated = new Set();
  if (options.write) {
    try {
      updated = await writeReleases(options.file, rows, options.today, (line) => console.log(line));
    } catch (error) {
      console.error(`data:versions: cannot write: ${error.message}`);
      return 1;
    }
  }
  const stale = behind.filter((row) => !updated.has(row.release.key));
  if (options.check && stale.length > 0) {
    console.error(
      `\nStale numbers (${stale.length}): the app shows an older release than the index has.`,
    );
    for (const row of stale) {
      console.error(
        `  ${row.label}: we show ${row.release.shown} (checked ${row.release.checked}), the index has ${row.newest.version}`,
      );
    }
    return 1;
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main();
}
