/**
 * The servers a cross-engine run needs, on loopback ports derived from E2E_PORT_OFFSET: the
 * production build under `vite preview`, a recorder in front of it, and the host pages of
 * tests/e2e/fixtures/host/ on another origin.
 *
 * The recorder forwards every request to `vite preview` unchanged and adds PAGE_RECORDER
 * (recorder.ts) to each HTML page, before the page's own Content-Security-Policy so the policy
 * does not apply to it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request as forward, type Server } from 'node:http';
import { vi } from 'vitest';
import { PAGE_RECORDER } from './recorder';
import { stop } from './webkit';

const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);

/** Ports of their own, so an engine run and the Playwright suite can share one offset. */
export const PORTS = {
  preview: 4185 + offset,
  app: 4186 + offset,
  host: 4187 + offset,
  webdriver: 4188 + offset,
  /** The X display of the WebKit run (a Unix socket, no TCP port). */
  display: 100 + offset,
};

export const APP = `http://127.0.0.1:${PORTS.app}`;
export const HOST = `http://localhost:${PORTS.host}`;

const RECORDER = `<script>${PAGE_RECORDER}</script>`;

function startRecorder(): Promise<Server> {
  const server = createServer((incoming, outgoing) => {
    const upstream = forward(
      {
        host: '127.0.0.1',
        port: PORTS.preview,
        path: incoming.url,
        method: incoming.method,
        headers: { ...incoming.headers, host: `127.0.0.1:${PORTS.preview}`, 'accept-encoding': '' },
      },
      (response) => {
        const type = String(response.headers['content-type'] ?? '');
        if (!type.startsWith('text/html')) {
          outgoing.writeHead(response.statusCode ?? 502, response.headers);
          response.pipe(outgoing);
          return;
        }
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const html = Buffer.concat(chunks)
            .toString('utf8')
            .replace(/<head>/i, `<head>${RECORDER}`);
          const headers = { ...response.headers };
          delete headers['content-length'];
          delete headers.etag;
          outgoing.writeHead(response.statusCode ?? 502, headers);
          outgoing.end(html);
        });
      },
    );
    upstream.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(PORTS.app, '127.0.0.1', () => resolve(server)));
}

function startProcess(command: string, args: string[], env?: NodeJS.ProcessEnv) {
  return spawn(command, args, {
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Waits, with the runner's own retry, until `url` answers 2xx. */
function waitUntilUp(url: string) {
  return vi.waitFor(
    async () => {
      const ok = await fetch(url).then(
        (response) => response.ok,
        () => false,
      );
      if (!ok) throw new Error(`${url} did not answer`);
    },
    { timeout: 30_000, interval: 200 },
  );
}

export interface Site {
  stop(): Promise<void>;
}

/** Serves dist/ (run `npm run build` first) and the host pages; `stop` ends all of them. */
export async function startSite(): Promise<Site> {
  const children: ChildProcess[] = [];
  let recorder: Server | undefined;
  const site = {
    async stop() {
      for (const child of children) stop(child);
      await new Promise((resolve) => (recorder ? recorder.close(resolve) : resolve(undefined)));
    },
  };
  try {
    children.push(
      startProcess('node_modules/.bin/vite', [
        'preview',
        '--host',
        '127.0.0.1',
        '--port',
        String(PORTS.preview),
        '--strictPort',
      ]),
      startProcess('node', ['tests/e2e/support/host-server.mjs', String(PORTS.host)], {
        APP_ORIGIN: APP,
      }),
    );
    recorder = await startRecorder();
    await waitUntilUp(`${APP}/`);
    await waitUntilUp(`${HOST}/health`);
    return site;
  } catch (error) {
    await site.stop();
    throw error;
  }
}
