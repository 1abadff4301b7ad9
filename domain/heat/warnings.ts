// How a registered person is warned of an alert: the channels they may choose, the kinds of message the register
// sends, and the states of a message in the outbox. The registration form offers the channels, the Worker writes the
// messages (workers/src/heat/warning-texts.ts), SQL CHECKs restate the lists. Shared code.

export const CHANNELS = ["sms", "voice", "email"] as const;
export type Channel = (typeof CHANNELS)[number];

/** The alerts of an episode: its opening, and its turning red. */
export const ALERT_KINDS = ["opening", "red"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Every message of the outbox: the alerts, the message to the contact of a person the calls could not reach, a one-time access code. */
export const MESSAGE_KINDS = [...ALERT_KINDS, "contact-unreachable", "access-code"] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const OUTBOX_STATUSES = ["pending", "sent"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
