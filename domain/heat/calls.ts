// What heat agents record about a call to a registered person, and where it leads: the outcomes of a call,
// the statuses a call goes through, the follow-up kinds with the team each is passed to, and the home-visit
// rule (unanswered calls in a row within a window). The Worker applies them (workers/src/heat/calls.ts), the
// console offers and labels them, SQL CHECKs restate them (tests/node/platform/sql-checks.test.ts). Shared code.

export const OUTCOMES = ["reached-fine", "reached-needs-health-help", "reached-needs-social-help", "no-answer", "wrong-number"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const CALL_STATUSES = ["to-call", "retry", "done", "visit-needed", "wrong-number"] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/** The calls a list shows: those still to make ("open"), every call ("all"), or the calls of one status. */
export const CALL_LIST_FILTERS = ["open", "all", ...CALL_STATUSES] as const;
export type CallListFilter = (typeof CALL_LIST_FILTERS)[number];

export const FOLLOW_UP_KINDS = ["visit", "health", "social"] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/** The team each kind of follow-up goes to. */
export const FOLLOW_UP_TEAMS = { visit: "home-visits", health: "emergency-doctors", social: "social-workers" } as const satisfies Record<FollowUpKind, string>;
export type FollowUpTeam = (typeof FOLLOW_UP_TEAMS)[FollowUpKind];

/** Unanswered calls within this window that send a person to the home-visit list. */
export const VISIT_RULE = { unanswered: 3, withinHours: 48 } as const;
