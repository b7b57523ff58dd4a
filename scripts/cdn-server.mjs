/**
 * A static file server for the benchmark that behaves like a CDN in front of a static host:
 * every file is compressed once, when the server starts (brotli at its best quality, and gzip),
 * and sent from memory; clean URLs find `.html` files, and any other path gets the app shell
 * (200.html), as the README's hosting notes set up the pages that have no file of their own
 * (`/result`, `/team`, `/embed…`) on Netlify, Cloudflare Pages or nginx. Compressing each
 * response again while the browser waits, as a development server does, would add about half a
 * second per bundle and measure the server rather than the page.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.txt', '.json']);

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/**
 * Serves `root` on `host:port` until `close()`. Resolves once the files are compressed and the
 * server listens.
 */
export async function startCdnServer({ root, host = '127.0.0.1', port, tls }) {
  const files = new Map();
  for (const file of await filesUnder(root)) {
    const body = await readFile(file);
    const extension = extname(file);
    const compressible = COMPRESSIBLE.has(extension);
    files.set(`/${relative(root, file).split(sep).join('/')}`, {
      type: TYPES[extension] ?? 'application/octet-stream',
      identity: body,
      br: compressible
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : undefined,
      gzip: compressible ? gzipSync(body, { level: 9 }) : undefined,
    });
  }

  const find = (pathname) =>
    files.get(pathname) ??
    files.get(`${pathname.replace(/\/$/, '')}.html`) ??
    files.get(`${pathname.replace(/\/?$/, '/')}index.html`);

  const handle = (request, response) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://cdn').pathname);
    } catch {
      pathname = '/';
    }
    const file =
      find(pathname) ?? (pathname.startsWith('/assets/') ? undefined : files.get('/200.html'));
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const accepts = request.headers['accept-encoding'] ?? '';
    const encoding =
      file.br && /\bbr\b/.test(accepts)
        ? 'br'
        : file.gzip && /\bgzip\b/.test(accepts)
          ? 'gzip'
          : 'identity';
    const body = file[encoding] ?? file.identity;
    const headers = {
      'Content-Type': file.type,
      'Content-Length': body.length,
      Vary: 'Accept-Encoding',
      'Cache-Control': pathname.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    };
    if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
    if (pathname.startsWith('/assets/')) headers['Access-Control-Allow-Origin'] = '*';
    response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
  };
  const server = tls
    ? createSecureServer({ ...tls, allowHTTP1: true }, handle)
    : createServer(handle);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return {
    files: files.size,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
