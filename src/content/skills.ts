export const SKILL_IDS = [
  "sql",
  "statistics",
  "experimentation",
  "analysis",
  "modelling",
  "engineering",
  "frameworks",
  "dataEngineering",
  "mlops",
  "systems",
] as const;
export type SkillId = (typeof SKILL_IDS)[number];

export interface Skill {
  readonly id: SkillId;
  readonly role: "DS" | "MLE";
  readonly name: string;
  readonly covers: string;
}

export const SKILLS: readonly Skill[] = [
  { id: "sql", role: "DS", name: "SQL", covers: "joins, window functions, query performance basics" },
  {
    id: "statistics",
    role: "DS",
    name: "Statistics",
    covers: "hypothesis tests, confidence intervals, bias and variance, sampling",
  },
  {
    id: "experimentation",
    role: "DS",
    name: "Experimentation",
    covers: "A/B tests, metric design, causal thinking",
  },
  { id: "analysis", role: "DS", name: "Data analysis", covers: "pandas, visualisation, telling the story" },
  {
    id: "modelling",
    role: "DS",
    name: "Modelling basics",
    covers: "scikit-learn, feature engineering, evaluation",
  },
  {
    id: "engineering",
    role: "MLE",
    name: "Software engineering",
    covers: "clean code, tests, APIs, code review",
  },
  {
    id: "frameworks",
    role: "MLE",
    name: "ML frameworks",
    covers: "PyTorch or TensorFlow, scikit-learn basics",
  },
  {
    id: "dataEngineering",
    role: "MLE",
    name: "Data engineering",
    covers: "pipelines, batch and streaming, orchestration",
  },
  { id: "mlops", role: "MLE", name: "MLOps", covers: "Docker, CI/CD, deployment patterns, monitoring" },
  {
    id: "systems",
    role: "MLE",
    name: "Systems thinking",
    covers: "latency, throughput, reliability, cloud cost",
  },
];
