export declare function headersForBase(text: string, base: string): string;
export declare function redirectsForBase(text: string, base: string): string;
export declare function writeHostFiles(build: {
  client: string;
  base: string;
  server: { renderRoute: (path: string) => Promise<string> };
}): Promise<void>;
