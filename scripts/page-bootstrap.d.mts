export declare const ENTRY_ATTRIBUTE: 'data-entry';
export declare const PRERENDERED_PATH_ATTRIBUTE: 'data-prerendered-path';
export declare const MODULES_ATTRIBUTE: 'data-modules';
export declare const RESULT_CHUNKS_ATTRIBUTE: 'data-result-chunks';
/** The inline loader's source, exactly as it goes between `<script>` and `</script>`. */
export declare const PAGE_LOADER: string;
/** `sha256-…` of PAGE_LOADER, as a CSP source expression (without quotes). */
export declare const PAGE_LOADER_HASH: string;
export declare function sha256(text: string): string;
export declare function contentSecurityPolicy(inlineStyles: readonly string[]): string;
export declare function bootstrapHead(inlineStyles: readonly string[]): string;
