// Text fields refuse control characters and bidirectional overrides, with a 400 naming the field; multi-line
// fields keep their line breaks and tabs; and the OpenAPI document shows the rule on every text field.
import { expect, test } from "vitest";
import { count, registerViaApi, validRegistration } from "../heat/fixtures";
import { call } from "../helpers";

interface ErrorBody { error: { code: string; fields?: { field: string; message: string }[] } }
const fieldsOf = async (res: Response) => ((await res.json<ErrorBody>()).error.fields ?? []).map((f) => f.field);

test("a name with a right-to-left override or a NUL is refused, naming the field, and nothing is stored", async () => {
  const spoof = await registerViaApi(validRegistration({ name: "Jeanne\u202eenneaJ" }));
  expect(spoof.status).toBe(400);
  expect(await fieldsOf(spoof)).toEqual(["name"]);
  const nul = await registerViaApi(validRegistration({ contact: { name: "Paul\u0000Martin", phone: "01 99 00 12 34" } }));
  expect(nul.status).toBe(400);
  expect(await fieldsOf(nul)).toEqual(["contact.name"]);
  const isolate = await call("/api/v1/heat/registrations/assisted", { method: "POST", role: "heat-agent", json: validRegistration({ address: "12 rue \u2067de la Roquette" }) });
  expect(isolate.status).toBe(400);
  expect(await fieldsOf(isolate)).toEqual(["address"]);
  const mark = await registerViaApi(validRegistration({ name: "Jeanne\u200fMartin" }));
  expect(await fieldsOf(mark)).toEqual(["name"]);
  expect(await count("SELECT count(*) AS n FROM heat_registrations")).toBe(0);
});

test("a contact message keeps its lines and tabs but refuses C1 and bidi controls; its subject is one line", async () => {
  const form = { subject: "Logement", message: "Bonjour,\n\tmon bail se termine.\r\nMerci", consent: true };
  const ok = await call("/api/v1/requests/contact", { method: "POST", json: form, headers: { "cf-connecting-ip": "10.77.0.1" } });
  expect(ok.status).toBe(201);
  const c1 = await call("/api/v1/requests/contact", { method: "POST", json: { ...form, message: "Bonjour,\u0085 mon bail se termine." }, headers: { "cf-connecting-ip": "10.77.0.2" } });
  expect(c1.status).toBe(400);
  expect(await fieldsOf(c1)).toEqual(["message"]);
  const twoLines = await call("/api/v1/requests/contact", { method: "POST", json: { ...form, subject: "Logement\nURGENT" }, headers: { "cf-connecting-ip": "10.77.0.3" } });
  expect(await fieldsOf(twoLines)).toEqual(["subject"]);
});

test("a sales decision note and a call outcome note refuse an override", async () => {
  const decision = await call("/api/v1/sales/cases/nope/decision", { method: "POST", role: "tax-agent", json: { decision: "dismiss", note: "vu\u202d" } });
  expect(decision.status).toBe(400);
  expect(await fieldsOf(decision)).toEqual(["note"]);
  const outcome = await call("/api/v1/heat/calls/nope/outcomes", { method: "POST", role: "heat-agent", json: { outcome: "reached-fine", note: "ok\u0007" } });
  expect(outcome.status).toBe(400);
  expect(await fieldsOf(outcome)).toEqual(["note"]);
});

// ---------------------------------------------------------------- the OpenAPI document says it

type Schema = { $ref?: string; type?: string | string[]; enum?: unknown[]; const?: unknown; format?: string; pattern?: string; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[]; allOf?: Schema[]; additionalProperties?: Schema | boolean };
/** Strings whose values the server checks against a closed list or a strict format (no pattern to show). */
const CHECKED_OTHERWISE = new Set(["POST /api/v1/heat/forecasts .departement"]);
const STRICT_FORMATS = new Set(["email", "uuid", "date", "date-time", "binary"]);

test("every text field of every JSON request body documents a pattern that refuses controls and overrides", async () => {
  const doc = await (await call("/api/openapi.json")).json<{ paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>>; components: { schemas: Record<string, Schema> } }>();
  const unguarded: string[] = [];
  let checked = 0;
  const walk = (schema: Schema | undefined, where: string, field: string, depth = 0): void => {
    const s = schema?.$ref ? doc.components.schemas[schema.$ref.split("/").pop()!] : schema;
    if (!s || depth > 20) return;
    const isString = s.type === "string" || (Array.isArray(s.type) && s.type.includes("string"));
    if (isString && s.enum === undefined && s.const === undefined && !STRICT_FORMATS.has(s.format ?? "") && !CHECKED_OTHERWISE.has(`${where} ${field}`)) {
      checked++;
      const pattern = s.pattern ? new RegExp(s.pattern) : null;
      if (!pattern || ["a\u202eb", "a\u0000b", "a\u2066b", "a\u009bb"].some((text) => pattern.test(text))) unguarded.push(`${where} ${field}`);
    }
    for (const branch of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) walk(branch, where, field, depth + 1);
    for (const [name, property] of Object.entries(s.properties ?? {})) walk(property, where, `${field}.${name}`, depth + 1);
    walk(s.items, where, `${field}[]`, depth + 1);
    if (typeof s.additionalProperties === "object") walk(s.additionalProperties, where, `${field}{}`, depth + 1);
  };
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const json = op.requestBody?.content["application/json"];
      if (json) walk(json.schema, `${method.toUpperCase()} ${path}`, "");
    }
  }
  expect(checked).toBeGreaterThan(40);
  expect(unguarded).toEqual([]);
});

// ---------------------------------------------------------------- duplicate keys

test("a body that gives a key twice is refused, naming the key: consent, a decision, a nested name", async () => {
  const raw = (path: string, body: string, init: { role?: "heat-agent" | "tax-agent"; client?: string } = {}) =>
    call(path, { method: "POST", role: init.role, body, headers: { "Content-Type": "application/json", "cf-connecting-ip": init.client ?? crypto.randomUUID() } });
  const registration = JSON.stringify(validRegistration({ consent: false })).replace(/}$/, ', "consent": true}');
  const res = await raw("/api/v1/heat/registrations", registration);
  expect(res.status).toBe(400);
  expect(await fieldsOf(res)).toEqual(["consent"]);
  const assisted = await raw("/api/v1/heat/registrations/assisted", registration.replace('"name":"Jeanne Martin"', '"name":"Jeanne Martin","n\\u0061me":"X"'), { role: "heat-agent" });
  expect(await fieldsOf(assisted)).toEqual(["name"]);
  expect(await count("SELECT count(*) AS n FROM heat_registrations")).toBe(0);
  const decision = await raw("/api/v1/sales/cases/nope/decision", '{"decision": "dismiss", "note": "vu", "decision": "refer"}', { role: "tax-agent" });
  expect(await fieldsOf(decision)).toEqual(["decision"]);
  const contact = await raw("/api/v1/requests/contact", '{"subject": "a", "message": "Bonjour, une question.", "consent": false, "consent": true}');
  expect(await fieldsOf(contact)).toEqual(["consent"]);
  const once = await raw("/api/v1/heat/registrations", JSON.stringify(validRegistration()));
  expect(once.status).toBe(201);
});
