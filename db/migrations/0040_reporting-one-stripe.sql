-- Written by hand: drizzle does not write functions. Shared counter rows were spread over 32
-- stripes (migration 0029) because each recording then updated the counters in its own
-- transaction, and a third of the recordings queued on each other's rows. Since migration 0035
-- only reporting_fold_pending() writes the counters, one fold at a time, so no writer waits on
-- another: the stripes only multiplied the rows each fold upserts (pg_stat_statements in
-- bench:care's recording: the fold was PostgreSQL's largest cost, about 0.1 ms per row). Every
-- change now lands on stripe 0; the column stays (readers sum it, as before) and the rows already
-- written are merged onto stripe 0 here.
CREATE OR REPLACE FUNCTION reporting_stripe(patient_key text) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
  SELECT 0::smallint
$$;
--> statement-breakpoint
-- The fold's lock (migration 0035): another instance's poller does not fold while rows move.
SELECT pg_advisory_xact_lock(7340025);
--> statement-breakpoint
WITH moved AS (DELETE FROM reporting_session_counts WHERE stripe <> 0 RETURNING *)
INSERT INTO reporting_session_counts AS counts
  SELECT network_id, month, zone_id, function, mode, outcome, age_band, bim, commune, 0, sum(sessions)::int
  FROM moved GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
ON CONFLICT ON CONSTRAINT reporting_session_counts_pk
  DO UPDATE SET sessions = counts.sessions + excluded.sessions;
--> statement-breakpoint
WITH moved AS (DELETE FROM reporting_patient_counts WHERE stripe <> 0 RETURNING *)
INSERT INTO reporting_patient_counts AS counts
  SELECT network_id, grain, month, previous, zone_id, function, mode, outcome, age_band, bim, commune, 0,
    sum(patients)::int
  FROM moved GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
ON CONFLICT ON CONSTRAINT reporting_patient_counts_pk
  DO UPDATE SET patients = counts.patients + excluded.patients;
--> statement-breakpoint
WITH moved AS (DELETE FROM reporting_quarter_bands WHERE stripe <> 0 RETURNING *)
INSERT INTO reporting_quarter_bands AS counts
  SELECT network_id, quarter, age_band, bim, 0, sum(patients)::int, sum(sessions)::int
  FROM moved GROUP BY 1, 2, 3, 4
ON CONFLICT ON CONSTRAINT reporting_quarter_bands_pk
  DO UPDATE SET patients = counts.patients + excluded.patients, sessions = counts.sessions + excluded.sessions;
--> statement-breakpoint
-- The fold's statements work on arrays whose size the planner cannot see, and reporting_grains
-- (22 rows, written once) was never analysed, so their estimated cost passed PostgreSQL's JIT
-- thresholds: auto_explain in bench:care's recording showed each fold spending 1.2 to 1.6 s
-- compiling (of 2.2 s in all) for work that runs once. The fold never uses JIT. A fold takes at
-- most 20,000 changes, one fold at a time: the memory to sort them without spilling to disk
-- (bench:care's first fold of 20,000 sessions wrote 24 MB of sort runs) is bounded.
ALTER FUNCTION reporting_fold_pending() SET jit = off;
--> statement-breakpoint
ALTER FUNCTION reporting_fold_pending() SET work_mem = '64MB';
--> statement-breakpoint
ANALYZE reporting_grains;
