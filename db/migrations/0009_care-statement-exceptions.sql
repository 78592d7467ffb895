-- Statements count cancelled and non-reimbursed sessions by reason. They are a few percent of
-- all sessions: this partial index holds only them, so counting them never reads the others.
-- Written by hand: drizzle cannot express INCLUDE.
CREATE INDEX "care_sessions_exceptions_idx" ON "care_sessions" USING btree ("date")
  INCLUDE ("network_id", "clinician_id", "function", "mode", "cancelled", "reason")
  WHERE "cancelled" OR "reason" IS NOT NULL;
