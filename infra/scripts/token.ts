// Prints a local agent token: `npm run token -- --role heat-agent [--role ops] [--agent alice] [--hours 8]`.
// Signed with the JWT secret of .dev.vars, as the local Worker expects.
import { parseArgs } from "node:util";
import { isRole, ROLES, type Role } from "../../domain/contracts/roles";
import { MAX_TOKEN_LIFETIME_SECONDS, signAgentToken } from "../../workers/src/platform/auth";
import { localJwtSecret } from "./dev-vars";

const { values } = parseArgs({
  options: {
    role: { type: "string", multiple: true, default: [] },
    agent: { type: "string", default: "agent.local" },
    hours: { type: "string", default: "8" },
  },
});

const asked = values.role as string[];
const unknown = asked.filter((r) => !isRole(r));
if (!asked.length || unknown.length) {
  console.error(`Usage: npm run token -- --role <${ROLES.join("|")}> [--role ...] [--agent id] [--hours 8]`);
  if (unknown.length) console.error(`Unknown role: ${unknown.join(", ")}`);
  process.exit(2);
}
const hours = Number(values.hours);
const maxHours = MAX_TOKEN_LIFETIME_SECONDS / 3600;
if (!(hours > 0 && hours <= maxHours)) {
  console.error(`--hours must be between 0 and ${maxHours}`);
  process.exit(2);
}

console.log(await signAgentToken({ id: values.agent as string, roles: asked as Role[] }, localJwtSecret(), { ttlSeconds: Math.round(hours * 3600) }));
