import type { Criterion, ScopeType } from "../scoring/types";

export interface CriterionRubric {
  /** The question to ask of an offer. */
  readonly question: string;
  /** What a rating of 1, 2, 3, 4 and 5 means, in that order. */
  readonly levels: readonly [string, string, string, string, string];
}

export const RUBRIC: Readonly<Record<Criterion, CriterionRubric>> = {
  scope: {
    // One scale for both roles: "the work you want" is building models and analyses for a Data
    // Scientist and owning deployment for an ML Engineer (the scope type column rates it per role).
    question: "Will you be building models, owning deployment, or mostly reporting?",
    levels: [
      "Mostly reporting, ad-hoc requests",
      "Mostly reporting, a little of the work you want",
      "A mix: the work you want is part of the job",
      "Mostly the work you want",
      "The work you want: models (DS) or deployment end to end (MLE)",
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
    question: "Is there an MLOps platform or team to lean on, or will you build everything from scratch?",
    levels: [
      "You would build everything from scratch, alone",
      "Little tooling and no MLOps team",
      "Some shared tooling or a part-time MLOps team",
      "An MLOps platform and people who run it",
      "A mature MLOps platform and a team to lean on",
    ],
  },
  growth: {
    question:
      "Will you learn modern tooling (feature stores, model registries, monitoring) and ship work that has impact?",
    levels: [
      "Stagnant tools, little visible impact",
      "Few chances to learn or to ship",
      "Some modern tooling, some impact",
      "A modern stack and work that ships",
      "Modern stack (feature stores, registries, monitoring), visible impact",
    ],
  },
};

export const SCOPE_TYPE_LABELS: Readonly<Record<ScopeType, string>> = {
  models: "Building models and analyses",
  deployment: "Owning deployment and serving",
  "end-to-end": "The whole lifecycle, from data to production",
  reporting: "Mostly reporting and dashboards",
};
