// How long the audit log keeps each entry: six years (the limitation period for liability actions), well over the
// six months the AI Act asks of deployers (Art. 26(6)). The Worker's purge and the public register read it here.
// Shared code.
export const AUDIT_RETENTION_DAYS = 6 * 365;
