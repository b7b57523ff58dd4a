/**
 * Reads a `_headers` file (the format Netlify and Cloudflare read: a path pattern on its own line,
 * then indented `Name: value` lines) so that the pages the edge renders get the same response
 * headers as the static files it serves. Static hosts apply every rule that matches a path, and
 * so does `headersFor`; a `! Name` line (Cloudflare's detach) removes what earlier rules set.
 */

export interface HeaderRule {
  /** A path pattern: `*` matches anything, `:name` one path segment. */
  readonly pattern: string;
  /** In file order; a value of `undefined` detaches the header (`! Name`). */
  readonly headers: readonly (readonly [name: string, value: string | undefined])[];
}

/** Parses the file's text. Comments (`#`) and blank lines are skipped; a malformed line throws. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { pattern: string; headers: [string, string | undefined][] }[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: trimmed, headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const detached = /^!\s*([!#$%&'*+.^_`|~\w-]+)$/.exec(trimmed)?.[1];
    if (rule && detached !== undefined) {
      rule.headers.push([detached, undefined]);
      continue;
    }
    const colon = trimmed.indexOf(':');
    if (!rule || colon <= 0) throw new Error(`_headers line ${index + 1} is not "Name: value"`);
    rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  }
  return rules;
}

function patternMatches(pattern: string, pathname: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${source}$`).test(pathname);
}

/**
 * The headers for a path: every matching rule's, in file order. A name that several rules set
 * gets their values joined with a comma, as the hosts do; a detach removes the earlier values.
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Headers {
  const headers = new Headers();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, pathname)) continue;
    for (const [name, value] of rule.headers) {
      if (value === undefined) headers.delete(name);
      else headers.append(name, value);
    }
  }
  return headers;
}
