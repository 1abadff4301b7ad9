// Fixtures of the sales Worker tests: the real geo-dvf files (read in place from ../shared/data/dvf, or the
// seed's copy of the 14th arrondissement's file), uploads through the API, waits on the real queue, and small
// helpers to edit a file's lines.
import { env } from "cloudflare:workers";
import { expect } from "vitest";
import hendaye from "../../../../shared/data/dvf/geodvf_64260_hendaye_2019_2023.csv?raw";
import paris14 from "../../../infra/seed/data/sales/geodvf_75114_2020H1.csv?raw";
import type { Role } from "../../../domain/contracts/roles";
import type { ImportStatus } from "../../../domain/contracts/sales";
import { call } from "../helpers";

export const HENDAYE = hendaye;
export const PARIS_14 = paris14;

export const count = async (sql: string, ...params: unknown[]) => (await env.DB.prepare(sql).bind(...params).first<{ n: number }>())!.n;

export async function gzip(text: string | Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream("gzip"))).arrayBuffer());
}

export function upload(body: BodyInit, { role = "tax-agent", fileName }: { role?: Role; fileName?: string } = {}) {
  return call(`/api/v1/sales/imports${fileName ? `?fileName=${encodeURIComponent(fileName)}` : ""}`, { method: "POST", role, body, headers: { "Content-Type": "text/csv" } });
}

/** The import status page as the Worker declares it. */

export async function status(id: string, query = ""): Promise<ImportStatus> {
  const res = await call(`/api/v1/sales/imports/${id}${query}`, { role: "ops" });
  expect(res.status).toBe(200);
  return res.json<ImportStatus>();
}

/** Waits until the queue consumer has finished the import (usable in hooks too, unlike expect.poll). */
export async function completed(id: string, query = "", timeoutMs = 45_000): Promise<ImportStatus> {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((resolve) => setTimeout(resolve, 200))) {
    if ((await status(id)).status === "completed") return status(id, query);
  }
  throw new Error(`import ${id} did not complete within ${timeoutMs} ms`);
}

/** Uploads a text and waits for its import to complete. */
export async function importText(text: string | Uint8Array<ArrayBuffer>, fileName?: string): Promise<ImportStatus> {
  const res = await upload(text, { fileName });
  expect(res.status).toBe(202);
  return completed((await res.json<{ id: string }>()).id, "?limit=500");
}

export const lines = (text: string) => text.split("\n").map((line) => line.replace(/\r$/, "")).filter((line) => line !== "");

/** A file made of the header and the given data lines. */
export const fileOf = (header: string, data: string[]) => `${[header, ...data].join("\n")}\n`;

/** Replaces column `column` (0-based) of a CSV line without quotes. */
export function setColumn(line: string, column: number, value: string): string {
  const fields = line.split(",");
  fields[column] = value;
  return fields.join(",");
}
