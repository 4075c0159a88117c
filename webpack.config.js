/**
 * Builds the add-in: one page (taskpane.html) that is both the taskpane and the custom functions'
 * shared runtime. It loads office.js, then functions.js (the OFFER.* functions and their
 * CustomFunctions.associate calls, added by the metadata plugin), then taskpane.js.
 *
 *   npm run build        production, office.js from Microsoft's CDN, into dist/
 *   npm run build:dev    development (source maps, dev origin), into dist/
 *   npm run build:test   production, office.js from a local copy (dist-test/office-js/), into
 *                        dist-test/: for offline browser tests
 *
 * Options: --env officejs=local (or OFFICE_JS=local) for the local office.js; --env outdir=<dir>
 * (or --output-path) to build elsewhere.
 *
 * The origin: ADDIN_ORIGIN=https://host/path/ npm run build writes that https folder into every URL
 * of dist/manifest.xml and into the functions' help links. Without it a production build still
 * works (the tests use it) but points at a placeholder and says, in one line, that it is not
 * deployable; an ADDIN_ORIGIN that is not an https folder on a dotted host name stops the build
 * with a one-line error and removes the previous build from the output folder.
 * The rules are in scripts/origins.js. The build also writes the help page (scripts/help-page.js):
 * help.html, the manifest's SupportUrl, and index.html, the same page as taskpane.html, so the
 * origin itself opens the app.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const {
  DEV_ORIGIN,
  OFFICE_JS_CDN,
  OriginError,
  buildOrigin,
  placeholderReason,
} = require("./scripts/origins");
const { HelpPagePlugin } = require("./scripts/help-page");

const FUNCTIONS_SOURCE = path.resolve(__dirname, "functions/functions.ts");
const OFFICE_JS_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
/**
 * The files of @microsoft/office-js that the local copy needs: office.js, what it loads outside
 * Office (o15apptofilemappingtable.js), and for Excel (web, Windows, Mac) the host script, the
 * custom functions runtime, the en-US strings and telemetry. Debug builds and other hosts are left out.
 */
const OFFICE_JS_FILES =
  /^(office|o15apptofilemappingtable|custom-functions-runtime|es6-promise)\.js$|^excel-(web-16\.00|win32-16\.01|mac-16\.00)(-core)?\.js$|^en-us\/office_strings\.js$|^telemetry\/oteljs(_agave)?\.js$/;

/** The page's Content-Security-Policy: our origin and Microsoft's office.js host, nothing else. */
const CSP = [
  "default-src 'self'",
  `script-src 'self' ${new URL(OFFICE_JS_CDN).origin}`,
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/**
 * Removes a previous build from outDir when a build is refused, so a stale dist/ (its manifest
 * pointing at the last origin) is not deployed or validated as if it were this build. Only a folder
 * holding a build of ours (a manifest.xml beside taskpane.html), never the project itself. Returns
 * the clause the error line adds, or "".
 */
function removeStaleBuild(outDir) {
  if (!outDir || path.resolve(outDir) === path.resolve(__dirname)) return "";
  const ours = ["manifest.xml", "taskpane.html"].every((f) => fs.existsSync(path.join(outDir, f)));
  if (!ours) return "";
  fs.rmSync(outDir, { recursive: true, force: true });
  const rel = path.relative(process.cwd(), outDir);
  const shown = rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : outDir;
  return `; the previous build in ${shown}/ was removed, so it cannot be deployed by mistake`;
}

/**
 * The build's origin (see the module comment). An invalid ADDIN_ORIGIN ends the process with one
 * line on stderr and exit code 1, not webpack-cli's stack trace, and removes the previous build in
 * outDir (removeStaleBuild).
 */
function originFor(mode, outDir) {
  let result;
  try {
    result = buildOrigin(mode);
  } catch (e) {
    if (!(e instanceof OriginError)) throw e;
    console.error(`Build stopped: ${e.message}${removeStaleBuild(outDir)}`);
    process.exit(1);
  }
  if (mode !== "development" && !result.fromEnv) {
    console.warn(
      `WARNING: ADDIN_ORIGIN is not set, so this build's manifest.xml points at the placeholder ${result.origin} and is NOT deployable; build with ADDIN_ORIGIN=https://<host>/<folder>/ npm run build.`,
    );
  } else if (result.fromEnv && !result.deployable) {
    console.warn(
      `WARNING: ADDIN_ORIGIN ${result.origin} cannot host the add-in: ${placeholderReason(result.origin)}.`,
    );
  }
  return result.origin;
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const dev = mode === "development";
  const localOfficeJs = env.officejs === "local" || process.env.OFFICE_JS === "local";
  const outDir = path.resolve(__dirname, env.outdir || (localOfficeJs ? "dist-test" : "dist"));
  // --output-path overrides output.path after this function: a refused build clears that folder.
  const origin = originFor(mode, argv.outputPath ? path.resolve(argv.outputPath) : outDir);
  const page = (filename) =>
    new HtmlWebpackPlugin({
      filename,
      template: path.resolve(__dirname, "src/taskpane/taskpane.html"),
      chunks: ["functions", "taskpane"],
      chunksSortMode: "manual",
      scriptLoading: "defer",
      inject: "head",
      officeJs: localOfficeJs ? "office-js/office.js" : OFFICE_JS_CDN,
      csp: CSP,
    });

  return {
    mode,
    context: __dirname,
    target: ["web", "es2020"],
    devtool: dev ? "source-map" : false,
    // Persistent cache (.cache/webpack): rebuilds, and the test builds, skip unchanged work such as
    // minifying exceljs again. Invalidated when this file, the origins, the help page or tsconfig.json
    // change. The origin is not in the cache: the manifest's copy transform and the help plugin run
    // on every build.
    cache: {
      type: "filesystem",
      cacheDirectory: path.resolve(__dirname, ".cache/webpack"),
      name: `${mode}-${localOfficeJs ? "local" : "cdn"}`,
      buildDependencies: {
        config: [
          __filename,
          require.resolve("./scripts/origins"),
          require.resolve("./scripts/help-page"),
          path.resolve(__dirname, "tsconfig.json"),
        ],
      },
    },
    entry: {
      functions: FUNCTIONS_SOURCE,
      taskpane: path.resolve(__dirname, "src/taskpane/taskpane.ts"),
    },
    output: {
      path: outDir,
      // Entry names are fixed: the manifest points at functions.js and taskpane.html.
      filename: "[name].js",
      // Dynamically imported code (e.g. exceljs) goes to separate files loaded on demand.
      chunkFilename: "chunks/[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is done by `npm run lint` (tsc --noEmit).
            options: { transpileOnly: true, configFile: path.resolve(__dirname, "tsconfig.json") },
          },
        },
      ],
    },
    optimization: {
      // Each entry stays self-contained (functions.js must work on its own); only dynamic imports
      // are split out.
      splitChunks: { chunks: "async" },
    },
    performance: {
      hints: dev ? false : "warning",
      // What the page loads at startup, before gzip; issue 5 budgets 100 KB gzip in total.
      maxEntrypointSize: 350 * 1024,
      maxAssetSize: 350 * 1024,
      assetFilter: (file) =>
        file.endsWith(".js") && !file.startsWith("office-js/") && !file.startsWith("chunks/"),
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      // The manifest points at taskpane.html; index.html is the same page, for the bare origin.
      page("taskpane.html"),
      page("index.html"),
      new HelpPagePlugin({
        origin,
        metadata: "functions.json",
        // Where to report a problem (the workflow passes the repository's issues page); https only.
        supportUrl: /^https:\/\/\S+$/.test(process.env.ADDIN_SUPPORT_URL || "")
          ? process.env.ADDIN_SUPPORT_URL
          : undefined,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/*.css", to: "[name][ext]" },
          // The standalone page's styles (issue 6), linked by src/standalone/standalone.ts when it starts.
          { from: "src/standalone/*.css", to: "[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_ORIGIN).join(origin),
          },
          ...(localOfficeJs
            ? [
                {
                  context: OFFICE_JS_DIST,
                  from: "**/*.js",
                  to: "office-js/[path][name][ext]",
                  filter: (file) =>
                    OFFICE_JS_FILES.test(path.relative(OFFICE_JS_DIST, file).split(path.sep).join("/")),
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
    ],
  };
};

module.exports.CSP = CSP;
module.exports.originFor = originFor;
