// Events of the sales import pipeline and their handlers. An accepted upload publishes one event per chunk
// (the event carries the chunk's R2 key, never its text); the chunk that completes the import publishes its
// finalisation (quick resales, completion). The nightly sweep removes raw files whose import has been
// purged. Event ids derive from their subject, and every handler is idempotent.
import type { Handlers } from "../events/catalogue";
import { makeEvent, type Envelope } from "../events/envelope";
import { importChunk, type ChunkRef } from "./chunks";
import { finaliseImport } from "./finalise";
import { sweepImportFiles } from "./retention";

export type SalesEvent =
  | Envelope<"sales.import-chunk", ChunkRef>
  | Envelope<"sales.import-finalise", { importId: string }>
  | Envelope<"sales.files-sweep", { asOf: string }>;

export const chunkEvent = (chunk: ChunkRef): SalesEvent => makeEvent("sales.import-chunk", chunk, { id: `sales.chunk:${chunk.importId}:${chunk.index}` });

export const finaliseEvent = (importId: string): SalesEvent => makeEvent("sales.import-finalise", { importId }, { id: `sales.finalise:${importId}` });

export const salesHandlers: Handlers<SalesEvent> = {
  "sales.import-chunk": async (event, { env, publish }) => {
    const progress = await importChunk(env, event.payload);
    if (progress && progress.chunksDone === progress.chunksTotal) await publish(finaliseEvent(event.payload.importId));
  },
  "sales.import-finalise": async (event, { env }) => {
    await finaliseImport(env, event.payload.importId);
  },
  "sales.files-sweep": async (event, { env }) => {
    await sweepImportFiles(env, new Date(event.payload.asOf));
  },
};
