/** Raw workbook settings for the taskpane (it owns the schema); never reads or writes cells. */
import { runner } from "./batch";
import type { WriterOptions } from "./types";

export async function loadSetting(key: string, opts: WriterOptions = {}): Promise<string | null> {
  return runner(opts)(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(key);
    item.load("value");
    await context.sync();
    if (item.isNullObject) return null;
    const v: unknown = item.value;
    return typeof v === "string" ? v : JSON.stringify(v);
  });
}

export async function saveSetting(key: string, value: string, opts: WriterOptions = {}): Promise<void> {
  await runner(opts)(async (ctx) => {
    ctx.workbook.settings.add(key, value);
    await ctx.sync();
  });
}
