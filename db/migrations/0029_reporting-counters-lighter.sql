-- Written by hand: drizzle does not write functions or storage parameters. Recording got slower
-- when reporting began to count distinct patients (bench:care: 1,004 → 785 sessions/s). Sampling
-- the server's waits under 16 recording clients (pg_stat_activity) showed a third of them on
-- other recordings' counter rows, and most of the rest on WAL writes; each recording rewrote
-- every cell of its patient.

-- A patient's changes go to one of 32 rows of a shared counter, not 8: four times fewer
-- recordings queue on one row. Readers sum the stripes, so counters already written stay right
-- though a patient's later changes may land on another stripe than their first ones.
CREATE OR REPLACE FUNCTION reporting_stripe(patient_key text) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
  SELECT (hashtext(patient_key) & 31)::smallint
$$;
--> statement-breakpoint
-- Counters are updated in place: room left on each page lets PostgreSQL keep the new version on
-- the same page without touching the indexes (a HOT update).
ALTER TABLE reporting_session_counts SET (fillfactor = 70);
--> statement-breakpoint
ALTER TABLE reporting_patient_counts SET (fillfactor = 70);
--> statement-breakpoint
ALTER TABLE reporting_quarter_bands SET (fillfactor = 70);
--> statement-breakpoint
ALTER TABLE reporting_session_cells SET (fillfactor = 70);
--> statement-breakpoint
-- As in migration 0025, but for its last step: only the touched cells are written.
CREATE OR REPLACE FUNCTION reporting_count_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  delta reporting_session_cells[];
  before_cells reporting_session_cells[];
  after_cells reporting_session_cells[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(reporting_cell(n, 1)) INTO delta FROM new_sessions n WHERE NOT n.cancelled;
  ELSE
    SELECT array_agg(moved.cell) INTO delta FROM (
      SELECT reporting_cell(o, -1) AS cell FROM old_sessions o JOIN new_sessions n ON n.id = o.id
        WHERE NOT o.cancelled
          AND (o.cancelled, o.reimbursable, o.reason) IS DISTINCT FROM (n.cancelled, n.reimbursable, n.reason)
      UNION ALL
      SELECT reporting_cell(n, 1) FROM old_sessions o JOIN new_sessions n ON n.id = o.id
        WHERE NOT n.cancelled
          AND (o.cancelled, o.reimbursable, o.reason) IS DISTINCT FROM (n.cancelled, n.reimbursable, n.reason)
    ) moved;
  END IF;
  IF delta IS NULL THEN
    RETURN NULL;
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

  INSERT INTO reporting_quarter_bands AS counts
    SELECT network_id, quarter, age_band, bim, stripe, sum(patients)::int, sum(sessions)::int
    FROM (SELECT * FROM reporting_quarter_classes(before_cells, -1)
          UNION ALL SELECT * FROM reporting_quarter_classes(after_cells, 1)) q
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(patients) <> 0 OR sum(sessions) <> 0
    ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ON CONSTRAINT reporting_quarter_bands_pk
    DO UPDATE SET patients = counts.patients + excluded.patients, sessions = counts.sessions + excluded.sessions;

  -- The touched cells take the change; a cell left with no session goes. (Every cell of every
  -- touched patient used to be deleted and written again: most of what a recording wrote.)
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
  RETURN NULL;
END
$$;
