// Demo data for the local stack, from the real public data extracts in infra/seed/data. Each use case
// contributes idempotent SQL (fixed ids, INSERT OR IGNORE), so seeding twice duplicates nothing.

export interface Seed {
  name: string;
  /** SQL statements, each ending with `;`. */
  statements(): string[];
}

export const seeds: Seed[] = [];
