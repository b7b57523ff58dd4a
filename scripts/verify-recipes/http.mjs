/**
 * A small HTTP client for the recipe checks: node:http (so a `Host` header can be set, as a proxy
 * would), no redirects followed, and a cookie jar for sign-in flows.
 */
import http from 'node:http';

/** One request to 127.0.0.1:port; resolves with status, headers and body text. */
export function request(port, method, path, { headers = {}, body } = {}) {
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

/** A browser-like session: keeps cookies, sends Origin and Referer with form posts. */
export class HttpSession {
  constructor(port, headers, origin) {
    this.port = port;
    this.headers = headers;
    this.origin = origin;
    this.cookies = new Map();
  }

  #headers(extra) {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    return { ...this.headers, ...(cookie && { cookie }), ...extra };
  }

  #remember(response) {
    for (const line of response.headers['set-cookie'] ?? []) {
      const [pair] = line.split(';');
      const index = pair.indexOf('=');
      this.cookies.set(pair.slice(0, index).trim(), pair.slice(index + 1).trim());
    }
    return response;
  }

  async get(path) {
    return this.#remember(await request(this.port, 'GET', path, { headers: this.#headers({}) }));
  }

  async post(path, form) {
    const body = new URLSearchParams(form).toString();
    return this.#remember(
      await request(this.port, 'POST', path, {
        headers: this.#headers({
          'content-type': 'application/x-www-form-urlencoded',
          origin: this.origin,
          referer: `${this.origin}${path}`,
        }),
        body,
      }),
    );
  }
}
