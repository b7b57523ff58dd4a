#!/usr/bin/env node
/**
 * The slow upstream of the fourth test: a local HTTP service that answers every request with the
 * same small JSON document after a fixed delay, like a remote API or a model server would. The
 * apps call it with their usual client; the delay is what async I/O can overlap.
 *
 *     node bench/upstream/server.mjs --port 9601 [--host 127.0.0.1] [--delay-ms 50]
 *
 * Prints one line, `upstream listening on http://HOST:PORT (DELAY ms)`, once it accepts requests.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
    'delay-ms': { type: 'string', default: '50' },
  },
});
const port = Number(values.port);
const delayMs = Number(values['delay-ms']);
if (!Number.isInteger(port) || port <= 0 || !Number.isFinite(delayMs) || delayMs < 0) {
  console.error('usage: server.mjs --port PORT [--host HOST] [--delay-ms MS]');
  process.exit(2);
}

const body = JSON.stringify({ service: 'upstream', delayMs });

const server = createServer((request, response) => {
  // Drain any request body before answering, so a keep-alive connection stays usable.
  request.resume();
  setTimeout(() => {
    response.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    });
    response.end(body);
  }, delayMs);
});
// Clients keep connections open between calls; idle ones may wait as long as a slow run needs.
server.keepAliveTimeout = 60_000;
server.headersTimeout = 65_000;
server.listen(port, values.host, () => {
  console.log(`upstream listening on http://${values.host}:${port} (${delayMs} ms)`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
