// Purpose separation, route by route: every operation of the OpenAPI document belongs to a purpose of
// workers/src/privacy/purposes.ts and admits only that purpose's readers (or operators); then every operation
// is called by every role and anonymously, and answers 401 to anonymous callers of agent routes, 403 to every
// other role — never a success to the wrong role. Explanations are checked kind by kind.
import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import { explainers } from "../../../workers/src/explanations/registry";
import { ROLES, type Role } from "../../../domain/contracts/roles";
import { signAgentToken } from "../../../workers/src/platform/auth";
import { CROSS_CUTTING_TAGS, purposeOfTag, purposeReadBy, purposes } from "../../../workers/src/privacy/purposes";
import { bearer, inProcess, ORIGIN } from "./fetch";
import { fillPath, label, operations, type Operation } from "./openapi";

type Caller = Role | "anonymous";
const callers: Caller[] = [...ROLES, "anonymous"];
let client = 0;

async function callAs(caller: Caller, op: Pick<Operation, "method" | "bodyTypes">, path: string): Promise<Response> {
  const headers = new Headers({ "cf-connecting-ip": `10.1.${Math.floor(++client / 250)}.${client % 250}` });
  if (caller !== "anonymous") headers.set("Authorization", `Bearer ${await bearer(caller)}`);
  let body: string | undefined;
  if (op.bodyTypes.length) {
    const type = op.bodyTypes[0];
    headers.set("Content-Type", type);
    body = type === "application/json" ? "{}" : "a,b\n1,2\n";
  }
  const res = await inProcess(new Request(`${ORIGIN}${path}`, { method: op.method, headers, body }));
  await res.arrayBuffer();
  return res;
}

test("purposes: each agent role reads the data of one use case, the auditor only the audit log", () => {
  const readBy = (role: Role) => purposes.filter((p) => p.readers.includes(role)).map((p) => p.id);
  expect(readBy("heat-agent")).toEqual(["heat"]);
  expect(readBy("social-agent")).toEqual(["rights"]);
  expect(readBy("tax-agent")).toEqual(["sales"]);
  expect(readBy("auditor")).toEqual(["audit"]);
  expect(readBy("ops")).toEqual(["platform"]);
  for (const purpose of purposes) expect(purpose.readers.filter((r) => purpose.operators.includes(r)), purpose.id).toEqual([]);
  const tags = purposes.flatMap((p) => p.tags);
  expect(new Set(tags).size, "a tag belongs to one purpose").toBe(tags.length);
});

test("every operation belongs to a purpose and admits only its readers or operators", async () => {
  const ops = await operations();
  expect(ops.length).toBeGreaterThan(20);
  for (const op of ops) {
    const owners = op.tags.map((tag) => (CROSS_CUTTING_TAGS.includes(tag as never) ? "cross-cutting" : purposeOfTag(tag)?.id));
    expect(owners.length, `${label(op)}: tags`).toBeGreaterThan(0);
    expect(owners.every((o) => o !== undefined), `${label(op)}: tags ${op.tags.join(", ")} need a purpose in privacy/purposes.ts`).toBe(true);
    expect(new Set(owners).size, `${label(op)}: one purpose per operation`).toBe(1);
    if (op.access === "public") continue;
    if (owners[0] === "cross-cutting") {
      const audiences = new Set(Object.values(explainers).flatMap((e) => e.roles));
      const useCaseReaders = new Set(purposes.filter((p) => ["heat", "rights", "sales"].includes(p.id)).flatMap((p) => p.readers));
      for (const role of audiences) expect(op.access, `${label(op)}: admits the audience of every explainer`).toContain(role);
      for (const role of op.access) expect(useCaseReaders, `${label(op)} admits ${role}, who reads no use case`).toContain(role);
      continue;
    }
    const purpose = purposeOfTag(op.tags[0])!;
    for (const role of op.access) {
      expect([...purpose.readers, ...purpose.operators], `${label(op)} admits ${role}, not a reader or operator of ${purpose.id}`).toContain(role);
    }
  }
});

test("every explanation kind is read by the readers of one purpose only", () => {
  for (const [kind, explainer] of Object.entries(explainers)) {
    expect(purposeReadBy(explainer.roles)?.id, `explanations of kind ${kind}: roles ${explainer.roles.join(", ")}`).toBeDefined();
  }
});

test("every operation × every role and anonymous: 401 without a token, 403 for other roles, never a success", async () => {
  const matrix: string[] = [];
  for (const op of await operations()) {
    if (op.tags.some((t) => CROSS_CUTTING_TAGS.includes(t as never))) continue;
    const path = fillPath(op.path, {});
    for (const caller of callers) {
      const res = await callAs(caller, op, path);
      const admitted = op.access === "public" || (caller !== "anonymous" && op.access.includes(caller));
      const expected = admitted ? "admitted" : caller === "anonymous" ? 401 : 403;
      const got = admitted ? ([401, 403].includes(res.status) ? res.status : "admitted") : res.status;
      if (got !== expected) matrix.push(`${label(op)} as ${caller}: ${res.status}, expected ${expected}`);
    }
  }
  expect(matrix).toEqual([]);
});

test("explanations, kind by kind: only the readers of the kind's purpose get past the door", async () => {
  const problems: string[] = [];
  for (const [kind, explainer] of Object.entries(explainers)) {
    const path = fillPath("/api/v1/explanations/{kind}/{id}", { kind, id: "no-such-result" });
    for (const caller of callers) {
      const res = await callAs(caller, { method: "GET", bodyTypes: [] }, path);
      const expected = caller === "anonymous" ? 401 : explainer.roles.includes(caller) ? 404 : 403;
      if (res.status !== expected) problems.push(`${kind} as ${caller}: ${res.status}, expected ${expected}`);
    }
  }
  expect(problems).toEqual([]);
});

test("an agent holding two roles reads the explanations of both use cases, whichever role it was admitted under", async () => {
  for (const [kind, explainer] of Object.entries(explainers)) {
    const other = ROLES.find((r) => !explainer.roles.includes(r) && r !== "ops" && r !== "auditor")!;
    const token = await signAgentToken({ id: "trust.two-roles", roles: [other, explainer.roles[0]] }, env.JWT_SECRET);
    const res = await inProcess(new Request(`${ORIGIN}/api/v1/explanations/${kind}/no-such-result`, { headers: { Authorization: `Bearer ${token}` } }));
    expect(res.status, `${kind} as ${other} + ${explainer.roles[0]}`).toBe(404);
  }
});
