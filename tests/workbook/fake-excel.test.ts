/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read --
   these tests read properties before load/sync on purpose, to prove that the fake throws like Excel. */
/** The fake is strict where Excel is strict: each rule has a test that proves it throws. */
import { createFakeExcel, type FakeExcel } from "../fake-excel/fake-excel";

type Ctx = Excel.RequestContext;

function fresh(opts?: Parameters<typeof createFakeExcel>[0]): FakeExcel {
  const f = createFakeExcel(opts);
  f.helpers.addSheet("Sheet1");
  return f;
}
function run<T>(f: FakeExcel, batch: (ctx: Ctx) => Promise<T>): Promise<T> {
  return f.Excel.run(batch);
}
async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
  return "no error";
}

describe("range writes", () => {
  test("a values array must match the range size", async () => {
    const f = fresh();
    expect(
      await code(
        run(f, async (ctx) => {
          ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
          await ctx.sync();
        }),
      ),
    ).toBe("InvalidArgument");
    expect(
      await code(
        run(f, async (ctx) => {
          ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2], [3]];
          await ctx.sync();
        }),
      ),
    ).toBe("InvalidArgument");
    expect(
      await code(
        run(f, async (ctx) => {
          (
            ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2") as unknown as { formulas: unknown }
          ).formulas = "=1";
          await ctx.sync();
        }),
      ),
    ).toBe("InvalidArgument");
    expect(
      await code(
        run(f, async (ctx) => {
          ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").numberFormat = [["0"], ["0"], ["0"]];
          await ctx.sync();
        }),
      ),
    ).toBe("InvalidArgument");
  });

  test("nothing runs before sync; null in the array leaves a cell unchanged", async () => {
    const f = fresh();
    f.helpers.setValues("Sheet1", "A1:B1", [["keep", "old"]]);
    await run(f, async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[null, "new"]];
      expect(f.helpers.cell("Sheet1", "B1").value).toBe("old");
      await ctx.sync();
    });
    expect(f.helpers.values("Sheet1", "A1:B1")).toEqual([["keep", "new"]]);
  });

  test("strings are interpreted like typing; a leading apostrophe keeps the literal text", async () => {
    const f = fresh();
    await run(f, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:F2");
      r.values = [
        ["=1+2", "+cmd", "-1+2", "@SUM(A1)", "1-3", "TRUE"],
        ["'=1+2", "'+cmd", "'-1+2", "'@SUM(A1)", "'1-3", "'TRUE"],
      ];
      await ctx.sync();
    });
    const row1 = ["A1", "B1", "C1", "D1"].map((a) => f.helpers.cell("Sheet1", a).formula);
    expect(row1).toEqual(["=1+2", "=+cmd", "=-1+2", "=SUM(A1)"]);
    expect(typeof f.helpers.cell("Sheet1", "E1").value).toBe("number");
    expect(f.helpers.cell("Sheet1", "F1").value).toBe(true);
    expect(f.helpers.values("Sheet1", "A2:F2")).toEqual([
      ["=1+2", "+cmd", "-1+2", "@SUM(A1)", "1-3", "TRUE"],
    ]);
    expect(
      ["A2", "B2", "C2", "D2", "E2", "F2"].every((a) => f.helpers.cell("Sheet1", a).formula === null),
    ).toBe(true);
  });

  test("a structured reference outside a table is rejected", async () => {
    const f = fresh();
    expect(
      await code(
        run(f, async (ctx) => {
          ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=[@Score]*2"]];
          await ctx.sync();
        }),
      ),
    ).toBe("InvalidArgument");
  });

  test("a structured reference must name an existing table and columns it has", async () => {
    const f = fresh();
    f.helpers.setValues("Sheet1", "A1:C1", [["Company", "Data maturity", "Score"]]);
    f.helpers.addTable("Sheet1", "A1:C3", "Offers");
    const write = (cell: string, formula: string) =>
      code(
        run(f, async (ctx) => {
          ctx.workbook.worksheets.getItem("Sheet1").getRange(cell).formulas = [[formula]];
          await ctx.sync();
        }),
      );
    // Accepted: qualified and unqualified references to real columns, any case, nested forms.
    for (const ok of [
      "=SUM(Offers[Score])",
      "=COUNT(offers[data maturity])",
      "=INDEX(Offers[[#This Row],[Company]],1)",
      '=IF(INDEX(Offers[Company],1)="[x]",1,2)',
      "=SUM(Offers[[Company]:[Score]])",
    ])
      expect({ ok, r: await write("F1", ok) }).toEqual({ ok, r: "no error" });
    expect(await write("C2", "=[@[Data maturity]]*2")).toBe("no error");
    // Refused: a missing column (qualified or not), a missing table.
    for (const bad of [
      "=SUM(Offers[Growth])",
      "=INDEX(Offers[[#This Row],[Growth]],1)",
      "=SUM(Other[Score])",
    ])
      expect({ bad, r: await write("F1", bad) }).toEqual({ bad, r: "InvalidArgument" });
    expect(await write("C2", "=[@Growth]*2")).toBe("InvalidArgument");
    expect(await write("C2", "=[@[Support]]")).toBe("InvalidArgument");
  });

  test("a cell holds at most 32,767 characters", async () => {
    const f = fresh();
    expect(
      await code(
        run(f, async (ctx) => {
          ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x".repeat(32768)]];
          await ctx.sync();
        }),
      ),
    ).toBe("InvalidArgument");
  });
});

describe("load and sync", () => {
  test("reading a property before load + sync throws PropertyNotLoaded", async () => {
    const f = fresh();
    await run(f, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      r.load("values");
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(r.values).toEqual([[""]]);
      expect(() => r.address).toThrow(/PropertyNotLoaded/);
      const sheets = ctx.workbook.worksheets;
      expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
    });
  });

  test("getItemOrNullObject gives a null object: isNullObject after sync, any other use fails", async () => {
    const f = fresh();
    await run(f, async (ctx) => {
      const s = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      expect(() => s.isNullObject).toThrow(/PropertyNotLoaded/);
      const t = ctx.workbook.tables.getItemOrNullObject("Nope");
      const n = ctx.workbook.names.getItemOrNullObject("Nope");
      const st = ctx.workbook.settings.getItemOrNullObject("Nope");
      const ok = ctx.workbook.worksheets.getItemOrNullObject("sheet1");
      await ctx.sync();
      expect([s.isNullObject, t.isNullObject, n.isNullObject, st.isNullObject, ok.isNullObject]).toEqual([
        true,
        true,
        true,
        true,
        false,
      ]);
      expect(() => s.name).toThrow(/PropertyNotLoaded/);
    });
    expect(
      await code(
        run(f, async (ctx) => {
          const s = ctx.workbook.worksheets.getItemOrNullObject("Nope");
          s.getRange("A1").values = [[1]];
          await ctx.sync();
        }),
      ),
    ).toBe("ItemNotFound");
    expect(
      await code(
        run(f, async (ctx) => {
          ctx.workbook.worksheets.getItem("Nope").getRange("A1").values = [[1]];
          await ctx.sync();
        }),
      ),
    ).toBe("ItemNotFound");
  });

  test("syncs are counted only when they carry operations, and their payload is measured", async () => {
    const f = fresh();
    await run(f, async (ctx) => {
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["x".repeat(1000), 1]];
      await ctx.sync();
      ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
    });
    expect(f.stats.syncs).toBe(2);
    expect(f.stats.syncCalls).toBe(4); // three explicit plus Excel.run's own (empty)
    expect(f.stats.requestBytes[0]).toBeGreaterThan(1000);
    expect(f.stats.responseBytes[1]).toBeGreaterThan(0);
  });

  test("a request over the payload limit fails like Excel on the web", async () => {
    const f = fresh({ requestLimitBytes: 10_000 });
    expect(
      await code(
        run(f, async (ctx) => {
          ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x".repeat(20_000)]];
          await ctx.sync();
        }),
      ),
    ).toBe("RequestPayloadSizeLimitExceeded");
  });

  test("Excel.run needs a promise, and its objects die with it", async () => {
    const f = fresh();
    expect(await code(f.Excel.run((() => undefined) as unknown as (ctx: Ctx) => Promise<void>))).toBe(
      "InvalidArgument",
    );
    let leaked: Excel.Range | null = null;
    await run(f, async (ctx) => {
      leaked = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
    });
    expect(() => ((leaked as unknown as Excel.Range).values = [[1]])).toThrow(/InvalidRequestContext/);
  });

  test("Excel.run syncs what is still queued when the batch ends", async () => {
    const f = fresh();
    await run(f, async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[7]];
    });
    expect(f.helpers.cell("Sheet1", "A1").value).toBe(7);
    expect(f.stats.syncs).toBe(1);
  });
});

describe("sheets, tables, names", () => {
  test("sheet names are unique (case-insensitive), at most 31 characters, without : \\ / ? * [ ]", async () => {
    const f = fresh();
    for (const bad of ["sheet1", "x".repeat(32), "a/b", "a[1]", "", "'quoted'"]) {
      expect(
        await code(
          run(f, async (ctx) => {
            ctx.workbook.worksheets.add(bad);
            await ctx.sync();
          }),
        ),
      ).toMatch(/InvalidArgument|ItemAlreadyExists/);
    }
    expect(
      await code(
        run(f, async (ctx) => {
          ctx.workbook.worksheets.add("x".repeat(31));
          await ctx.sync();
        }),
      ),
    ).toBe("no error");
    expect(
      await code(
        run(f, async (ctx) => {
          ctx.workbook.worksheets.getItem("Sheet1").name = "X".repeat(31);
          await ctx.sync();
        }),
      ),
    ).toBe("ItemAlreadyExists");
  });

  test("table names are unique among tables and defined names; tables cannot overlap", async () => {
    const f = fresh();
    f.helpers.setValues("Sheet1", "A1:B1", [["a", "b"]]);
    f.helpers.addTable("Sheet1", "A1:B3", "Data");
    f.helpers.addName("Weights", "Sheet1", "D1:D4");
    expect(
      await code(
        run(f, async (ctx) => {
          ctx.workbook.worksheets.getItem("Sheet1").tables.add("B2:C5", true);
          await ctx.sync();
        }),
      ),
    ).toBe("InvalidOperation");
    for (const name of ["data", "WEIGHTS", "A1", "has space"]) {
      expect(
        await code(
          run(f, async (ctx) => {
            const t = ctx.workbook.worksheets.getItem("Sheet1").tables.add("F1:G3", true);
            t.name = name;
            await ctx.sync();
          }),
        ),
      ).toMatch(/ItemAlreadyExists|InvalidArgument/);
      f.workbook.tables = f.workbook.tables.filter((t) => t.name === "Data");
    }
    expect(
      await code(
        run(f, async (ctx) => {
          ctx.workbook.names.add("data", ctx.workbook.worksheets.getItem("Sheet1").getRange("H1"));
          await ctx.sync();
        }),
      ),
    ).toBe("ItemAlreadyExists");
  });

  test("table.resize keeps the header row and must overlap", async () => {
    const f = fresh();
    f.helpers.setValues("Sheet1", "A1:B1", [["a", "b"]]);
    f.helpers.addTable("Sheet1", "A1:B3", "Data");
    expect(
      await code(
        run(f, async (ctx) => {
          ctx.workbook.tables.getItem("Data").resize("A2:B5");
          await ctx.sync();
        }),
      ),
    ).toBe("InvalidArgument");
    await run(f, async (ctx) => {
      ctx.workbook.tables.getItem("Data").resize("A1:B10");
      await ctx.sync();
    });
    expect(f.helpers.tables()[0].address).toBe("A1:B10");
  });

  test("blank or duplicate table headers are renamed like Excel does", () => {
    const f = fresh();
    f.helpers.setValues("Sheet1", "A1:C1", [["x", "", "x"]]);
    f.helpers.addTable("Sheet1", "A1:C2", "T");
    expect(f.helpers.tables()[0].headers).toEqual(["x", "Column2", "x2"]);
  });

  test("data validation messages keep Excel's length limits", async () => {
    const f = fresh();
    expect(
      await code(
        run(f, async (ctx) => {
          ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A3").dataValidation.prompt = {
            showPrompt: true,
            title: "t",
            message: "m".repeat(256),
          };
          await ctx.sync();
        }),
      ),
    ).toBe("InvalidArgument");
    expect(
      await code(
        run(f, async (ctx) => {
          ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A3").dataValidation.prompt = {
            showPrompt: true,
            title: "t".repeat(33),
            message: "m",
          };
          await ctx.sync();
        }),
      ),
    ).toBe("InvalidArgument");
    expect(
      await code(
        run(f, async (ctx) => {
          ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A3").dataValidation.rule = {
            decimal: { formula1: 1, operator: "Between" },
          };
          await ctx.sync();
        }),
      ),
    ).toBe("InvalidArgument");
    expect(
      await code(
        run(f, async (ctx) => {
          ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A3").dataValidation.rule = {
            list: { inCellDropDown: true, source: "x,".repeat(200) },
          };
          await ctx.sync();
        }),
      ),
    ).toBe("InvalidArgument");
  });

  test("settings keep JSON values; custom properties are per sheet", async () => {
    const f = fresh();
    await run(f, async (ctx) => {
      ctx.workbook.settings.add("k", { a: [1, 2] });
      ctx.workbook.worksheets.getItem("Sheet1").customProperties.add("OfferEvaluator", "offers");
      await ctx.sync();
      const s = ctx.workbook.settings.getItem("k");
      s.load("value");
      const p = ctx.workbook.worksheets
        .getItem("Sheet1")
        .customProperties.getItemOrNullObject("offerevaluator");
      p.load("value");
      await ctx.sync();
      expect(s.value).toEqual({ a: [1, 2] });
      expect(p.value).toBe("offers");
    });
  });

  test("the fake can be used as a browser global (no imports inside)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("../fake-excel/fake-excel.js");
    expect(typeof globalThis.createFakeExcel).toBe("function");
  });
});

test("installFakeExcel makes the fake the global Excel, as the browser tests need", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require("../fake-excel/fake-excel.js") as typeof import("../fake-excel/fake-excel");
  const fake = mod.installFakeExcel();
  const g = globalThis as unknown as { Excel: unknown; __fakeExcel: unknown };
  expect(g.Excel).toBe(fake.Excel);
  expect(g.__fakeExcel).toBe(fake);
  expect(fake.helpers.sheetNames()).toEqual(["Sheet1"]);
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe("used ranges, navigation loads and merges", () => {
  test("tables load items/worksheet/id; an unknown navigation property throws", async () => {
    const f = fresh();
    f.helpers.setValues("Sheet1", "A1:B2", [
      ["a", "b"],
      [1, 2],
    ]);
    f.helpers.addTable("Sheet1", "A1:B2", "Mine");
    const ids = await run(f, async (ctx) => {
      const t = ctx.workbook.tables.load("items/name,items/worksheet/id");
      await ctx.sync();
      return t.items.map((x) => [x.name, x.worksheet.id]);
    });
    expect(ids).toEqual([["Mine", f.helpers.sheet("Sheet1")?.id]]);
    expect(
      await code(
        run(f, async (ctx) => {
          ctx.workbook.tables.load("items/worksheet/nothing");
          await ctx.sync();
        }),
      ),
    ).toBe("InvalidArgument");
  });

  test("Range.getUsedRangeOrNullObject: values only, or formats too; null when empty", async () => {
    const f = fresh();
    f.helpers.setValues("Sheet1", "C5", [["x"]]);
    f.helpers.setValues("Sheet1", "A1", [["outside"]]);
    const cell = f.workbook.sheets[0].cells.get("9,3");
    expect(cell).toBeUndefined();
    f.helpers.setValues("Sheet1", "D10", [[""]]);
    const d10 = f.workbook.sheets[0].cells.get("9,3");
    if (d10) d10.numberFormat = "0%";
    const out = await run(f, async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      const values = s.getRange("B3:F20").getUsedRangeOrNullObject(true).load("address");
      const all = s.getRange("B3:F20").getUsedRangeOrNullObject(false).load("address");
      const none = s.getRange("H1:H9").getUsedRangeOrNullObject().load("address");
      await ctx.sync();
      return [values.address, all.address, none.isNullObject];
    });
    // Excel intersects the WORKSHEET's used range (A1:D10, or A1:C5 for values) with the range:
    // empty cells inside it count (B3 is empty), unlike a bounding box of the used cells in B3:F20.
    expect(out).toEqual(["Sheet1!B3:C5", "Sheet1!B3:D10", true]);
  });

  test("Range.getSpecialCellsOrNullObject: exact constants and formulas, sheet-qualified areas", async () => {
    const f = fresh();
    f.helpers.setValues("Sheet1", "A1", [["far away"]]);
    f.helpers.setValues("Sheet1", "B40:C40", [["note", 3]]);
    f.helpers.setValues("Sheet1", "D50", [["=1+1"]]);
    const out = await run(f, async (ctx) => {
      const strip = ctx.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(2, 1, 1048574, 5);
      const constants = strip.getSpecialCellsOrNullObject("Constants").load("address");
      const formulas = strip.getSpecialCellsOrNullObject("Formulas").load("address");
      const empty = ctx.workbook.worksheets
        .getItem("Sheet1")
        .getRange("H1:H9")
        .getSpecialCellsOrNullObject("Constants")
        .load("address");
      await ctx.sync();
      return [constants.address, formulas.address, empty.isNullObject];
    });
    expect(out).toEqual(["Sheet1!B40:C40", "Sheet1!D50", true]);
  });

  test("merging keeps only the upper-left value, like Excel", async () => {
    const f = fresh();
    f.helpers.setValues("Sheet1", "A1:C1", [["keep", "lost", 3]]);
    await run(f, async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").merge(true);
      await ctx.sync();
    });
    expect(f.helpers.values("Sheet1", "A1:C1")).toEqual([["keep", "", ""]]);
  });
});
