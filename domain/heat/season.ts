// The season of Paris's heat register (seasonal watch from 1 June to 15 September) and how early a registration
// may be renewed. Shared: the Worker applies them (workers/src/heat/season.ts), the pages say them.

export const SEASON = { startMonthDay: "06-01", endMonthDay: "09-15" } as const;

/** A registration can be renewed once its expiry is at most this close. */
export const RENEWAL_WINDOW_DAYS = 200;
