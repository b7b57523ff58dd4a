/** Where a fact comes from, as the project's fact sheet cites it. */
export interface Source {
  /** A short human name, e.g. "Flask docs: async-await". */
  readonly label: string;
  /** A URL, or an `owner/repo:path` (or `owner/repo@tag`, `owner/repo`) reference, as the sheet gives it. */
  readonly ref: string;
  /** The date of the version of the source that was read: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly asOf?: string;
}

/** True when `ref` is an absolute http(s) URL that can be linked to; false for repository references. */
export function isUrl(ref: string): boolean {
  if (!/^https?:\/\//i.test(ref)) return false;
  try {
    const url = new URL(ref);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
