import type { Role } from "../scoring/types";
import type { SkillId } from "./skills";

export interface PhaseContent {
  /** A short title for the phase. */
  readonly focus: string;
  /** The concrete content to study and practise. */
  readonly topics: string;
  /** Something finished that shows the phase was done. */
  readonly proof: string;
  /** The core skills this phase exercises, used to pick what to stress from the skills check. */
  readonly skills: readonly SkillId[];
}

/** Each plan has four phases of equal length; at 10 hours a week a phase is three weeks. */
export const ROADMAPS: Readonly<
  Record<Role, readonly [PhaseContent, PhaseContent, PhaseContent, PhaseContent]>
> = {
  DS: [
    {
      focus: "SQL and data cleaning",
      topics: "Joins, CTEs and window functions for analytics; cleaning and reshaping data with pandas",
      proof: "Ten SQL questions answered on a public data set, with a cleaned pandas notebook",
      skills: ["sql", "analysis"],
    },
    {
      focus: "Statistics and experiments",
      topics: "Hypothesis tests, confidence intervals, A/B test design and metric choice",
      proof: "A written analysis of a simulated A/B test: metric, sample size, result, decision",
      skills: ["statistics", "experimentation"],
    },
    {
      focus: "Machine learning fundamentals",
      topics: "Classification and regression, feature engineering, cross-validation and honest evaluation",
      proof: "A model that beats a simple baseline, with the evaluation explained",
      skills: ["modelling", "statistics"],
    },
    {
      focus: "Portfolio projects",
      topics:
        "Two projects on real questions (churn, pricing or demand), framed for the business and evaluated clearly; a published write-up",
      proof: "Two finished projects and a public write-up: problem, data, approach, evaluation, impact",
      skills: ["analysis", "experimentation", "modelling"],
    },
  ],
  MLE: [
    {
      focus: "Python engineering",
      topics: "Packaging, testing and object-oriented basics; a refresher on ML fundamentals",
      proof: "A small Python package with tests running in CI",
      skills: ["engineering", "frameworks"],
    },
    {
      focus: "Training workflow",
      topics: "Experiment tracking, reproducible training runs, versioned data",
      proof: "A training pipeline anyone can rerun to the same metrics",
      skills: ["frameworks", "dataEngineering"],
    },
    {
      focus: "Deployment",
      topics: "Serve a model behind an API, package it in a Docker container, add basic CI",
      proof: "A deployed model answering requests, built and tested by CI",
      skills: ["mlops", "engineering"],
    },
    {
      focus: "Monitoring and operations",
      topics: "Monitoring and a retraining plan; latency and cost tuning; documentation",
      proof: "A dashboard of live model health and a written retraining and cost plan",
      skills: ["mlops", "systems"],
    },
  ],
  Hybrid: [
    {
      focus: "SQL and Python for data",
      topics: "Analytical SQL (joins, CTEs, window functions) and data cleaning with pandas",
      proof: "A cleaned data set with the SQL and notebook that produced it",
      skills: ["sql", "analysis"],
    },
    {
      focus: "Statistics and modelling",
      topics: "Hypothesis tests and A/B tests; classification, regression and cross-validation",
      proof: "A model with an honest evaluation and a short note on what it means for the business",
      skills: ["statistics", "modelling"],
    },
    {
      focus: "Shipping a model",
      topics: "Reproducible training, a model behind an API in a Docker container, basic CI",
      proof: "The phase 2 model served by an API, with tests and a build in CI",
      skills: ["engineering", "mlops"],
    },
    {
      focus: "Monitoring and the end-to-end story",
      topics: "Monitoring and a retraining plan; a portfolio write-up from problem to impact",
      proof: "One project told end to end: problem, data, model, deployment, monitoring, impact",
      skills: ["mlops", "systems", "experimentation"],
    },
  ],
};
