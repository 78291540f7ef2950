-- Schema version 3: audit entries can be added but never changed or deleted, whatever
-- program or statement tries. TRUNCATE, which SQLite lacks, is rejected too. The error is
-- SQLSTATE 23001 (restrict_violation), so drivers raise an integrity error, as SQLite's
-- RAISE(ABORT) does.
CREATE FUNCTION "audit_entry_reject_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION 'audit entries cannot be changed' USING ERRCODE = 'restrict_violation';
    END IF;
    RAISE EXCEPTION 'audit entries cannot be deleted' USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER "audit_entry_no_update" BEFORE UPDATE ON "audit_entry"
FOR EACH ROW EXECUTE FUNCTION "audit_entry_reject_change"();

CREATE TRIGGER "audit_entry_no_delete" BEFORE DELETE ON "audit_entry"
FOR EACH ROW EXECUTE FUNCTION "audit_entry_reject_change"();

CREATE TRIGGER "audit_entry_no_truncate" BEFORE TRUNCATE ON "audit_entry"
FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_reject_change"();
