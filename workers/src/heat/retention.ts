// Purge statements of the register's and alerts' data classes (their periods and reasons are in
// domain/privacy/data-classes.ts). An expired registration is erased everywhere, as erasure on request does; messages, call
// records, access records, forecasts and the other official inputs go by age.

type Purge = (db: D1Database, cutoff: string) => D1PreparedStatement[];

const olderThan = (db: D1Database, table: string, column: string, cutoff: string) => db.prepare(`DELETE FROM ${table} WHERE ${column} < ?1`).bind(cutoff);

/** Every registration that expired before `cutoff`, with everything about the person. */
export const purgeExpiredRegistrations: Purge = (db, cutoff) => {
  const expired = "SELECT id FROM heat_registrations WHERE expires_at < ?1";
  return [
    ...["heat_calls", "heat_call_outcomes", "heat_followups", "heat_outbox", "heat_messages", "heat_access_codes"].map((table) =>
      db.prepare(`DELETE FROM ${table} WHERE registration_id IN (${expired})`).bind(cutoff),
    ),
    olderThan(db, "heat_registrations", "expires_at", cutoff),
  ];
};

export const purgeHeatMessages: Purge = (db, cutoff) => [olderThan(db, "heat_outbox", "created_at", cutoff), olderThan(db, "heat_messages", "sent_at", cutoff)];

export const purgeHeatCalls: Purge = (db, cutoff) => [
  olderThan(db, "heat_calls", "created_at", cutoff),
  olderThan(db, "heat_call_outcomes", "recorded_at", cutoff),
  olderThan(db, "heat_followups", "created_at", cutoff),
];

/** One-time codes past their life, and the register-wide count of wrong codes once it is that old. */
export const purgeAccessRecords: Purge = (db, cutoff) => [
  olderThan(db, "heat_access_codes", "expires_at", cutoff),
  olderThan(db, "heat_access_window", "updated_at", cutoff),
];

/** Vigilance maps, Seine heights and pollution bulletins received. */
export const purgeClimateInputs: Purge = (db, cutoff) => [olderThan(db, "climate_inputs", "received_at", cutoff)];

export const purgeHeatForecasts: Purge = (db, cutoff) => [
  olderThan(db, "heat_forecasts", "received_at", cutoff),
  db.prepare("DELETE FROM heat_daily WHERE forecast_seq NOT IN (SELECT seq FROM heat_forecasts)"),
  db.prepare("DELETE FROM heat_rounds WHERE episode_id IN (SELECT id FROM heat_episodes WHERE updated_at < ?1)").bind(cutoff),
  olderThan(db, "heat_episodes", "updated_at", cutoff),
];
