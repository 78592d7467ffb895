-- Written by hand: the functions the care_sessions triggers call once per recorded session, in
-- PL/pgSQL instead of SQL, with the same results. A SQL function called from a query that cannot
-- inline it (these are called in FROM, or have a FROM of their own) is parsed and planned again
-- at every statement that calls it: recording one session paid about 0.24 ms of PostgreSQL time
-- for that planning alone (pg_stat_statements with track = all and track_planning, during
-- bench:care's recording runs), beside 1 ms for the whole insert. PL/pgSQL keeps each
-- connection's plan, and evaluates an expression with no table in it without the executor.

-- The age bands of src/reporting/domain/age-bands.ts (a test compares the two).
CREATE OR REPLACE FUNCTION reporting_age_band(birth date, on_date date) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  years integer := extract(year FROM age(on_date, birth))::int;
BEGIN
  RETURN CASE WHEN years < 12 THEN '0-11' WHEN years < 18 THEN '12-17' WHEN years < 24 THEN '18-23'
              WHEN years < 45 THEN '24-44' WHEN years < 65 THEN '45-64' ELSE '65+' END;
END
$$;
--> statement-breakpoint
-- The cell a session not cancelled counts in, with the sign it is counted with (migration 0025).
CREATE OR REPLACE FUNCTION reporting_cell(s care_sessions, sign integer) RETURNS reporting_session_cells
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN ROW(s.network_id, date_trunc('month', s.date)::date, s.patient_key, coalesce(s.zone_id, ''),
    s.function, s.mode,
    CASE WHEN s.reimbursable THEN 'reimbursed' ELSE coalesce(s.reason, 'not-reimbursed') END,
    reporting_age_band(s.birth_date, s.date), s.bim, coalesce(s.residence_postcode, ''), sign,
    coalesce(s.residence_commune, ''))::reporting_session_cells;
END
$$;
--> statement-breakpoint
-- What a session adds to the statements' counters, times `sign` (migration 0030).
CREATE OR REPLACE FUNCTION care_statement_change(s care_sessions, sign integer) RETURNS care_statement_changes
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN ROW(s.date, s.network_id, s.clinician_id, s.function, s.mode,
    CASE WHEN s.cancelled THEN 'cancelled'
         WHEN s.reimbursable THEN 'reimbursed'
         ELSE coalesce(s.reason, 'not-reimbursed') END,
    sign,
    sign * CASE WHEN s.cancelled THEN 0 ELSE coalesce(s.copay_cents, 0) END::bigint,
    sign * CASE WHEN s.cancelled THEN 0 ELSE coalesce(s.fee_cents, 0) END::bigint,
    sign * CASE WHEN NOT s.cancelled AND s.reimbursable AND s.fee_cents IS NULL THEN 1 ELSE 0 END,
    coalesce(s.zone_id, ''),
    coalesce(s.service_id::text, ''))::care_statement_changes;
END
$$;
