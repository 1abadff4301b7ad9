// Cron triggers publish events; the work itself happens in the queue consumer, with its retries and
// idempotency. Event ids derive from the scheduled time, so a trigger fired twice publishes nothing new.
import { reencryptEvent } from "../heat/events";
import type { RecoqueEvent } from "./catalogue";
import { makeEvent } from "./envelope";
import { publish } from "./publish";
import { schedules } from "./schedules";

/** Each cron expression of wrangler.toml, and the events it publishes. */
export const cronEvents: Record<string, (scheduledTime: number) => RecoqueEvent[]> = {
  [schedules.heatForecastPull]: (time) => [
    makeEvent("heat.forecast-pull", { at: new Date(time).toISOString() }, { id: `cron:heat-forecast-pull:${time}`, at: new Date(time) }),
    makeEvent("climate.pull", { at: new Date(time).toISOString() }, { id: `cron:climate-pull:${time}`, at: new Date(time) }),
  ],
  [schedules.nightly]: (time) => [
    makeEvent("privacy.retention-purge", { asOf: new Date(time).toISOString() }, { id: `cron:retention-purge:${time}`, at: new Date(time) }),
    makeEvent("sales.files-sweep", { asOf: new Date(time).toISOString() }, { id: `cron:sales-files-sweep:${time}`, at: new Date(time) }),
    makeEvent("requests.sweep", { asOf: new Date(time).toISOString() }, { id: `cron:requests-sweep:${time}`, at: new Date(time) }),
    reencryptEvent(new Date(time).toISOString()),
  ],
  [schedules.requestsReminders]: (time) => [
    makeEvent("requests.reminders", { asOf: new Date(time).toISOString() }, { id: `cron:requests-reminders:${time}`, at: new Date(time) }),
  ],
};

export async function onCron(controller: ScheduledController, env: Env): Promise<void> {
  const events = cronEvents[controller.cron];
  if (!events) throw new Error(`no events declared for cron "${controller.cron}"`);
  await publish(env.EVENTS, events(controller.scheduledTime));
}
