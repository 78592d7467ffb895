-- Written by hand: drizzle does not write functions. The fold (migration 0035) paired every
-- month of every touched patient's cells before and after the fold, for each of the 22 grains,
-- and grouped the two sets to find what differs: 87 % of the fold's time in bench:care's
-- recording (pg_stat_statements: 13.6 s of 15.6 s for three folds of about 10,000 changes each),
-- and the fold ran beside recording on the same two cores. A patient with one session added in
-- the fold (most of them, when recordings are folded every ten seconds) now takes that session's
-- own steps, as the trigger of migration 0034 did for one session; the others pair as before.
-- As in migration 0035 otherwise.
CREATE OR REPLACE FUNCTION reporting_apply_cells(delta reporting_session_cells[]) RETURNS void LANGUAGE plpgsql AS $$
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

  -- Each patient's months are counted apart from every other patient's (the counters' partitions
  -- name the patient), so each patient of the fold takes the cheaper of two exact paths: one
  -- session added takes its own steps (migration 0034), anything else pairs the patient's months
  -- before and after. Recordings mostly add one session to a patient per fold.
  INSERT INTO reporting_patient_counts AS counts
    WITH changed AS (
      SELECT d.network_id, d.patient_key, array_agg(d) AS changes,
        count(*) = 1 AND min(d.sessions) = 1 AS one_added
      FROM unnest(delta) d GROUP BY 1, 2
    ),
    seen AS (
      SELECT b.network_id, b.patient_key, array_agg(b) AS cells FROM unnest(before_cells) b GROUP BY 1, 2
    ),
    kept AS (
      SELECT a.network_id, a.patient_key, array_agg(a) AS cells FROM unnest(after_cells) a GROUP BY 1, 2
    ),
    patients AS (
      SELECT changed.changes, changed.one_added, seen.cells AS before, kept.cells AS after
      FROM changed
      LEFT JOIN seen USING (network_id, patient_key)
      LEFT JOIN kept USING (network_id, patient_key)
    )
    SELECT network_id, grain, month, previous, zone_id, function, mode, outcome, age_band, bim, commune,
      stripe, sum(patients)::int
    FROM (
      SELECT s.* FROM patients p
        CROSS JOIN LATERAL reporting_patient_steps(p.changes[1], coalesce(p.before, '{}')) s
        WHERE p.one_added
      UNION ALL
      SELECT s.* FROM patients p CROSS JOIN LATERAL reporting_patient_pairs(p.before, -1) s
        WHERE NOT p.one_added
      UNION ALL
      SELECT s.* FROM patients p CROSS JOIN LATERAL reporting_patient_pairs(p.after, 1) s
        WHERE NOT p.one_added
    ) p
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
