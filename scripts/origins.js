/**
 * Where the add-in is served from. manifest.xml is written with DEV_ORIGIN; the production build
 * (`npm run build`) replaces every occurrence with the origin given in ADDIN_ORIGIN (the https
 * folder that will host dist/), or, without it, with PLACEHOLDER_ORIGIN, which serves nothing: such
 * a build works for tests but is not deployable, and `npm run validate` says so.
 */
"use strict";

const DEV_PORT = 3000;
const DEV_ORIGIN = `https://localhost:${DEV_PORT}/`;
/** A reserved domain (RFC 2606): the manifest of a build made without ADDIN_ORIGIN points here. */
const PLACEHOLDER_ORIGIN = "https://offer-evaluator.example.com/";
/** Kept for older imports: the production build's origin when ADDIN_ORIGIN is not set. */
const PROD_ORIGIN = PLACEHOLDER_ORIGIN;

/** Microsoft's CDN for office.js (stores require add-ins to load it from there). */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * Domains that never host an add-in: the reserved example domains (RFC 2606), Microsoft's
 * documentation domain, and their subdomains. A host matches when it is one of them or ends with
 * "." plus one of them, so example-user.github.io is not example.com.
 */
const PLACEHOLDER_DOMAINS = ["example.com", "example.org", "example.net", "contoso.com"];
/** Reserved top-level names (RFC 2606, RFC 6761): nothing public answers there. */
const RESERVED_TLDS = ["example", "test", "invalid", "localhost"];

class OriginError extends Error {}

/** A URL's hostname, lower case, without the trailing dot of a fully qualified name. */
function hostName(hostname) {
  return String(hostname).toLowerCase().replace(/\.$/, "");
}

/**
 * A host name of one label (https://intranet/): public names have a dot, so such a name resolves,
 * if at all, only on the network it was typed on. IPv6 literals ([::1]) are addresses, not names.
 */
function isSingleLabel(host) {
  return host !== "" && !host.startsWith("[") && !host.includes(".");
}

/**
 * The ADDIN_ORIGIN value as the manifest's origin: an absolute https URL with no query, fragment or
 * user name, ending in "/". Throws OriginError with a one-line message otherwise.
 */
function normalizeOrigin(value) {
  const raw = String(value === undefined || value === null ? "" : value).trim();
  const expected = "expected an https address such as https://you.github.io/offer-evaluator/";
  if (raw === "") throw new OriginError(`ADDIN_ORIGIN is empty; ${expected}`);
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new OriginError(`ADDIN_ORIGIN "${raw}" is not an address; ${expected}`);
  }
  if (url.protocol !== "https:") {
    throw new OriginError(
      `ADDIN_ORIGIN "${raw}" uses ${url.protocol.replace(/:$/, "")}; Office loads add-ins only over https, ${expected}`,
    );
  }
  if (url.username || url.password)
    throw new OriginError(`ADDIN_ORIGIN "${raw}" must not carry a user name or password`);
  if (url.search || url.hash || /[?#]/.test(raw)) {
    throw new OriginError(`ADDIN_ORIGIN "${raw}" must be a folder address without "?" or "#"`);
  }
  // localhost is let through to the placeholder check, which says why it is not deployable.
  const host = hostName(url.hostname);
  if (host !== "localhost" && isSingleLabel(host)) {
    throw new OriginError(
      `ADDIN_ORIGIN "${raw}" has the host "${host}", a name without a dot that at most a local network resolves; ${expected}`,
    );
  }
  // One "/" at the end, however many were typed: a workflow adding "/" to an address that had one.
  const pathname = url.pathname.replace(/\/*$/, "/");
  return `${url.protocol}//${url.host}${pathname}`;
}

/**
 * Why an https address cannot be where the add-in is deployed (a placeholder or reserved domain, a
 * host name without a dot, or this machine), or null when nothing is wrong with its host.
 */
function placeholderReason(address) {
  let host;
  try {
    host = hostName(new URL(address).hostname);
  } catch {
    return `${address} is not an address`;
  }
  const bare = host.replace(/^\[|\]$/g, "");
  if (bare === "localhost" || bare === "::1" || bare === "0.0.0.0" || /^127\.\d+\.\d+\.\d+$/.test(bare)) {
    return `${host} is this computer (localhost): nobody else can load the add-in from it`;
  }
  if (isSingleLabel(host)) {
    return `${host} is a name without a dot, which at most a local network resolves: nobody else can load the add-in from it`;
  }
  const domain = PLACEHOLDER_DOMAINS.find((d) => host === d || host.endsWith(`.${d}`));
  if (domain)
    return `${host} is a placeholder domain (${domain} is reserved for examples and serves no add-in)`;
  const tld = host.split(".").pop();
  if (RESERVED_TLDS.includes(tld))
    return `${host} is under the reserved top-level name .${tld}, which serves nothing`;
  return null;
}

/**
 * The origin a build writes into the manifest. Development builds use DEV_ORIGIN. Production
 * builds use ADDIN_ORIGIN (normalized; OriginError when it is not an https folder) or, when it is
 * not set, PLACEHOLDER_ORIGIN with deployable false.
 */
function buildOrigin(mode, env = process.env) {
  if (mode === "development") return { origin: DEV_ORIGIN, deployable: false, fromEnv: false };
  const value = env.ADDIN_ORIGIN;
  if (value === undefined || value === "") {
    return { origin: PLACEHOLDER_ORIGIN, deployable: false, fromEnv: false };
  }
  const origin = normalizeOrigin(value);
  return { origin, deployable: placeholderReason(origin) === null, fromEnv: true };
}

module.exports = {
  DEV_PORT,
  DEV_ORIGIN,
  PLACEHOLDER_ORIGIN,
  PROD_ORIGIN,
  OFFICE_JS_CDN,
  PLACEHOLDER_DOMAINS,
  OriginError,
  normalizeOrigin,
  placeholderReason,
  buildOrigin,
};
