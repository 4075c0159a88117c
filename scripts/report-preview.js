#!/usr/bin/env node
/**
 * A visual artifact of the report, not a test: where LibreOffice and poppler are installed, the CLI
 * writes a report from a small sample, LibreOffice converts it to PDF and pdftoppm to PNG pages in
 * test-artifacts/ (report.xlsx, report.pdf, report-N.png). Without them, one line says so. Nothing
 * here changes the test result: the report's contents are checked by the jest suites.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "test-artifacts");

function which(cmd) {
  const r = spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

function preview() {
  const soffice = which("soffice");
  const pdftoppm = which("pdftoppm");
  if (!soffice || !pdftoppm) {
    return "report preview: skipped, LibreOffice or pdftoppm not installed (apt-get install -y libreoffice-calc-nogui poppler-utils)";
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "offer-preview-"));
  try {
    const csv = path.join(work, "offers.csv");
    fs.writeFileSync(
      csv,
      [
        "Company,Title,Scope type,Scope,Data maturity,Support,Growth,Notes",
        "Northwind,Data Scientist,models,,4,2,3,Small analytics team",
        "Contoso,ML Engineer,deployment,,3,5,4,Platform team in place",
        'Fabrikam,Analyst,reporting,,5,4,2,"=HYPERLINK(""x"") stays text"',
      ].join("\n"),
    );
    const answers = path.join(work, "answers.json");
    fs.writeFileSync(
      answers,
      JSON.stringify({
        answers: [2, 1, 2, 2, 5, 4, 5, 5],
        plan: { startDate: "2027-01-04", hoursPerWeek: 8 },
      }),
    );
    fs.mkdirSync(OUT, { recursive: true });
    const xlsx = path.join(OUT, "report.xlsx");
    const cli = spawnSync(
      process.execPath,
      [path.join(ROOT, "bin/offer-evaluator.js"), "report", csv, "-o", xlsx, "--answers", answers, "-q"],
      { encoding: "utf8" },
    );
    if (cli.status !== 0) return `report preview: the CLI failed (exit ${cli.status}): ${cli.stderr.trim()}`;
    const profile = `file://${path.join(work, "lo-profile")}`;
    const lo = spawnSync(
      soffice,
      [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", OUT, xlsx],
      { encoding: "utf8", timeout: 120000 },
    );
    const pdf = path.join(OUT, "report.pdf");
    if (lo.status !== 0 || !fs.existsSync(pdf))
      return `report preview: LibreOffice could not convert the report (${(lo.stderr || "").trim().split("\n").pop()})`;
    for (const f of fs.readdirSync(OUT)) if (/^report-\d+\.png$/.test(f)) fs.rmSync(path.join(OUT, f));
    spawnSync(pdftoppm, ["-png", "-r", "60", pdf, path.join(OUT, "report")]);
    const pages = fs.readdirSync(OUT).filter((f) => /^report-\d+\.png$/.test(f));
    return `report preview: ${path.relative(ROOT, pdf)} and ${pages.length} PNG page(s) in ${path.relative(ROOT, OUT)}/ (LibreOffice opened the report)`;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) console.log(preview());
module.exports = { preview };
