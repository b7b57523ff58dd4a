/**
 * A small HTTP client for the recipe checks: node:http (so a `Host` header can be set, as a proxy
 * would), no redirects followed, and a cookie jar for sign-in flows.
 */
import http from 'node:http';

/**
 * Waits before sending an idempotent request again after its connection closed with no answer,
 * as browsers resend: a server with several workers (uvicorn --workers 2) replaces a worker that
 * missed its health check on a loaded machine, and the connections that worker held are dropped.
 */
const RESEND_DELAYS_MS = [1000, 3000];
const IDEMPOTENT = new Set(['GET', 'HEAD']);

/** One request to 127.0.0.1:port; resolves with status, headers and body text. */
export async function request(port, method, path, options = {}) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await requestOnce(port, method, path, options);
    } catch (error) {
      const dropped = error?.code === 'ECONNRESET';
      if (!dropped || !IDEMPOTENT.has(method) || attempt >= RESEND_DELAYS_MS.length) throw error;
      await new Promise((resolve) => setTimeout(resolve, RESEND_DELAYS_MS[attempt]));
    }
  }
}

function requestOnce(port, method, path, { headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    // A length, not chunked encoding: Django's runserver (wsgiref) cannot read chunked bodies.
    const length = body === undefined ? {} : { 'content-length': Buffer.byteLength(body) };
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: { ...headers, ...length },
        timeout: 60_000,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: text }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${path} timed out`)));
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/**
 * A browser-like session: keeps cookies, sends Origin and Referer with form posts. `setCookies`
 * keeps each cookie's last `Set-Cookie` line, attributes included, for the cookie checks.
 */
export class HttpSession {
  constructor(port, headers, origin) {
    this.port = port;
    this.headers = headers;
    this.origin = origin;
    this.cookies = new Map();
    this.setCookies = new Map();
  }

  #headers(extra) {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    return { ...this.headers, ...(cookie && { cookie }), ...extra };
  }

  #remember(response) {
    for (const line of response.headers['set-cookie'] ?? []) {
      const [pair] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      this.cookies.set(name, pair.slice(index + 1).trim());
      this.setCookies.set(name, line);
    }
    return response;
  }

  async get(path) {
    return this.#remember(await request(this.port, 'GET', path, { headers: this.#headers({}) }));
  }

  /** A form post from this site's page, or from `origin` when given (another site's page). */
  async post(path, form, origin = this.origin) {
    const body = new URLSearchParams(form).toString();
    return this.#remember(
      await request(this.port, 'POST', path, {
        headers: this.#headers({
          'content-type': 'application/x-www-form-urlencoded',
          origin,
          referer: `${origin}${path}`,
        }),
        body,
      }),
    );
  }
}
