// The re-encryption of the register's health factors under the current key (ops): one batch per call, from a
// position in the register's order, and what it did. Shared code.
import { z } from "zod";

export const reencryptQuery = z.object({
  afterSeq: z.coerce.number().int().min(0).max(1_000_000_000).default(0).meta({ description: "Start after this position of the register (the previous answer's nextAfterSeq)." }),
  limit: z.coerce.number().int().min(1).max(500).default(200).meta({ description: "Rows read in this batch (1–500)." }),
});

export const reencryptReportSchema = z.object({
  keyId: z.string().meta({ description: "The keyring's current key id, which every row re-encrypted now names" }),
  reencrypted: z.number().int(),
  failed: z.number().int().meta({ description: "Rows that would not open (a key no longer in the keyring, an altered value): their ids are in the Worker's logs" }),
  nextAfterSeq: z.number().int().nullable().meta({ description: "Where the next batch starts; null when this batch reached the end of the register" }),
  remaining: z.number().int().meta({ description: "Rows not yet under the current key (plaintext from before encryption, an old key, or failed)" }),
});
