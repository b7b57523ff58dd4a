export interface BuiltPage {
  /** The route without the base (`/`, `/compare`), or null for the app shell and not-found page. */
  readonly path: string | null;
  /** The HTML file, relative to the build's folder. */
  readonly file: string;
  /** The JavaScript the page's loader requests before it is interactive, relative to the folder. */
  readonly scripts: readonly string[];
}

export interface PagesReport {
  /** The deployment base, e.g. `/`. */
  readonly base: string;
  readonly pages: readonly BuiltPage[];
  /** Templates of the pages the edge renders per request, by path, with their scripts. */
  readonly edgeTemplates: Readonly<
    Record<string, { readonly html: string; readonly scripts: readonly string[] }>
  >;
}

export declare function pagesReportFile(outDir: string): string;
export declare function readPagesReport(outDir: string): Promise<PagesReport>;
