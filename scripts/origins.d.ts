/** Types for scripts/origins.js. */
export const DEV_PORT: number;
export const DEV_ORIGIN: string;
export const PROD_ORIGIN: string;
export const OFFICE_JS_CDN: string;
