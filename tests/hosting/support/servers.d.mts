export declare const REPO: string;
export declare const RUN_DIR: string;
export declare const HOST_PAGES_PORT: number;
export declare const NGINX_ROOT_PORT: number;
export declare const NGINX_SUB_PATH_PORT: number;
export declare const PAGES_ROOT_PORT: number;
export declare const PAGES_SUB_PATH_PORT: number;
export declare const PAGES_ROOT_INSPECTOR_PORT: number;
export declare const PAGES_SUB_PATH_INSPECTOR_PORT: number;
export declare const HOST_PAGES_ORIGIN: string;
export declare const NGINX_BIN: string;

export interface Target {
  readonly name: string;
  readonly origin: string;
  /** `/` or `/picker/`. */
  readonly base: string;
  /** The build folder it serves: `dist` or `dist-base`. */
  readonly build: string;
  /** How it redirects `/compare.html` and `/compare/` to `/compare`. */
  readonly redirectStatus: number;
}
export declare const TARGETS: readonly Target[];
