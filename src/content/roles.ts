/** What the two roles are: the side-by-side comparison, each role's main tasks, a day-in-the-life example, and the hybrid-first advice. */

/** The two roles the comparison sets side by side (Hybrid is a route through both, not a third column). */
export type Side = "DS" | "MLE";
export const SIDES: readonly Side[] = ["DS", "MLE"];

export interface ComparisonRow {
  readonly id: "goal" | "output" | "tools" | "metric" | "enjoy";
  /** The aspect compared, as a row label. */
  readonly label: string;
  readonly DS: string;
  readonly MLE: string;
}

export const COMPARISON: readonly ComparisonRow[] = [
  {
    id: "goal",
    label: "Primary goal",
    DS: "Insights, forecasts and experiments that decide what to do next",
    MLE: "ML systems that are deployed, scaled and monitored: how to ship models at scale",
  },
  {
    id: "output",
    label: "Typical output",
    DS: "Analysis reports, notebooks, dashboards, model prototypes",
    MLE: "Production pipelines, APIs, CI/CD, monitoring, optimised inference",
  },
  {
    id: "tools",
    label: "Most-used tools",
    DS: "SQL, Python, pandas, scikit-learn, notebooks, BI tools",
    MLE: "Python, ML frameworks, Docker, Kubernetes, CI/CD, feature stores, model serving",
  },
  {
    id: "metric",
    label: "Key success metric",
    DS: "Business impact and clear advice",
    MLE: "Reliability, latency, cost and model performance in production",
  },
  {
    id: "enjoy",
    label: "What you would enjoy",
    DS: "Statistics, A/B tests, explaining what the data shows",
    MLE: "Software engineering, systems design, automation, MLOps",
  },
];

export interface RoleWork {
  /** One sentence: where the role sits and what it turns into what. */
  readonly summary: string;
  readonly tasks: readonly string[];
}

export const ROLE_WORK: Readonly<Record<Side, RoleWork>> = {
  DS: {
    summary:
      "Works next to product, marketing, operations or finance: turns a business question into an analysis or a model, then explains what the data means.",
    tasks: [
      'Frame questions that can be measured, such as "would a new onboarding lower churn?" or "which customers will upgrade?"',
      "Query and clean the data: SQL joins and aggregations, quality checks",
      "Explore it: cohorts, funnel drop-off, segments, anomalies",
      "Model and experiment: regression and classification, time-series forecasts, causal inference, A/B tests",
      "Communicate: dashboards, decision memos, presentations",
    ],
  },
  MLE: {
    summary:
      "Makes ML a product feature people can rely on, within limits on latency, privacy, cost and uptime.",
    tasks: [
      "Turn notebook prototypes into services or batch pipelines",
      "Build training and inference pipelines: versioned data, reproducible runs, scheduling, retraining triggers",
      "Run MLOps: CI/CD for ML, containers, orchestration, a model registry, drift monitoring",
      "Optimise inference latency, cloud cost and reliability",
      "Work with data scientists, backend, DevOps, security and product",
    ],
  },
};

export interface DayExample {
  /** What the example is about, shown on its disclosure button. */
  readonly title: string;
  readonly steps: readonly string[];
  /** What the example shows about the role. */
  readonly point: string;
}

export const DAY_EXAMPLES: Readonly<Record<Side, DayExample>> = {
  DS: {
    title: "An online shop's cancelled deliveries",
    steps: [
      "Pulls twelve months of orders with SQL.",
      "Finds that cancellations jump when the delivery-time estimate is uncertain, and that some regions have stock delays.",
      "Builds a simple classifier that flags orders at risk.",
      "Recommends a more conservative delivery estimate and rerouting stock.",
      "Measures the change with an A/B test, aiming to cut cancellations by 1 to 2 percentage points.",
    ],
    point:
      "The model can stay a prototype: what counts is the decision, and the experiment that shows it worked.",
  },
  MLE: {
    title: "A streaming app's recommendations",
    steps: [
      "Builds a feature pipeline that turns user events into training data.",
      "Retrains a ranking model every day.",
      "Serves it through an API with a strict latency target, for example under 100 ms at the 95th percentile.",
      "Monitors for regressions, data drift and outages.",
      "Rolls new models out in stages, with a plan to roll back.",
    ],
    point: "The value is delivery that stays steady as the product grows.",
  },
};

/** Why Hybrid is a fine answer early on, and the route it suggests. */
export const HYBRID_ADVICE = {
  normal: "Doing some of both early in a career is normal.",
  route:
    "Hybrid first: learn the Data Scientist fundamentals first (SQL, Python, statistics), then move on to MLOps and deployment.",
} as const;
