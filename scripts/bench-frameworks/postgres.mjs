/**
 * A private PostgreSQL server for one run: Debian's server binaries, a cluster initialised in a
 * temporary folder, listening on loopback only (and a private socket folder), with trust
 * authentication for its one user. Nothing of the system's own PostgreSQL service is used or
 * touched. The server refuses to run as root, so under root every server command runs as the
 * `postgres` user (which the package creates) through `runuser`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KitError, onCleanup } from './cleanup.mjs';
import { runCommand } from './run-command.mjs';

export const DATABASE = 'bench';
export const USER = 'bench';

/** The folder with `initdb` and `pg_ctl`: BENCH_PG_BIN, Debian's newest, or PATH's. */
function serverBinaries() {
  const candidates = [process.env.BENCH_PG_BIN];
  if (existsSync('/usr/lib/postgresql')) {
    const versions = spawnSync('ls', ['/usr/lib/postgresql'], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => `/usr/lib/postgresql/${version}/bin`));
  }
  const onPath = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) candidates.push(onPath.replace(/\/pg_ctl$/, ''));
  const found = candidates.filter(Boolean).find((dir) => existsSync(join(dir, 'initdb')));
  if (!found) {
    throw new KitError(
      "PostgreSQL's server is not installed. On Debian or Ubuntu: sudo apt-get install postgresql" +
        ' (the kit starts its own server in a temporary folder; the system service need not run),' +
        ' or set BENCH_PG_BIN to the folder holding initdb and pg_ctl. Or measure with the' +
        ' embedded database instead: npm run bench:frameworks -- --db sqlite',
    );
  }
  return found;
}

/** Under root: the postgres user's ids and a prefix that runs commands as that user. */
function identity() {
  if (process.getuid?.() !== 0) return { prefix: [] };
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0) {
    throw new KitError(
      'PostgreSQL refuses to run as root and there is no postgres user to run it as. Install' +
        ' the postgresql package (it creates the user), or run the kit as a normal user.',
    );
  }
  return {
    prefix: ['runuser', '-u', 'postgres', '--'],
    uid: Number(uid.stdout),
    gid: Number(gid.stdout),
  };
}

/** Runs `argv` (a server command, perhaps through runuser) as `what`. */
function run(argv, what) {
  const [command = '', ...args] = argv;
  return runCommand(command, args, { what });
}

/**
 * Starts the server on 127.0.0.1:`port` with an empty database `bench`; registers its stop and
 * the removal of its folder. Returns how to reach it and its version.
 */
export async function startPostgres({ port, log }) {
  const bin = serverBinaries();
  const as = identity();
  const dir = await mkdtemp(join(tmpdir(), 'bench-frameworks-pg-'));
  onCleanup(() => rm(dir, { recursive: true, force: true }));
  const data = join(dir, 'data');
  const socket = join(dir, 'socket');
  await mkdir(socket);
  if (as.uid !== undefined) {
    await chown(dir, as.uid, as.gid);
    await chown(socket, as.uid, as.gid);
  }
  await chmod(dir, 0o700);

  const version = spawnSync(join(bin, 'postgres'), ['--version'], {
    encoding: 'utf8',
  }).stdout.trim();
  log(`PostgreSQL: ${version}, temporary cluster in ${dir}`);
  await run(
    [
      ...as.prefix,
      join(bin, 'initdb'),
      '-D',
      data,
      '-U',
      USER,
      '--auth=trust',
      '-E',
      'UTF8',
      '--no-sync',
    ],
    'initdb',
  );
  const options = [
    `-c listen_addresses=127.0.0.1`,
    `-c port=${port}`,
    `-c unix_socket_directories=${socket}`,
    // Room for every worker's connections, pools included.
    `-c max_connections=300`,
  ].join(' ');
  const pgCtl = (...args) => [...as.prefix, join(bin, 'pg_ctl'), '-D', data, ...args];
  try {
    await run(
      pgCtl('-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', options, 'start'),
      'pg_ctl start',
    );
  } catch (error) {
    const serverLog = await readFile(join(dir, 'server.log'), 'utf8').catch(() => '');
    throw new KitError(`${error.message}\n${serverLog.trim().split('\n').slice(-5).join('\n')}`);
  }
  onCleanup(async () => {
    await run(pgCtl('-m', 'fast', '-w', 'stop'), 'pg_ctl stop');
    log('PostgreSQL stopped');
  });
  await run(
    [join(bin, 'createdb'), '-h', '127.0.0.1', '-p', String(port), '-U', USER, DATABASE],
    'createdb',
  );
  return { host: '127.0.0.1', port, database: DATABASE, user: USER, version };
}
