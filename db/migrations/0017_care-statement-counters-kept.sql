-- Statements read counters (care_statement_counts), not sessions. The database itself keeps them:
-- every insert or update of care_sessions appends what it adds to and takes from the counters to
-- care_statement_changes, in the writer's own transaction, so no code path (nor a person in psql)
-- can change a session without its statement following. The application folds the changes into
-- the counters (src/care/statement-rows.ts). Written by hand: drizzle does not write triggers.

-- What one session adds to a statement (sign 1) or takes from it (sign -1). Cancelled sessions
-- count apart; copays, fees and unknown fees are those of the sessions not cancelled.
CREATE FUNCTION care_statement_change(s care_sessions, sign integer) RETURNS care_statement_changes
LANGUAGE sql IMMUTABLE AS $$
  SELECT s.date, s.network_id, s.clinician_id, s.function, s.mode,
    CASE WHEN s.cancelled THEN 'cancelled'
         WHEN s.reimbursable THEN 'reimbursed'
         ELSE coalesce(s.reason, 'not-reimbursed') END,
    sign,
    sign * CASE WHEN s.cancelled THEN 0 ELSE coalesce(s.copay_cents, 0) END::bigint,
    sign * CASE WHEN s.cancelled THEN 0 ELSE coalesce(s.fee_cents, 0) END::bigint,
    sign * CASE WHEN NOT s.cancelled AND s.reimbursable AND s.fee_cents IS NULL THEN 1 ELSE 0 END
$$;
--> statement-breakpoint
-- Once per statement, whatever the number of rows: a bulk load appends its changes in one insert.
-- Sessions are never deleted and their keys never change (migration 0007): inserts add, and
-- updates take the old outcome away and add the new one when the outcome or its money changed.
CREATE FUNCTION care_sessions_count_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO care_statement_changes
      SELECT c.* FROM new_sessions n, LATERAL care_statement_change(n, 1) c;
  ELSE
    INSERT INTO care_statement_changes
      SELECT c.*
      FROM old_sessions o
      JOIN new_sessions n ON n.id = o.id,
      LATERAL (VALUES (care_statement_change(o, -1)), (care_statement_change(n, 1))) v(change),
      LATERAL (SELECT (v.change).*) c
      WHERE (o.cancelled, o.reimbursable, o.reason, o.copay_cents, o.fee_cents)
        IS DISTINCT FROM (n.cancelled, n.reimbursable, n.reason, n.copay_cents, n.fee_cents);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER care_sessions_counted_on_insert AFTER INSERT ON care_sessions
  REFERENCING NEW TABLE AS new_sessions
  FOR EACH STATEMENT EXECUTE FUNCTION care_sessions_count_changes();
--> statement-breakpoint
CREATE TRIGGER care_sessions_counted_on_update AFTER UPDATE ON care_sessions
  REFERENCING OLD TABLE AS old_sessions NEW TABLE AS new_sessions
  FOR EACH STATEMENT EXECUTE FUNCTION care_sessions_count_changes();
--> statement-breakpoint
-- The sessions recorded before this migration, counted as changes: statements are exact at once,
-- and the first fold turns them into counters. CREATE TRIGGER above holds off writers until this
-- transaction ends, so no session is counted twice or missed.
INSERT INTO care_statement_changes
  SELECT c.* FROM care_sessions s, LATERAL care_statement_change(s, 1) c;
--> statement-breakpoint
-- The statement queries that read sessions are gone, and with them the indexes they needed:
-- each was paid for by every recording and re-decision.
DROP INDEX IF EXISTS "care_sessions_statement_idx";
--> statement-breakpoint
DROP INDEX IF EXISTS "care_sessions_exceptions_idx";
