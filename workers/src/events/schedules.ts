// The cron expressions of wrangler.toml, by purpose (a test checks that both lists are the same).
export const schedules = {
  /** Pull the temperature forecast and the official inputs (vigilance, Seine, pollution) from the configured feeds. */
  heatForecastPull: "*/30 * * * *",
  /** Nightly maintenance: retention purge, expiry of heat registrations, re-encryption of the register's health factors. */
  nightly: "15 3 * * *",
  /** Weekday mornings (07:00 UTC): reminders of the requests past their service's target time. */
  requestsReminders: "0 7 * * 1-5",
} as const;
