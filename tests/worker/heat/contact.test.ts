// The relative or neighbour a person named is told when the calls cannot reach them: after the last of four
// unanswered calls within 48 hours (or a wrong number), if the person asked for it — and not otherwise.
import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import { recordOutcome } from "../../../workers/src/heat/calls";
import { WEATHER, count, forecastFor, handled, postForecast, registerViaApi, validRegistration } from "./fixtures";

const agent = { id: "agent.contact", roles: ["heat-agent" as const], role: "heat-agent" as const };
const HOUR = 3_600_000;

test("four unanswered calls tell the contact who agreed to be told, by SMS to a mobile; a contact not to be told hears nothing", async () => {
  const told = await (await registerViaApi(validRegistration({ name: "Hélène Injoignable", contact: { name: "Paul Voisin", phone: "06 39 98 60 01", told: true } }))).json<{ id: string }>();
  const quiet = await (await registerViaApi(validRegistration({ name: "Henri Discret", contact: { name: "Anne Fille", phone: "06 39 98 60 02" } }))).json<{ id: string }>();
  const forecast = await (await postForecast(forecastFor("2019-07-24", WEATHER.red, { replay: true, source: "contact-test" }))).json<{ forecastId: string }>();
  await handled(forecast.forecastId);
  await expect.poll(() => count("SELECT count(*) AS n FROM heat_calls WHERE registration_id IN (?1, ?2)", told.id, quiet.id), { timeout: 20_000, interval: 200 }).toBe(2);
  const start = new Date("2031-07-24T08:00:00Z");
  for (const id of [told.id, quiet.id]) {
    const results = [];
    for (const h of [0, 2, 6, 20]) results.push(await recordOutcome(env.DB, { registrationId: id, outcome: "no-answer" }, agent, new Date(start.getTime() + h * HOUR), env.EVENTS));
    expect(results.map((r) => r.contactTold)).toEqual([false, false, false, id === told.id]);
    expect(results.at(-1)).toMatchObject({ status: "visit-needed", followUp: { kind: "visit" } });
  }
  await expect.poll(() => count("SELECT count(*) AS n FROM heat_messages WHERE kind = 'contact-unreachable'"), { timeout: 20_000, interval: 200 }).toBe(1);
  const message = await env.DB.prepare("SELECT recipient, channel, body FROM heat_messages WHERE kind = 'contact-unreachable'").first<{ recipient: string; channel: string; body: string }>();
  expect(message).toMatchObject({ recipient: "+33639986001", channel: "sms" });
  expect(message!.body).toContain("nous n'arrivons pas à joindre Hélène Injoignable");
});
