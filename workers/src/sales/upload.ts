// The first pass over an uploaded geo-dvf file, before anything is imported: the whole file is streamed once
// (gunzipped when it starts with the gzip magic bytes, decoded as strict UTF-8, its header checked) and cut
// between sales into chunks that are stored in R2 as they come. A file-level problem (wrong header or
// delimiter, truncated or corrupt gzip, bytes that are not UTF-8, too large once decompressed, no data line)
// stops the pass with a 4xx naming the problem — its code and line in the field error, for the console, and in
// the message — and the chunks already stored are deleted: no chunk event is published and no sale written.
// Line-level problems are left to the chunk handler.
import { parseCsv } from "../../../domain/csv/reader";
import { checkHeader } from "../../../domain/sales/geodvf-row";
import type { FileProblem } from "../../../domain/sales/imports";
import { findInvalidUtf8, SaleChunker } from "../../../domain/sales/geodvf";
import { ApiError } from "../platform/errors";
import { CHUNK_BYTES, chunkKey, MAX_TEXT_BYTES } from "./settings";

export interface StoredChunk {
  index: number;
  key: string;
  firstDataLine: number;
}

export interface SplitFile {
  compressed: boolean;
  textBytes: number;
  chunks: StoredChunk[];
}

/** A file refused as a whole, e.g. `line 1 (wrong_header): …` for the reader, code and line for the console. */
function fileProblem(code: FileProblem, line: number | null, detail: string): ApiError {
  const message = line === null ? `(${code}) ${detail}` : `line ${line} (${code}): ${detail}`;
  return new ApiError("validation_failed", `The file cannot be imported: ${message}`, [{ field: "file", message, code, ...(line === null ? {} : { line }) }]);
}

/** Whether the bytes start with the gzip magic number (RFC 1952: 0x1f 0x8b). */
export const isGzip = (bytes: Uint8Array) => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

function countNewlines(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) n++;
  return n;
}

/** Streams the upload into R2 chunks; throws an ApiError (and leaves nothing in R2) for a file-level problem. */
export async function splitUpload(bucket: R2Bucket, raw: Uint8Array<ArrayBuffer>, sha256: string): Promise<SplitFile> {
  const compressed = isGzip(raw);
  const chunks: StoredChunk[] = [];
  try {
    const textBytes = await streamChunks(raw, compressed, async (text, firstDataLine) => {
      const index = chunks.length;
      const key = chunkKey(sha256, index);
      await bucket.put(key, text, { httpMetadata: { contentType: "text/csv; charset=utf-8" }, customMetadata: { firstDataLine: String(firstDataLine) } });
      chunks.push({ index, key, firstDataLine });
    });
    if (chunks.length === 0) throw fileProblem("no_data", null, "it has a header but no data line");
    return { compressed, textBytes, chunks };
  } catch (error) {
    if (chunks.length) await bucket.delete(chunks.map((c) => c.key));
    throw error;
  }
}

async function streamChunks(raw: Uint8Array<ArrayBuffer>, compressed: boolean, store: (text: string, firstDataLine: number) => Promise<void>): Promise<number> {
  let stream = new Blob([raw]).stream();
  if (compressed) stream = stream.pipeThrough(new DecompressionStream("gzip"));
  const reader = stream.getReader();
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const chunker = new SaleChunker(CHUNK_BYTES);
  let line = 1;
  let textBytes = 0;
  let head = "";
  let headerChecked = false;
  const take = async (text: string, final: boolean) => {
    if (!headerChecked) {
      head += text;
      const end = head.indexOf("\n");
      if (end < 0 && !final) return;
      const [first] = parseCsv(end < 0 ? head : head.slice(0, end), { keepBlankLines: true });
      const header = checkHeader(first ? first.cells : []);
      if (!header.ok) throw fileProblem(header.code, 1, header.message);
      headerChecked = true;
      text = head;
      head = "";
    }
    for (const chunk of final ? [...chunker.push(text), ...chunker.end()] : chunker.push(text)) await store(chunk.text, chunk.firstDataLine);
  };
  for (;;) {
    let piece: ReadableStreamReadResult<Uint8Array>;
    try {
      piece = await reader.read();
    } catch (error) {
      throw fileProblem("truncated_gzip", null, `the gzip stream is truncated or corrupt after ${textBytes} bytes of text (${String(error instanceof Error ? error.message : error)})`);
    }
    if (piece.done) break;
    textBytes += piece.value.length;
    if (textBytes > MAX_TEXT_BYTES) {
      await reader.cancel();
      throw new ApiError("payload_too_large", `The file is over ${MAX_TEXT_BYTES} bytes once decompressed.`, [{ field: "file", message: `(too_large) more than ${MAX_TEXT_BYTES} bytes of text`, code: "too_large" }]);
    }
    let text: string;
    try {
      text = decoder.decode(piece.value, { stream: true });
    } catch {
      const bad = findInvalidUtf8(piece.value, line, false);
      throw fileProblem("invalid_utf8", bad?.line ?? line, "bytes that are not UTF-8; geo-dvf files are UTF-8");
    }
    line += countNewlines(piece.value);
    await take(text, false);
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    throw fileProblem("invalid_utf8", line, "the file ends inside a UTF-8 character");
  }
  if (textBytes === 0) throw fileProblem("empty_file", null, "it is empty");
  await take(rest, true);
  return textBytes;
}
