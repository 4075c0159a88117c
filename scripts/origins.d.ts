/** Types for scripts/origins.js. */
export const DEV_PORT: number;
export const DEV_ORIGIN: string;
export const PLACEHOLDER_ORIGIN: string;
export const PROD_ORIGIN: string;
export const OFFICE_JS_CDN: string;
export const PLACEHOLDER_DOMAINS: string[];
export class OriginError extends Error {}
/** ADDIN_ORIGIN as an https folder address ending in "/"; throws OriginError with a one-line message. */
export function normalizeOrigin(value: unknown): string;
/** Why the address cannot host the add-in (placeholder, reserved or local host), or null. */
export function placeholderReason(address: string): string | null;
/** The origin a build of this mode writes into the manifest, read from env.ADDIN_ORIGIN in production. */
export function buildOrigin(
  mode: string,
  env?: Record<string, string | undefined>,
): { origin: string; deployable: boolean; fromEnv: boolean };
