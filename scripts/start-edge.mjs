/**
 * `npm run start:edge`: runs the edge build (`npm run build:edge` first) locally in wrangler dev,
 * Cloudflare's own runtime, offline. Ports: `--port`/`--inspector-port` when given, else 8787 and
 * 9229 moved by E2E_PORT_OFFSET, so checkouts side by side never collide.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: String(8787 + offset) },
    'inspector-port': { type: 'string', default: String(9229 + offset) },
  },
});

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
    values.port,
    '--inspector-port',
    values['inspector-port'],
    '--show-interactive-dev-session=false',
  ],
  // Offline, wrangler's metrics would only time out; the rest it tries to fetch it can do without.
  { stdio: 'inherit', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => wrangler.kill(signal));
wrangler.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
