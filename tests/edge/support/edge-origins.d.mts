export declare const EDGE_PORT: number;
export declare const EDGE_INSPECTOR_PORT: number;
export declare const STATIC_PORT: number;
export declare const EDGE_HOST_PORT: number;
export declare const EDGE_ORIGIN: string;
export declare const STATIC_ORIGIN: string;
export declare const EDGE_HOST_ORIGIN: string;
