import type { Criterion, ScopeType } from "../scoring/types";

export interface CriterionRubric {
  /** The question to ask of an offer. */
  readonly question: string;
  /** What a rating of 1, 2, 3, 4 and 5 means, in that order. */
  readonly levels: readonly [string, string, string, string, string];
}

export const RUBRIC: Readonly<Record<Criterion, CriterionRubric>> = {
  scope: {
    question: "Will you do the work you want: building models, owning deployment, or mostly reporting?",
    levels: [
      "Mostly reporting and ad-hoc requests",
      "Some modelling, mostly reporting",
      "A mix; the work you want is part of the job",
      "Mostly the work you want",
      "Exactly the work you want, end to end",
    ],
  },
  dataMaturity: {
    question: "Is the data clean and easy to reach, or will months go into pipelines first?",
    levels: [
      "Months of pipeline work before any modelling",
      "Data exists but is messy and hard to reach",
      "Usable data with known gaps",
      "Mostly clean, accessible data",
      "Clean, documented, easy-to-reach data",
    ],
  },
  support: {
    question: "Is there an ML platform or team to lean on, or will you build everything alone?",
    levels: [
      "You would build everything alone",
      "Little tooling, no dedicated team",
      "Some shared tooling or a part-time team",
      "A platform team and decent tooling",
      "A mature platform and a team to lean on",
    ],
  },
  growth: {
    question: "Will you learn modern tooling and ship work that matters?",
    levels: [
      "Stagnant tools, little visible impact",
      "Few chances to learn or to ship",
      "Some modern tooling, some impact",
      "Modern stack and work that ships",
      "Modern stack and highly visible impact",
    ],
  },
};

export const SCOPE_TYPE_LABELS: Readonly<Record<ScopeType, string>> = {
  models: "Building models and analyses",
  deployment: "Owning deployment and serving",
  "end-to-end": "The whole lifecycle, from data to production",
  reporting: "Mostly reporting and dashboards",
};
