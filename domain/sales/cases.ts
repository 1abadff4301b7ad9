// A sales case's life: open until a reviewer decides it, once — dismiss it, or refer it to the tax
// administration — which sets its status. The Worker records decisions (workers/src/sales/cases.ts), the
// console offers and labels them, a SQL CHECK restates the statuses. Shared code.

export const CASE_STATUSES = ["open", "referred", "dismissed"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const DECISIONS = ["dismiss", "refer"] as const;
export type Decision = (typeof DECISIONS)[number];

const STATUS_AFTER: Record<Decision, Exclude<CaseStatus, "open">> = { dismiss: "dismissed", refer: "referred" };

/** The status a decision gives a case. */
export const statusAfter = (decision: Decision) => STATUS_AFTER[decision];

/** The decision a decided case's status records. */
export const decisionOf = (status: Exclude<CaseStatus, "open">): Decision => (status === "referred" ? "refer" : "dismiss");
