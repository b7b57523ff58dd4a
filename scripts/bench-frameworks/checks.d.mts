export declare const ROWS: number;
export declare function randomNumber(id: number): number;
export declare const VALID_SIGNUP: { name: string; email: string; age: number };
export declare const INVALID_SIGNUP: { name: string; email: string; age: number };
export declare function upstreamBody(delayMs: number): { service: string; delayMs: number };
export declare const LOADS: Record<string, { path: string; arg?: string }>;
export declare function checkTest(
  test: string,
  base: string,
  settings: { upstreamDelayMs: number },
): Promise<string[]>;
