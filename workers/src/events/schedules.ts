// The cron expressions of wrangler.toml, by purpose (a test checks that both lists are the same).
export const schedules = {
  /** Pull the temperature forecast and the official inputs (vigilance, Seine, pollution) from the configured feeds. */
  heatForecastPull: "*/30 * * * *",
  /** Nightly maintenance: retention purge, expiry of heat registrations. */
  nightly: "15 3 * * *",
} as const;
