// The committed card of the current version of every model, read from models/artifacts/ (what the Worker
// bundles), for Node tests of what is built from the cards (the register entries).
import { readFileSync } from "node:fs";
import type { ModelCard } from "../../../models/cards/schema.ts";
import type { ModelId } from "../../../models/features.ts";
import type { Manifest } from "../../../models/manifest.ts";

const artifacts = new URL("../../../models/artifacts/", import.meta.url);

export function currentCards(): Record<ModelId, ModelCard> {
  const manifest = JSON.parse(readFileSync(new URL("manifest.json", artifacts), "utf8")) as Manifest;
  const current = manifest.models.filter((m) => m.current);
  return Object.fromEntries(current.map((m) => [m.id, JSON.parse(readFileSync(new URL(m.card, artifacts), "utf8")) as ModelCard])) as Record<ModelId, ModelCard>;
}
