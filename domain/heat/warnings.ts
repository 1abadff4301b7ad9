// How a registered person is warned of an alert: the channels they may choose, the kinds of warning message,
// and the states of a message in the outbox. The registration form offers the channels, the Worker writes the
// messages (workers/src/heat/warning-texts.ts), SQL CHECKs restate the lists. Shared code.

export const CHANNELS = ["sms", "voice", "email"] as const;
export type Channel = (typeof CHANNELS)[number];

/** The opening of an episode, and its turning red. */
export const MESSAGE_KINDS = ["opening", "red"] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const OUTBOX_STATUSES = ["pending", "sent"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
