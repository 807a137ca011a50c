-- Staff decisions and edits keep what was there before and what is there after, so that an
-- administrator can see exactly what changed. The trail stays append-only: the database itself
-- refuses to change or remove an entry, whatever the app might try.
ALTER TABLE audit_entry
    ADD COLUMN before_value MEDIUMTEXT,
    ADD COLUMN after_value  MEDIUMTEXT;

CREATE INDEX ix_audit_entry_at ON audit_entry (at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, at);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, at);

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
