/** The decision checklist: eight statements, the first four lean Data Scientist, the last four ML Engineer. */
export interface ChecklistItem {
  readonly id: string;
  readonly side: "DS" | "MLE";
  /** The statement the person rates from 1 (strongly disagree) to 5 (strongly agree). */
  readonly statement: string;
  /** A few words naming the statement, for tables and result summaries. */
  readonly short: string;
}

export const CHECKLIST: readonly ChecklistItem[] = [
  {
    id: "metrics",
    side: "DS",
    statement:
      "I like taking a vague business question and turning it into a metric and an analysis that answers it.",
    short: "Vague questions into metrics",
  },
  {
    id: "stats",
    side: "DS",
    statement:
      "I enjoy statistics and experiments, and explaining the trade-offs to people who are not technical.",
    short: "Statistics and explaining trade-offs",
  },
  {
    id: "notebooks",
    side: "DS",
    statement: "I like iterating fast in notebooks and dashboards.",
    short: "Fast iteration in notebooks",
  },
  {
    id: "business",
    side: "DS",
    statement: "I want my work to shape product, marketing, operations or finance decisions.",
    short: "Insights for business decisions",
  },
  {
    id: "systems",
    side: "MLE",
    statement: "I like building sturdy software systems around models.",
    short: "Software systems around models",
  },
  {
    id: "deploy",
    side: "MLE",
    statement: "Deployment, APIs, pipelines, reliability and performance tuning interest me.",
    short: "Deployment and reliability",
  },
  {
    id: "platform",
    side: "MLE",
    statement: "I would happily work side by side with backend and platform engineers.",
    short: "Working with platform engineers",
  },
  {
    id: "lifecycle",
    side: "MLE",
    statement: "I want to own a model's whole life: training, serving, monitoring and retraining.",
    short: "Owning the model lifecycle",
  },
];

export const LIKERT_LABELS: readonly string[] = [
  "Strongly disagree",
  "Disagree",
  "Neutral",
  "Agree",
  "Strongly agree",
];
