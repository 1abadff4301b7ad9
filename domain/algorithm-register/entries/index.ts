// The register's entries, one per use case in the order the page shows them: heat.json, rights.json,
// sales.json and requests.json, with what they share in common.json, their placeholders (domain/placeholders.ts)
// filled from where each figure is made — the heat thresholds (domain/heat/thresholds.json), the heat and cold
// level rules, the home-visit rule, the feature definitions, the triage thresholds, the non-take-up fairness
// gate, the rights contact and mention, and the
// current model cards' metrics, the audit log's retention — and each entry validated against the register schema.
import { COLD_RULE_ALGORITHM } from "../../climate/cold/rule.ts";
import { VISIT_RULE } from "../../heat/calls.ts";
import { LEVEL_RULE_ALGORITHM, thresholdsFor } from "../../heat/hazard.ts";
import { fillPlaceholders } from "../../placeholders.ts";
import { AUDIT_RETENTION_DAYS } from "../../privacy/data-classes.ts";
import { RIGHTS_CONTACT, rightsMentions } from "../../rights/mention.ts";
import { DEFAULT_TRIAGE_THRESHOLDS } from "../../sales/triage.ts";
import type { ModelCard } from "../../../models/cards/schema.ts";
import { featureDefinition, type ModelId } from "../../../models/features.ts";
import { FAIRNESS_GATE } from "../../../models/non-take-up/fairness-gate.ts";
import { registerEntrySchema, type RegisterEntry } from "../schema.ts";
import common from "./common.json" with { type: "json" };
import heat from "./heat.json" with { type: "json" };
import rights from "./rights.json" with { type: "json" };
import sales from "./sales.json" with { type: "json" };
import requests from "./requests.json" with { type: "json" };

/** The register's entries, given the card of the current version of every model. */
export function registerEntries(cards: Readonly<Record<ModelId, ModelCard>>): RegisterEntry[] {
  const scope = {
    common,
    cards,
    audit: { retentionDays: AUDIT_RETENTION_DAYS },
    heat: {
      thresholds: thresholdsFor("75"), levelRule: LEVEL_RULE_ALGORITHM, coldRule: COLD_RULE_ALGORITHM, visitRule: VISIT_RULE,
      featureCount: featureDefinition("heat-risk").names.length,
    },
    rights: { contact: RIGHTS_CONTACT, mentions: rightsMentions, gate: FAIRNESS_GATE },
    sales: { triage: DEFAULT_TRIAGE_THRESHOLDS },
  };
  return [heat, rights, sales, requests].map((entry) => registerEntrySchema.parse(fillPlaceholders(entry, scope)));
}
