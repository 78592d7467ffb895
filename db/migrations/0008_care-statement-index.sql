-- Statements over long periods (a year for a whole region) read this index alone, in statement
-- order (network, clinician, function, mode), so PostgreSQL totals each clinician's lines as it
-- goes instead of hashing every session. Written by hand: drizzle cannot express INCLUDE.
CREATE INDEX "care_sessions_statement_idx" ON "care_sessions" USING btree ("network_id", "clinician_id", "function", "mode")
  INCLUDE ("date", "cancelled", "reimbursable", "reason", "copay_cents", "fee_cents");
