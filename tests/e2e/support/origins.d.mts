export declare const APP_PORT: number;
export declare const BASE_PATH_PORT: number;
export declare const HOST_PORT: number;
export declare const APP_ORIGIN: string;
export declare const HOST_ORIGIN: string;
export declare const BASE_PATH_ORIGIN: string;
export declare const SUB_PATH_APP: string;
