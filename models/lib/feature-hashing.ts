// The hashing trick for sparse text features: a feature string goes to one of `buckets - 1` buckets by
// FNV-1a (32 bits, over UTF-16 code units), numbered from 1 so that 0 stays the padding of a fixed-width
// row. Rows of ids are float32 (exact below 2^24), as every model input of the project. Shared code.
import type { Bilingual } from "../../domain/i18n/index.ts";

/** A row's slot names (`prefix_0`…) and their labels: every slot of a hashed row means the same (the card
 * lists them once, as `prefix_0…prefix_{slots-1}`). */
export function hashedSlots(prefix: string, slots: number, label: Bilingual): { names: string[]; labels: Record<string, Bilingual> } {
  const names = Array.from({ length: slots }, (_, i) => `${prefix}_${i}`);
  return { names, labels: Object.fromEntries(names.map((name) => [name, label])) };
}

export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Bucket id (1..buckets-1) of a feature string. */
export const bucketOf = (feature: string, buckets: number) => 1 + (fnv1a(feature) % (buckets - 1));

/** Writes the distinct buckets of `features` (first come, at most `slots`) into `row`, zero-padded. */
export function fillHashedRow(features: Iterable<string>, buckets: number, row: Float32Array): Float32Array {
  row.fill(0);
  const seen = new Set<number>();
  for (const feature of features) {
    if (seen.size >= row.length) break;
    const id = bucketOf(feature, buckets);
    if (seen.has(id)) continue;
    row[seen.size] = id;
    seen.add(id);
  }
  return row;
}
