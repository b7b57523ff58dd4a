/** Where a fact comes from: a page a reader can open in one click. */
export interface Source {
  /** What the page is, e.g. "Flask 3.1.3 docs: async and await". */
  readonly label: string;
  /**
   * An `https` URL: versioned documentation, a repository file pinned to a tag or commit
   * (`https://github.com/<owner>/<repo>/blob/<tag>/<path>`), or a release
   * (`.../releases/tag/<tag>`). Never a bare repository.
   */
  readonly ref: string;
  /** The date of the version of the page that was read: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly asOf?: string;
}

/** True when `ref` is an absolute http(s) URL that can be linked to. */
export function isUrl(ref: string): boolean {
  if (!/^https?:\/\//i.test(ref)) return false;
  try {
    const url = new URL(ref);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * True when `ref` is a link the project accepts as a source: `https`, and on GitHub a pinned file
 * (`blob/<tag>/<path>`, `tree/<tag>/<path>`), a release (`releases/tag/<tag>`), an issue or a pull
 * request, never a bare repository or its moving default page.
 */
export function isCitableRef(ref: string): boolean {
  if (!isUrl(ref)) return false;
  const url = new URL(ref);
  if (url.protocol !== 'https:') return false;
  if (url.hostname !== 'github.com') return true;
  return /^\/[\w.-]+\/[\w.-]+\/(?:(?:blob|tree)\/[^/]+\/.+|releases\/tag\/[^/]+|issues\/\d+|pull\/\d+)$/.test(
    url.pathname,
  );
}
