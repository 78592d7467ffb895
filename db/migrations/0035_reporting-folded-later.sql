CREATE TABLE "reporting_pending_cells" (
	"network_id" text NOT NULL,
	"month" date NOT NULL,
	"patient_key" text NOT NULL,
	"zone_id" text NOT NULL,
	"function" text NOT NULL,
	"mode" text NOT NULL,
	"outcome" text NOT NULL,
	"age_band" text NOT NULL,
	"bim" boolean NOT NULL,
	"residence_postcode" text NOT NULL,
	"sessions" integer NOT NULL,
	"commune" text NOT NULL
);
--> statement-breakpoint
-- Written by hand from here: drizzle does not write functions. Recording paid for reporting in
-- its own transaction, session by session: bench:care measured 368 sessions/s with the trigger of
-- migration 0034 and 509/s without it (PostgreSQL using 113 % and 79 % of the two cores). Now the
-- trigger only appends the change to reporting_pending_cells, and reporting_fold_pending() folds
-- every pending change at once, through the same steps as before: a patient's cells are read
-- once per fold instead of once per session, and the statements' fixed costs are paid once.

-- Folds one batch of changes (cells with sessions 1 or -1, in any order, any patients) into the
-- cells and the three counter tables. The body of migration 0034's trigger, which took the same
-- changes one statement at a time; only the fold calls it, one fold at a time.
CREATE FUNCTION reporting_apply_cells(delta reporting_session_cells[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  before_cells reporting_session_cells[];
  after_cells reporting_session_cells[];
BEGIN
  IF delta IS NULL OR cardinality(delta) = 0 THEN
    RETURN;
  END IF;
  SELECT array_agg(c) INTO before_cells FROM reporting_session_cells c
    WHERE (c.network_id, c.patient_key) IN (SELECT DISTINCT d.network_id, d.patient_key FROM unnest(delta) d);
  SELECT array_agg(ROW(network_id, month, patient_key, zone_id, function, mode, outcome, age_band, bim,
      residence_postcode, sessions, commune)::reporting_session_cells) INTO after_cells
  FROM (
    SELECT network_id, month, patient_key, zone_id, function, mode, outcome, age_band, bim,
      residence_postcode, commune, sum(sessions)::int AS sessions
    FROM (SELECT * FROM unnest(before_cells) UNION ALL SELECT * FROM unnest(delta)) c
    GROUP BY network_id, month, patient_key, zone_id, function, mode, outcome, age_band, bim,
      residence_postcode, commune
    HAVING sum(sessions) > 0
  ) c;

  INSERT INTO reporting_session_counts AS counts
    SELECT network_id, month, zone_id, function, mode, outcome, age_band, bim, commune,
      reporting_stripe(patient_key), sum(sessions)::int
    FROM unnest(delta)
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    HAVING sum(sessions) <> 0
    ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
  ON CONFLICT ON CONSTRAINT reporting_session_counts_pk
    DO UPDATE SET sessions = counts.sessions + excluded.sessions;

  -- One session added (a fold right after a recording): its own steps (migration 0034).
  IF cardinality(delta) = 1 AND delta[1].sessions = 1 THEN
    INSERT INTO reporting_patient_counts AS counts
      SELECT * FROM reporting_patient_steps(delta[1], before_cells)
      ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
    ON CONFLICT ON CONSTRAINT reporting_patient_counts_pk
      DO UPDATE SET patients = counts.patients + excluded.patients;
  ELSE
    INSERT INTO reporting_patient_counts AS counts
      SELECT network_id, grain, month, previous, zone_id, function, mode, outcome, age_band, bim, commune,
        stripe, sum(patients)::int
      FROM (SELECT * FROM reporting_patient_pairs(before_cells, -1)
            UNION ALL SELECT * FROM reporting_patient_pairs(after_cells, 1)) p
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
      HAVING sum(patients) <> 0
      ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
    ON CONFLICT ON CONSTRAINT reporting_patient_counts_pk
      DO UPDATE SET patients = counts.patients + excluded.patients;
  END IF;

  INSERT INTO reporting_quarter_bands AS counts
    SELECT network_id, quarter, age_band, bim, stripe, sum(patients)::int, sum(sessions)::int
    FROM (SELECT * FROM reporting_quarter_classes(before_cells, -1)
          UNION ALL SELECT * FROM reporting_quarter_classes(after_cells, 1)) q
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(patients) <> 0 OR sum(sessions) <> 0
    ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ON CONSTRAINT reporting_quarter_bands_pk
    DO UPDATE SET patients = counts.patients + excluded.patients, sessions = counts.sessions + excluded.sessions;

  INSERT INTO reporting_session_cells AS cells
    SELECT network_id, month, patient_key, zone_id, function, mode, outcome, age_band, bim,
      residence_postcode, sum(sessions)::int, commune
    FROM unnest(delta)
    GROUP BY network_id, month, patient_key, zone_id, function, mode, outcome, age_band, bim,
      residence_postcode, commune
    HAVING sum(sessions) <> 0
    ORDER BY network_id, patient_key, month, zone_id, function, mode, outcome, age_band, bim,
      residence_postcode, commune
  ON CONFLICT ON CONSTRAINT reporting_session_cells_pk
    DO UPDATE SET sessions = cells.sessions + excluded.sessions;
  IF EXISTS (SELECT 1 FROM unnest(delta) d WHERE d.sessions < 0) THEN
    DELETE FROM reporting_session_cells c
      WHERE (c.network_id, c.patient_key) IN (SELECT DISTINCT d.network_id, d.patient_key FROM unnest(delta) d)
        AND c.sessions <= 0;
  END IF;
END
$$;
--> statement-breakpoint
-- Folds every change committed so far and returns how many it folded. Folds take turns (the
-- lock): a reader that calls it once a fold is running waits for that fold, then folds what came
-- after, so what it reads next counts every session committed before it asked. Changes of
-- transactions still open are not visible to the delete and stay for a later fold. A long queue
-- (a bulk load) goes in chunks of 20,000 changes, the size bulk loads were counted in before:
-- a chunk's patients' cells are read when it is folded, so any split of the queue adds up.
CREATE FUNCTION reporting_fold_pending() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  delta reporting_session_cells[];
  chunk integer;
  folded integer := 0;
BEGIN
  PERFORM pg_advisory_xact_lock(7340025);
  LOOP
    WITH moved AS (
      DELETE FROM reporting_pending_cells
        WHERE ctid = ANY (ARRAY(SELECT ctid FROM reporting_pending_cells LIMIT 20000))
        RETURNING *
    )
    SELECT array_agg(ROW(m.*)::reporting_session_cells), count(*) INTO delta, chunk FROM moved m;
    PERFORM reporting_apply_cells(delta);
    folded := folded + chunk;
    -- A short chunk was the end of the queue as it stood: recordings arriving meanwhile wait
    -- for the next fold rather than keep this one going.
    EXIT WHEN chunk < 20000;
  END LOOP;
  RETURN folded;
END
$$;
--> statement-breakpoint
-- The trigger (migrations 0025 and 0034) keeps its name and firing; it now only queues.
CREATE OR REPLACE FUNCTION reporting_count_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- LATERAL, not (reporting_cell(…)).*: the latter calls the function once per column.
  IF TG_OP = 'INSERT' THEN
    INSERT INTO reporting_pending_cells
      SELECT c.* FROM new_sessions n, LATERAL reporting_cell(n, 1) c WHERE NOT n.cancelled;
  ELSE
    INSERT INTO reporting_pending_cells
      SELECT c.* FROM old_sessions o JOIN new_sessions n ON n.id = o.id, LATERAL reporting_cell(o, -1) c
        WHERE NOT o.cancelled
          AND (o.cancelled, o.reimbursable, o.reason) IS DISTINCT FROM (n.cancelled, n.reimbursable, n.reason)
      UNION ALL
      SELECT c.* FROM old_sessions o JOIN new_sessions n ON n.id = o.id, LATERAL reporting_cell(n, 1) c
        WHERE NOT n.cancelled
          AND (o.cancelled, o.reimbursable, o.reason) IS DISTINCT FROM (n.cancelled, n.reimbursable, n.reason);
  END IF;
  RETURN NULL;
END
$$;
