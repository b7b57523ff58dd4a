export declare const MEASURED_LINKS: readonly { readonly name: string; readonly link: string }[];
export declare const SCREENS: readonly {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly maxPageHeight: number;
}[];
export declare const MAX_PRINTED_PAGES: number;
export declare const WIDTHS: readonly number[];
export declare function pdfPageCount(pdf: Uint8Array): number;
