export declare class KitError extends Error {}
export declare function onCleanup(undo: () => unknown): void;
export declare function runCleanup(): Promise<void>;
export declare function cleanUpOnSignals(): void;
