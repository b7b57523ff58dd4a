/**
 * `_headers` and `_redirects`, the rules Cloudflare Pages and Netlify read, from public/: as they
 * are at the root of a domain, and with the base in front of every path for a BASE_PATH build.
 */

/** `/embed/*` under `/picker/`: `/picker/embed/*`. Paths only; full URLs are left alone. */
function withBase(path: string, base: string): string {
  return path.startsWith('/') ? `${base}${path.slice(1)}` : path;
}

/** A `_headers` file with the base in front of each rule's path (the unindented lines). */
export function headersForBase(text: string, base: string): string {
  return text
    .split('\n')
    .map((line) => (line.startsWith('/') ? withBase(line, base) : line))
    .join('\n');
}

/** A `_redirects` file with the base in front of each rule's source and target. */
export function redirectsForBase(text: string, base: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.trim() === '' || line.trimStart().startsWith('#')) return line;
      const [from = '', to = '', ...rest] = line.trim().split(/\s+/);
      return [withBase(from, base), withBase(to, base), ...rest].join(' ');
    })
    .join('\n');
}

/** The host files of public/ by name, each with the function that rebases it. */
export const HOST_FILES = {
  _headers: headersForBase,
  _redirects: redirectsForBase,
} as const;
