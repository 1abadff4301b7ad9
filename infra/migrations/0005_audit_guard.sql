-- The audit log is append-only for deletions too: an entry may only be removed once the chain's anchor has
-- moved past it, which is what the retention purge does (privacy/purge.ts moves the anchor, then deletes up to
-- it, in one batch). The anchor itself never moves back and is never removed.

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN OLD.seq > (SELECT seq FROM audit_anchor WHERE id = 1)
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: only entries behind the anchor can be purged'); END;

CREATE TRIGGER audit_anchor_forward_only BEFORE UPDATE ON audit_anchor
WHEN NEW.seq < OLD.seq OR NEW.id <> OLD.id
BEGIN SELECT RAISE(ABORT, 'audit_anchor only moves forward'); END;

CREATE TRIGGER audit_anchor_kept BEFORE DELETE ON audit_anchor
BEGIN SELECT RAISE(ABORT, 'audit_anchor is never removed'); END;
