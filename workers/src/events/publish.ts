// The one way to put events on the queue. Queues take at most 100 messages and 256 KB per batch and
// 128 KB per message: larger events are a programming error and are refused before sending. Sizes are
// counted in UTF-8 bytes, as the queue counts them (French text takes two bytes per accented letter).
import type { RecoqueEvent } from "./catalogue";

const utf8 = new TextEncoder();

const MAX_MESSAGE_BYTES = 120 * 1024;
const MAX_BATCH_BYTES = 240 * 1024;
const MAX_BATCH_MESSAGES = 100;

export async function publish(queue: Queue, events: RecoqueEvent | RecoqueEvent[]): Promise<void> {
  const list = Array.isArray(events) ? events : [events];
  let batch: MessageSendRequest[] = [];
  let bytes = 0;
  const flush = async () => {
    if (batch.length) await queue.sendBatch(batch);
    batch = [];
    bytes = 0;
  };
  for (const event of list) {
    const size = utf8.encode(JSON.stringify(event)).byteLength;
    if (size > MAX_MESSAGE_BYTES) throw new Error(`event ${event.type} ${event.id} is ${size} bytes, over the queue limit`);
    if (batch.length === MAX_BATCH_MESSAGES || bytes + size > MAX_BATCH_BYTES) await flush();
    batch.push({ body: event, contentType: "json" });
    bytes += size;
  }
  await flush();
}
