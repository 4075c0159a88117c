/** The guide's advice around the roadmap and the offers: the first project, proof of skill, credentials, the common mistakes, and the note on pay. */
import type { Role } from "../scoring/types";
import type { Side } from "./roles";

/** The next step, alongside phase 1; its length in weeks comes from the scoring module (startProjectWeeks). */
export const START_NOW = {
  project: "one small proof-of-skill project, finished end to end",
  then: "then a second one that shows breadth",
} as const;

/** Why steady hours matter more than a sprint. */
export const CONSISTENCY =
  "Steady hours every week beat occasional bursts: core skills and projects people can see give you credible interview evidence in months, not years.";

/** What a finished project should show, per role. */
export const PROOF_TO_SHOW: Readonly<Record<Side, string>> = {
  DS: "Projects that answer real questions, such as churn, pricing or demand forecasting, each with a clear evaluation.",
  MLE: "A deployed model (an API or a batch pipeline) with reproducible training, tests, monitoring and documentation.",
};

export const CREDENTIALS = {
  general:
    "A master's degree is not required; proof of skill is. Hiring managers look for a portfolio together with experience, a degree or recognised certifications.",
  DS: "statistics or analytics coursework, cloud or data certifications",
  MLE: "cloud ML and data certifications that cover deployment",
} as const satisfies Record<"general" | Side, string>;

export interface Mistake {
  readonly id: "sql" | "toy" | "story" | "library" | "deployment";
  /** The mistake, short (the Roadmap sheet keeps its Done tick by this text). */
  readonly mistake: string;
  /** What to do instead. */
  readonly instead: string;
  /**
   * The phase (1-4) of each role's plan where the mistake bites; "all" for a mistake the guide gives
   * everyone that no phase of that plan is about (it is listed for the whole plan rather than pinned
   * on a phase); a plan the mistake does not concern leaves it out.
   */
  readonly phase: Readonly<Partial<Record<Role, 1 | 2 | 3 | 4 | "all">>>;
}

/**
 * The five mistakes, each at the phase where it bites: skipping SQL where SQL is learnt (the guide
 * gives it to everyone, but the ML Engineer plan has no SQL in any phase, so there it stands for the
 * whole plan), one library where the models are first built, toy projects where the portfolio or the
 * deployed model is made, the end-to-end story where the write-up is, and ignoring deployment where
 * the model is shipped, in the plans that ship one (the guide gives it for ML Engineers: the Data
 * Scientist plan leaves it out).
 */
export const MISTAKES: readonly Mistake[] = [
  {
    id: "sql",
    mistake: "Skipping SQL",
    instead: "Practise joins, aggregations and window functions on real tables, whichever role you lean to.",
    phase: { DS: 1, Hybrid: 1, MLE: "all" },
  },
  {
    id: "library",
    mistake: "Over-focusing on one library",
    instead: "Practise the same ideas (features, evaluation) with more than one tool.",
    phase: { DS: 3, MLE: 1, Hybrid: 2 },
  },
  {
    id: "toy",
    mistake: "Only toy projects",
    instead: "Use realistic data, metrics and constraints such as latency, class imbalance or drift.",
    phase: { DS: 4, MLE: 3, Hybrid: 4 },
  },
  {
    id: "deployment",
    mistake: "Ignoring deployment",
    instead:
      "An ML Engineer is judged on it: get a model running behind an API or in a batch pipeline, not only in a notebook.",
    phase: { MLE: 3, Hybrid: 3 },
  },
  {
    id: "story",
    mistake: "No end-to-end story",
    instead: "Tell each project whole: the problem, the data, the approach, the evaluation and the impact.",
    phase: { DS: 4, MLE: 4, Hybrid: 4 },
  },
];

/** Why offers are judged on four criteria instead of one salary figure (the weights panel says it). */
export const WHY_NOT_SALARY =
  "One salary figure says little on its own: pay varies widely with country, company size and seniority, and ML Engineer pay often runs higher where ML is the core product. Scope, data maturity, support and growth judge the work itself and what you will learn from it.";
