// How the register follows up a person the call rounds cannot reach: after FOUR unanswered calls within 48 hours —
// the first call of the round and the three call-backs that Paris's register procedure asks for those who do not
// answer (heat register of the City, "rappeler au moins trois fois dans les 48 heures": shared/data SOURCES.md and
// issue 12) — or a wrong number, the person goes to the home-visit list, and the relative or neighbour they named is
// told if they asked for it. Shared code: the Worker applies it, the pages say it.

export const FOLLOW_UP_RULE = {
  /** Unanswered calls in a row that hand a person to the home-visit team. */
  unanswered: 4,
  /** Window of those calls, hours. */
  withinHours: 48,
} as const;
