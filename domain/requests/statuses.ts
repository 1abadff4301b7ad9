// How a request arrives and where it stands: its channel, and its status from receipt ("received", while the
// queue pseudonymises and routes it) to "answered". The SQL CHECKs of migration 0008 restate both lists
// (tests/node/platform/sql-checks.test.ts ties them). Shared code (the Worker, its API schemas, the console).

export const CHANNELS = ["email", "form", "letter"] as const;
export type Channel = (typeof CHANNELS)[number];

export const REQUEST_STATUSES = ["received", "new", "assigned", "waiting", "answered"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** The statuses of the inbox's tabs: every status once the request is routed. */
export const INBOX_STATUSES = REQUEST_STATUSES.filter((s): s is Exclude<RequestStatus, "received"> => s !== "received");
export type InboxStatus = (typeof INBOX_STATUSES)[number];
