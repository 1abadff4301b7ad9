// Public write limit, shared by the rate-limiting middleware's local fallback and checked against every
// environment's [[ratelimits]] binding in wrangler.toml by a test.
export const PUBLIC_WRITE_LIMIT = { limit: 20, periodSeconds: 60 } as const;
