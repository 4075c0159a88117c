/**
 * Where the add-in is served from. manifest.xml is written with DEV_ORIGIN; the production build
 * (`npm run build`) replaces every occurrence with PROD_ORIGIN. This is the only place to change
 * when the add-in is deployed: set PROD_ORIGIN to the https folder that will host dist/.
 */
"use strict";

const DEV_PORT = 3000;
const DEV_ORIGIN = `https://localhost:${DEV_PORT}/`;
const PROD_ORIGIN = "https://offer-evaluator.example.com/";

/** Microsoft's CDN for office.js (stores require add-ins to load it from there). */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

module.exports = { DEV_PORT, DEV_ORIGIN, PROD_ORIGIN, OFFICE_JS_CDN };
