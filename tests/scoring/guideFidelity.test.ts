/**
 * The product says what the guide (../shared/domain.md) means, in its own words: every quiz
 * statement, rubric question and level end, roadmap phase, and the roles' comparison, tasks,
 * examples, proof, mistakes and notes are checked against a table of the guide's meanings kept here
 * (the key terms of each), so a later edit cannot drift from the guide unnoticed. Terms are
 * case-insensitive patterns; "never" lists what the guide does not say there.
 */
import {
  CHECKLIST,
  COMPARISON,
  CONSISTENCY,
  CREDENTIALS,
  DAY_EXAMPLES,
  HYBRID_ADVICE,
  MISTAKES,
  PROOF_TO_SHOW,
  ROADMAPS,
  ROLE_WORK,
  RUBRIC,
  START_NOW,
  WHY_NOT_SALARY,
} from "../../src/content";
import { roadmap, type Role } from "../../src/scoring";

interface Meaning {
  readonly terms: readonly RegExp[];
  readonly never?: readonly RegExp[];
}

function expectMeaning(what: string, text: string, m: Meaning): void {
  const missing = m.terms.filter((t) => !new RegExp(t.source, "i").test(text)).map(String);
  const extra = (m.never ?? []).filter((t) => new RegExp(t.source, "i").test(text)).map(String);
  expect({ what, text, missing, extra }).toEqual({ what, text, missing: [], extra: [] });
}

/** The decision checklist: statements 1-4 lean Data Scientist, 5-8 ML Engineer. */
const STATEMENTS: Record<string, Meaning & { side: "DS" | "MLE" }> = {
  metrics: { side: "DS", terms: [/vague|ambiguous/, /business/, /metric/, /analys/] },
  stats: { side: "DS", terms: [/statistic/, /experiment/, /trade-off/, /not technical|non-technical/] },
  // Fast iteration in notebooks and dashboards, nothing more: no contrast with production code.
  notebooks: {
    side: "DS",
    terms: [/notebook/, /dashboard/, /fast|quick|iterat/],
    never: [/production/, /polish/, /instead of|rather than| to /],
  },
  business: { side: "DS", terms: [/product/, /marketing/, /operations/, /finance/] },
  systems: { side: "MLE", terms: [/software/, /system/, /model/, /sturdy|robust/] },
  deploy: { side: "MLE", terms: [/deployment/, /API/, /pipeline/, /reliab/, /performance/] },
  platform: { side: "MLE", terms: [/backend/, /platform/] },
  lifecycle: { side: "MLE", terms: [/training/, /serving/, /monitoring/, /retraining/] },
};

/** Each criterion's question, and what its lowest and highest levels must say. */
const CRITERIA_MEANINGS: Record<string, { question: Meaning; low: Meaning; high: Meaning }> = {
  scope: {
    question: { terms: [/building models/, /deployment/, /reporting/] },
    low: { terms: [/reporting/] },
    high: { terms: [/the work you want/, /model/, /deployment/] },
  },
  dataMaturity: {
    question: { terms: [/clean/, /reach|accessible/, /months/, /pipeline/] },
    low: { terms: [/months/, /pipeline/] },
    high: { terms: [/clean/, /documented/, /reach|accessible/] },
  },
  support: {
    question: { terms: [/MLOps/, /platform/, /team/, /from scratch/] },
    low: { terms: [/from scratch|alone/] },
    high: { terms: [/platform/, /team/] },
  },
  growth: {
    question: {
      terms: [/modern tooling/, /feature stores/, /model registries/, /monitoring/, /ship/, /impact/],
    },
    low: { terms: [/stagnant/, /impact/] },
    high: { terms: [/modern/, /impact/] },
  },
};

/** The 12-week roadmaps: each phase's focus, topics and proof together. */
const PHASES: Record<Role, readonly Meaning[]> = {
  DS: [
    { terms: [/SQL/, /joins/, /CTE/, /window functions/, /clean/, /pandas/] },
    { terms: [/statistic/, /hypothesis tests/, /A\/B test/, /metric/] },
    { terms: [/classification/, /regression/, /feature engineering/, /cross-validation/] },
    { terms: [/two/, /portfolio/, /business/, /evaluat/, /write-up/] },
  ],
  MLE: [
    { terms: [/Python/, /packaging/, /testing/, /object-oriented|OOP/, /ML fundamentals/] },
    { terms: [/experiment tracking/, /reproducib/, /versioned data|data versioning/] },
    { terms: [/deploy/, /API/, /Docker/, /CI/] },
    { terms: [/monitoring/, /retraining/, /latency/, /cost/, /documentation/] },
  ],
  // Hybrid first: Data Scientist fundamentals (SQL, Python, statistics), then MLOps and deployment.
  Hybrid: [
    { terms: [/SQL/, /Python|pandas/], never: [/deploy|Docker|API\b|monitoring/] },
    { terms: [/statistic|hypothesis/], never: [/deploy|Docker|API\b|monitoring/] },
    { terms: [/API/, /Docker/, /CI/] },
    { terms: [/monitoring/, /retraining/] },
  ],
};

const COMPARED: Record<string, { DS: Meaning; MLE: Meaning }> = {
  goal: {
    DS: { terms: [/insight/, /forecast/, /experiment/, /what to do next/] },
    MLE: { terms: [/deploy/, /scal/, /monitor/] },
  },
  output: {
    DS: { terms: [/report/, /notebook/, /dashboard/, /prototype/] },
    MLE: { terms: [/pipeline/, /API/, /CI\/CD/, /monitoring/, /inference/] },
  },
  tools: {
    DS: { terms: [/SQL/, /Python/, /pandas/, /scikit-learn/, /notebook/, /BI/] },
    MLE: {
      terms: [/Python/, /ML frameworks/, /Docker/, /Kubernetes/, /CI\/CD/, /feature stores/, /model serving/],
    },
  },
  metric: {
    DS: { terms: [/business impact/, /clear/] },
    MLE: { terms: [/reliability/, /latency/, /cost/, /production/] },
  },
  enjoy: {
    DS: { terms: [/statistic/, /A\/B test/, /explain|communicat/] },
    MLE: { terms: [/software engineering/, /systems design/, /automation/, /MLOps/] },
  },
};

describe("the guide's meanings, term by term", () => {
  test("the eight quiz statements, on their side", () => {
    expect(CHECKLIST.map((c) => c.id)).toEqual(Object.keys(STATEMENTS));
    for (const item of CHECKLIST) {
      const m = STATEMENTS[item.id];
      expect(item.side).toBe(m.side);
      expectMeaning(`statement ${item.id}`, item.statement, m);
    }
  });

  test("each criterion's question and the ends of its scale", () => {
    for (const [c, m] of Object.entries(CRITERIA_MEANINGS)) {
      const r = RUBRIC[c as keyof typeof RUBRIC];
      expectMeaning(`${c} question`, r.question, m.question);
      expectMeaning(`${c} level 1`, r.levels[0], m.low);
      expectMeaning(`${c} level 5`, r.levels[4], m.high);
    }
    // Scope is one scale for both roles: its middle levels name no role's work ("some modelling" read
    // oddly for an ML Engineer), only how much of "the work you want" the job holds.
    for (const level of RUBRIC.scope.levels.slice(1, 4)) {
      expectMeaning("scope levels 2-4", level, { terms: [/work you want/], never: [/model|deploy/] });
    }
  });

  test("every roadmap phase, for every role", () => {
    for (const role of ["DS", "MLE", "Hybrid"] as Role[]) {
      ROADMAPS[role].forEach((p, i) =>
        expectMeaning(`${role} phase ${i + 1}`, `${p.focus}. ${p.topics}. ${p.proof}`, PHASES[role][i]),
      );
    }
  });

  test("the side-by-side comparison", () => {
    expect(COMPARISON.map((r) => r.id)).toEqual(Object.keys(COMPARED));
    for (const r of COMPARISON) {
      expectMeaning(`${r.id} DS`, r.DS, COMPARED[r.id].DS);
      expectMeaning(`${r.id} MLE`, r.MLE, COMPARED[r.id].MLE);
    }
    expect(COMPARISON.map((r) => r.label)).toEqual([
      "Primary goal",
      "Typical output",
      "Most-used tools",
      "Key success metric",
      "What you would enjoy",
    ]);
  });

  test("what each role does, and the two days in the life", () => {
    expectMeaning("DS summary", ROLE_WORK.DS.summary, {
      terms: [/product/, /marketing/, /operations/, /finance/, /business question/, /analysis|model/],
    });
    expectMeaning("DS tasks", ROLE_WORK.DS.tasks.join(" | "), {
      terms: [
        /measur/,
        /churn/,
        /upgrade/,
        /SQL/,
        /joins/,
        /quality/,
        /cohort/,
        /funnel/,
        /segment/,
        /anomal/,
        /regression/,
        /forecast/,
        /causal/,
        /A\/B/,
        /dashboard/,
        /memo/,
        /presentation/,
      ],
    });
    expectMeaning("MLE summary", ROLE_WORK.MLE.summary, {
      terms: [/product feature/, /latency/, /privacy/, /cost/, /uptime/],
    });
    expectMeaning("MLE tasks", ROLE_WORK.MLE.tasks.join(" | "), {
      terms: [
        /notebook prototype/,
        /batch pipeline/,
        /version/,
        /reproducib/,
        /schedul/,
        /retraining/,
        /CI\/CD/,
        /container/,
        /orchestration/,
        /registry/,
        /drift/,
        /latency/,
        /cost/,
        /reliab/,
        /data scientists/,
        /backend/,
        /DevOps/,
        /security/,
      ],
    });
    expectMeaning(
      "DS example",
      [DAY_EXAMPLES.DS.title, ...DAY_EXAMPLES.DS.steps, DAY_EXAMPLES.DS.point].join(" "),
      {
        terms: [
          /shop|e-commerce/,
          /cancel/,
          /deliver/,
          /twelve months|12 months/,
          /SQL/,
          /estimate/,
          /uncertain/,
          /stock/,
          /classifier/,
          /conservative/,
          /A\/B test/,
          /1 to 2 percentage points|1-2 point/,
          /prototype/,
          /decision/,
          /experiment/,
        ],
      },
    );
    expectMeaning(
      "MLE example",
      [DAY_EXAMPLES.MLE.title, ...DAY_EXAMPLES.MLE.steps, DAY_EXAMPLES.MLE.point].join(" "),
      {
        terms: [
          /streaming/,
          /recommendation/,
          /feature pipeline/,
          /events/,
          /ranking model/,
          /every day|daily/,
          /API/,
          /latency/,
          /100 ms/,
          /95th percentile|p95/,
          /regression/,
          /drift/,
          /outage/,
          /stages|staged/,
          /roll back|rollback/,
          /steady/,
        ],
      },
    );
  });

  test("hybrid first, proof to show, credentials, the next step, consistency, pay", () => {
    const advice = `${HYBRID_ADVICE.normal} ${HYBRID_ADVICE.route}`;
    expectMeaning("hybrid advice", advice, {
      terms: [
        /both/,
        /early/,
        /normal/,
        /hybrid first/,
        /SQL/,
        /Python/,
        /statistics/,
        /MLOps/,
        /deployment/,
      ],
    });
    expect(advice.search(/statistics/)).toBeLessThan(advice.search(/MLOps/));
    expectMeaning("DS proof", PROOF_TO_SHOW.DS, {
      terms: [/real questions/, /churn/, /pricing/, /demand/, /evaluation/],
    });
    expectMeaning("MLE proof", PROOF_TO_SHOW.MLE, {
      terms: [
        /deployed model/,
        /API/,
        /batch pipeline/,
        /reproducible training/,
        /tests/,
        /monitoring/,
        /documentation/,
      ],
    });
    expectMeaning("credentials", CREDENTIALS.general, {
      terms: [
        /master's/,
        /not required/,
        /proof of skill/,
        /portfolio/,
        /experience/,
        /degree/,
        /certification/,
      ],
    });
    expectMeaning("DS credentials", CREDENTIALS.DS, {
      terms: [/statistic|analytics/, /coursework/, /cloud|data/, /certification/],
    });
    expectMeaning("MLE credentials", CREDENTIALS.MLE, { terms: [/cloud/, /certification/, /deployment/] });
    expectMeaning("start now", `${START_NOW.project}, ${START_NOW.then}`, {
      terms: [/one small/, /proof-of-skill project/, /end to end/, /second/, /breadth/],
    });
    expectMeaning("consistency", CONSISTENCY, {
      terms: [/steady|consistent/, /burst|intens/, /months, not years/],
    });
    expectMeaning("pay", WHY_NOT_SALARY, {
      terms: [/salary|pay/, /country/, /company size/, /seniority/, /ML Engineer/, /higher/, /core product/],
    });
  });

  test("the five mistakes, each at the phase where it bites", () => {
    const meaning: Record<string, Meaning> = {
      sql: { terms: [/skipping SQL/] },
      toy: { terms: [/toy projects/, /realistic data/, /metrics/, /latency/, /class imbalance/, /drift/] },
      story: { terms: [/end-to-end story/, /problem/, /data/, /approach/, /evaluation/, /impact/] },
      library: { terms: [/one library/] },
      deployment: { terms: [/ignoring deployment/, /ML Engineer/] },
    };
    expect(MISTAKES.map((m) => m.id).sort()).toEqual(Object.keys(meaning).sort());
    for (const m of MISTAKES) expectMeaning(`mistake ${m.id}`, `${m.mistake}. ${m.instead}`, meaning[m.id]);
    // Where each bites: the phase whose content the mistake is about. A plan with no such phase
    // leaves the mistake out (undefined here): deployment is the guide's mistake for ML Engineers, and
    // the ML Engineer plan has no SQL.
    const bites: Record<string, Record<Role, RegExp | undefined>> = {
      sql: { DS: /SQL/, Hybrid: /SQL/, MLE: undefined /* no phase is about SQL: "all" */ },
      toy: { DS: /portfolio/i, Hybrid: /portfolio/i, MLE: /deploy/i },
      story: { DS: /write-up/, Hybrid: /end-to-end story/, MLE: /documentation/ },
      library: { DS: /machine learning fundamentals/i, Hybrid: /modelling/i, MLE: /ML fundamentals/ },
      deployment: { MLE: /deploy/i, Hybrid: /shipping a model/i, DS: undefined },
    };
    // The mistake's key term, which the phase it sits in must name.
    const keyTerm: Record<string, RegExp> = {
      sql: /SQL/,
      toy: /project|deployed model|model answering/i,
      story: /write-up|documentation|end to end|end-to-end/i,
      library: /fundamentals|modelling/i,
      deployment: /deploy|API|served|serve/i,
    };
    for (const m of MISTAKES) {
      for (const role of ["DS", "MLE", "Hybrid"] as Role[]) {
        const at = m.phase[role];
        const want = bites[m.id][role];
        // Placed on a phase exactly where a phase is about it; "all" only for a mistake the guide
        // gives everyone (all but deployment, which is the ML Engineer's).
        expect({ m: m.id, role, placed: at !== undefined && at !== "all" }).toEqual({
          m: m.id,
          role,
          placed: want !== undefined,
        });
        if (at === "all") expect(m.id).not.toBe("deployment");
        if (at === undefined || at === "all" || want === undefined) continue;
        const p = roadmap(role)[at - 1];
        const text = `${p.focus}: ${p.topics}. ${p.proof}`;
        expect({ m: m.id, role, phase: text }).toEqual({ m: m.id, role, phase: expect.stringMatching(want) });
        expect({ m: m.id, role, phase: text }).toEqual({
          m: m.id,
          role,
          phase: expect.stringMatching(keyTerm[m.id]),
        });
      }
    }
    // No plan pins a mistake on a phase that does not name it: the deployment mistake is not in the
    // Data Scientist plan; skipping SQL, which the guide gives everyone, sits at a SQL phase where the
    // plan has one and holds for the whole plan where it has none.
    for (const role of ["DS", "MLE", "Hybrid"] as Role[]) {
      const hasSql = roadmap(role).some((p) => /SQL/.test(`${p.focus} ${p.topics} ${p.proof}`));
      const at = MISTAKES.find((m) => m.id === "sql")?.phase[role];
      expect({ role, sql: at }).toEqual({ role, sql: hasSql ? expect.any(Number) : "all" });
    }
    expect(MISTAKES.find((m) => m.id === "deployment")?.phase.DS).toBeUndefined();
  });
});
