// A tiny static server for host pages on another origin than the app (the embed tests): the app
// runs on 127.0.0.1, the host pages on localhost. It serves the fixed files of
// tests/e2e/fixtures/host/ and fills in the app's address; it never echoes anything it is sent.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const port = Number(process.argv[2] ?? 4180);
const appOrigin = process.env.APP_ORIGIN ?? 'http://127.0.0.1:4173';
const subPathApp = process.env.SUB_PATH_APP ?? 'http://127.0.0.1:4175/picker';
const fixtures = fileURLToPath(new URL('../fixtures/host/', import.meta.url));

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** Only plain file names of the fixture folder: no paths, no dot files. */
const FILE_NAME = /^\/([a-z0-9-]+\.(?:html|js))$/;

createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/health') {
    response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    return;
  }
  const name = FILE_NAME.exec(path)?.[1];
  if (!name) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  try {
    const text = await readFile(join(fixtures, name), 'utf8');
    const body = text
      .replaceAll('{{APP_ORIGIN}}', appOrigin)
      .replaceAll('{{SUB_PATH_APP}}', subPathApp)
      .replaceAll('{{HOST_ORIGIN}}', `http://localhost:${port}`);
    response
      .writeHead(200, { 'content-type': TYPES[extname(name)], 'cache-control': 'no-store' })
      .end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, 'localhost', () => console.log(`host pages on http://localhost:${port}`));
