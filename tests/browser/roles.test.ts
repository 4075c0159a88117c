/**
 * The Roles panel end to end in headless Chromium, in the pane (Excel fake) and on the page (no
 * Excel): before the quiz, the comparison's five rows for both roles, each role's tasks, the
 * day-in-the-life examples collapsed until opened (by keyboard too), the quiz result's link to the
 * side the answers lean to, the weights panel's note on pay, and the page's roadmap lines. axe
 * (serious or critical: none) in light and dark, with the ML Engineer's tasks and example open,, with screenshots in the OS temp folder
 * (offer-roles-*.png) to look at.
 */
import os from "os";
import path from "path";
import type { Page } from "playwright-core";
import {
  COMPARISON,
  CONSISTENCY,
  DAY_EXAMPLES,
  MISTAKES,
  ROLE_WORK,
  WHY_NOT_SALARY,
  type Side,
} from "../../src/content";
import { launch, openTaskpane, seriousViolations, serve, type Server } from "./harness";

const SHOTS = os.tmpdir();
/** Statements 1-4 low, 5-8 high: ML Engineer, far from any other role. */
const MLE_ANSWERS = [1, 2, 1, 2, 5, 5, 4, 5];
/** Balanced: Hybrid. */
const HYBRID_ANSWERS = [3, 3, 3, 3, 3, 3, 3, 3];

let server: Server;

beforeAll(async () => {
  server = await serve();
});

afterAll(async () => {
  await server?.close();
});

async function answerQuiz(page: Page, answers: readonly number[]): Promise<void> {
  const groups = page.locator("fieldset.statement");
  for (let i = 0; i < answers.length; i++) {
    await groups
      .nth(i)
      .getByRole("radio", { name: new RegExp(`^${answers[i]} `) })
      .check();
  }
}

/** The comparison as the page shows it: header cells, then each row's cells (row label first). */
async function comparisonCells(page: Page): Promise<string[][]> {
  return page
    .locator("#roles table.roles-compare tr")
    .evaluateAll((rows) => rows.map((r) => Array.from(r.children).map((c) => (c.textContent ?? "").trim())));
}

/** Checks what the panel holds and how it behaves, on whichever host the page runs. */
async function checkPanel(page: Page): Promise<void> {
  // Before the quiz, in document order.
  const order = await page.evaluate(() => {
    const roles = document.getElementById("roles");
    const quiz = document.getElementById("quiz");
    return roles && quiz ? roles.compareDocumentPosition(quiz) & Node.DOCUMENT_POSITION_FOLLOWING : -1;
  });
  expect(order).toBeGreaterThan(0);
  expect(await page.getByRole("heading", { name: "Data Scientist or ML Engineer?" }).isVisible()).toBe(true);

  const cells = await comparisonCells(page);
  expect(cells[0].slice(1)).toEqual(["Data Scientist", "ML Engineer"]);
  expect(cells.slice(1)).toEqual(COMPARISON.map((r) => [r.label, r.DS, r.MLE]));
  // The row labels are row headers, so a screen reader says "Primary goal" with each cell.
  expect(await page.locator("#roles tbody th[scope=row]").count()).toBe(5);

  for (const side of ["DS", "MLE"] as Side[]) {
    const part = page.locator(`#roles-${side.toLowerCase()}`);
    expect(await part.locator("p").first().textContent()).toBe(ROLE_WORK[side].summary);
    // The tasks and the example: collapsed, hidden, until their summary is used.
    for (const cls of ["role-tasks", "day-example"]) {
      const details = part.locator(`details.${cls}`);
      expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(await details.locator("ul, ol").isVisible()).toBe(false);
    }
    expect(await part.locator("details.role-tasks li").allTextContents()).toEqual([...ROLE_WORK[side].tasks]);
    expect(await part.locator("details.day-example summary").textContent()).toContain(
      DAY_EXAMPLES[side].title,
    );
  }

  // Keyboard: Tab reaches the tasks' summary, then the example's; Enter opens, Space closes.
  const tasks = page.locator("#roles-ds details.role-tasks");
  const example = page.locator("#roles-ds details.day-example");
  const isOpen = (d: typeof tasks): Promise<boolean> => d.evaluate((el) => (el as HTMLDetailsElement).open);
  await page.locator("#roles-ds > p").first().click(); // a start point just before the summaries
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Main tasks");
  await page.keyboard.press("Enter");
  expect(await isOpen(tasks)).toBe(true);
  expect(await tasks.locator("li").first().isVisible()).toBe(true);
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
    `A day in the life: ${DAY_EXAMPLES.DS.title}`,
  );
  await page.keyboard.press("Enter");
  expect(await isOpen(example)).toBe(true);
  expect(await example.locator("ol li").allTextContents()).toEqual([...DAY_EXAMPLES.DS.steps]);
  expect(await example.locator(".day-point").textContent()).toBe(DAY_EXAMPLES.DS.point);
  await page.keyboard.press("Space");
  expect(await isOpen(example)).toBe(false);
  await tasks.locator("summary").click();
  expect(await isOpen(tasks)).toBe(false);

  // The weights panel says why four criteria and not one salary figure.
  expect(await page.locator("#weights-why").textContent()).toBe(WHY_NOT_SALARY);
}

/** After the quiz: the result card links to the side the answers lean to, and the link lands there. */
async function checkResultLink(page: Page): Promise<void> {
  await answerQuiz(page, MLE_ANSWERS);
  const card = page.locator("#quiz-result");
  await card.getByText("Machine Learning Engineer").first().waitFor();
  const link = card.getByRole("link", { name: "the Machine Learning Engineer side of the comparison" });
  expect(await link.getAttribute("href")).toBe("#roles-mle");
  await link.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => location.hash === "#roles-mle");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("roles-mle");
  expect(await page.locator("#roles-mle").isVisible()).toBe(true);

  await answerQuiz(page, HYBRID_ANSWERS);
  await card.getByText("Hybrid first").waitFor();
  expect(await card.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual([
    "#roles-ds",
    "#roles-mle",
  ]);
  expect(await card.locator(".role-pointer").textContent()).toMatch(
    /SQL, Python, statistics.*then.*MLOps and deployment/,
  );
}

test("pane (Excel): the Roles panel before the quiz, examples collapsed, the result links to its side", async () => {
  const b = await launch({ width: 320, height: 900 });
  try {
    const { page } = await openTaskpane(b, server);
    await checkPanel(page);
    await checkResultLink(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  } finally {
    await b.close();
  }
});

test("page (no Excel): the Roles panel, and the roadmap's Start now, mistakes at their phase and proof", async () => {
  const b = await launch({ width: 1200, height: 900 });
  try {
    const { page } = await openTaskpane(b, server, { excel: false });
    await page.waitForSelector("#sa-offers-panel", { timeout: 15000 });
    await checkPanel(page);
    await checkResultLink(page);
    // Hybrid answers now; 10 hours a week is the default pace: the first project takes 2-3 weeks.
    const roadmap = page.locator("#sa-roadmap");
    // The results redraw once typing pauses: wait for the Hybrid plan.
    await page.waitForFunction(() =>
      /Roadmap \(Hybrid, 10 hours a week\)/.test(document.querySelector("#sa-roadmap h3")?.textContent ?? ""),
    );
    expect(await roadmap.locator("#sa-start-now").textContent()).toMatch(
      /^Start now, alongside phase 1: one small proof-of-skill project, finished end to end in your first 2-3 weeks at 10 hours a week( \(\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d at the latest\))?, then a second one that shows breadth\.$/,
    );
    // Each mistake once, inside the phase (list item) where the Hybrid plan places it.
    const phases = roadmap.locator("ol.sa-phases > li");
    expect(await phases.count()).toBe(4);
    for (const m of MISTAKES) {
      const at = phases.nth(Number(m.phase.Hybrid ?? 0) - 1);
      expect(await at.locator(".phase-mistakes").textContent()).toContain(m.mistake);
    }
    expect(await roadmap.locator(".phase-mistakes p").count()).toBe(MISTAKES.length);
    const proof = await roadmap.locator("#sa-proof").textContent();
    expect(proof).toMatch(/Data Scientist: Projects that answer real questions/);
    expect(proof).toMatch(/Machine Learning Engineer: A deployed model/);
    expect(proof).toMatch(/master's degree is not required/);
    expect(proof).toContain(CONSISTENCY);
    // The pace follows the hours: at 5 hours a week the first project takes 4-6 weeks.
    await page.locator("#plan-hours").fill("5");
    await page.waitForFunction(() =>
      /in your first 4-6 weeks at 5 hours a week/.test(
        document.getElementById("sa-start-now")?.textContent ?? "",
      ),
    );
  } finally {
    await b.close();
  }
});

describe.each(["light", "dark"] as const)("%s scheme", (scheme) => {
  test.each([
    ["pane", 320, true],
    ["page", 1200, false],
  ] as const)(
    "%s: no serious or critical axe violations with a side opened; screenshot",
    async (where, width, excel) => {
      const b = await launch({ colorScheme: scheme, width, height: 1000 });
      try {
        const { page } = await openTaskpane(b, server, { excel });
        if (!excel) await page.waitForSelector("#sa-offers-panel", { timeout: 15000 });
        await answerQuiz(page, MLE_ANSWERS);
        await page.locator("#roles-mle details.role-tasks summary").click();
        await page.locator("#roles-mle details.day-example summary").click();
        const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(bg).toBe(scheme === "dark" ? "rgb(31, 31, 31)" : "rgb(250, 250, 250)");
        expect(await seriousViolations(page)).toEqual([]);
        await page
          .locator("#roles")
          .screenshot({ path: path.join(SHOTS, `offer-roles-${where}-${scheme}.png`) });
        await page
          .locator("#quiz-result")
          .screenshot({ path: path.join(SHOTS, `offer-roles-${where}-${scheme}-result.png`) });
        if (!excel) {
          await page
            .locator("#sa-roadmap")
            .screenshot({ path: path.join(SHOTS, `offer-roles-${where}-${scheme}-roadmap.png`) });
        }
        await page
          .locator("#weights")
          .screenshot({ path: path.join(SHOTS, `offer-roles-${where}-${scheme}-weights.png`) });
      } finally {
        await b.close();
      }
    },
  );
});
