/**
 * `npm run start:edge`: runs the edge build (`npm run build:edge` first) locally in wrangler dev,
 * Cloudflare's own runtime, offline. Ports: `--port`/`--inspector-port` when given, else 8787 and
 * 9229 moved by E2E_PORT_OFFSET, so checkouts side by side never collide.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readCommandLine, wholeNumber } from './lib/command-line.mjs';

const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const USAGE = 'npm run start:edge -- [--port N] [--inspector-port N]';
const { values } = readCommandLine(USAGE, {
  options: {
    port: { type: 'string', default: String(8787 + offset) },
    'inspector-port': { type: 'string', default: String(9229 + offset) },
  },
});

const port = wholeNumber(values.port, 'port', USAGE, 1);
const inspectorPort = wholeNumber(values['inspector-port'], 'inspector-port', USAGE, 1);

if (!existsSync('dist-edge/worker.js')) {
  console.error('No edge build: run `npm run build:edge` first.');
  process.exit(1);
}

const wrangler = spawn(
  'node_modules/.bin/wrangler',
  [
    'dev',
    '--config',
    'edge/wrangler.jsonc',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--inspector-port',
    String(inspectorPort),
    '--show-interactive-dev-session=false',
  ],
  // Offline, wrangler's metrics would only time out; the rest it tries to fetch it can do without.
  { stdio: 'inherit', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => wrangler.kill(signal));
wrangler.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
