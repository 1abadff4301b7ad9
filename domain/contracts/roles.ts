// The roles an agent's token may carry (the `roles` claim), each opening one use case's routes or the
// platform's: the Worker admits routes by them, the pages open consoles by them. Shared code.

export const ROLES = ["heat-agent", "social-agent", "tax-agent", "ops", "auditor"] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);
