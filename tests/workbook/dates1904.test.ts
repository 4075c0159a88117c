/**
 * The Roadmap's dates in 1900- and 1904-system workbooks (older Mac workbooks count days from
 * 1904-01-01, so a 1900-system serial shows 1,462 days late there). The writer sends =DATE(y,m,d),
 * which Excel evaluates in the workbook's own system; the fake does the same in its 1904 mode.
 */
import { writeRoadmap } from "../../src/workbook";
import { dateFormula } from "../../src/workbook/office/dates";
import { newFake, PLAN, writerOpts } from "./helpers";

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

describe("dates in either date system", () => {
  test("the fake's 1904 mode: a plain serial shows 1,462 days later than in the 1900 system", () => {
    const old = newFake({ date1904: false });
    const mac = newFake({ date1904: true });
    for (const f of [old, mac]) f.helpers.setValues("Sheet1", "A1", [[46357]]);
    expect(old.helpers.dateShown("Sheet1", "A1")).toBe("2026-12-01");
    expect(mac.helpers.dateShown("Sheet1", "A1")).toBe("2030-12-02");
    expect((Date.UTC(2030, 11, 2) - Date.UTC(2026, 11, 1)) / DAY).toBe(1462);
  });

  test("dateFormula names the day of a 1900-system serial", () => {
    // Serial 61 is 1900-03-01 (Excel counts a 29 Feb 1900 that never was); each later day adds 1.
    for (const serial of [61, 366, 40000, 46357, 2958465]) {
      const d = new Date(Date.UTC(1900, 2, 1) + (serial - 61) * DAY);
      expect(dateFormula(serial)).toBe(
        `=DATE(${d.getUTCFullYear()},${d.getUTCMonth() + 1},${d.getUTCDate()})`,
      );
    }
  });

  test.each([false, true])(
    "date1904 %s: every Roadmap Start and End shows the planned day",
    async (date1904) => {
      for (const hoursPerWeek of [10, 5, 80]) {
        const fake = newFake({ date1904 });
        await writeRoadmap({ ...PLAN, hoursPerWeek }, writerOpts(fake));
        // The plan from first principles: PLAN starts 2026-12-01; a phase lasts ceil(30 / hours) weeks.
        const weeks = Math.ceil(30 / hoursPerWeek);
        const start = Date.UTC(2026, 11, 1);
        for (let p = 0; p < 4; p++) {
          const from = start + 7 * p * weeks * DAY;
          const to = start + (7 * (p + 1) * weeks - 1) * DAY;
          expect(fake.helpers.dateShown("Roadmap", `C${6 + p}`)).toBe(iso(from));
          expect(fake.helpers.dateShown("Roadmap", `D${6 + p}`)).toBe(iso(to));
        }
      }
    },
  );

  test("an undated plan writes no date cells", async () => {
    const fake = newFake({ date1904: true });
    await writeRoadmap({ ...PLAN, startSerial: null }, writerOpts(fake));
    expect(
      fake.helpers
        .formulas("Roadmap", "C6:D9")
        .flat()
        .every((f) => f === ""),
    ).toBe(true);
  });
});
