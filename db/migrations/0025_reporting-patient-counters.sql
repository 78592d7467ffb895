CREATE TABLE "reporting_grains" (
	"grain" text PRIMARY KEY NOT NULL,
	"by_zone" boolean NOT NULL,
	"by_function" boolean NOT NULL,
	"by_mode" boolean NOT NULL,
	"by_outcome" boolean NOT NULL,
	"by_age_band" boolean NOT NULL,
	"by_bim" boolean NOT NULL,
	"by_commune" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_patient_counts" (
	"network_id" text NOT NULL,
	"grain" text NOT NULL,
	"month" date NOT NULL,
	"previous" date NOT NULL,
	"zone_id" text NOT NULL,
	"function" text NOT NULL,
	"mode" text NOT NULL,
	"outcome" text NOT NULL,
	"age_band" text NOT NULL,
	"bim" boolean NOT NULL,
	"commune" text NOT NULL,
	"stripe" smallint NOT NULL,
	"patients" integer NOT NULL,
	CONSTRAINT "reporting_patient_counts_pk" PRIMARY KEY("network_id","grain","month","previous","zone_id","function","mode","outcome","age_band","bim","commune","stripe")
);
--> statement-breakpoint
CREATE TABLE "reporting_quarter_bands" (
	"network_id" text NOT NULL,
	"quarter" date NOT NULL,
	"age_band" text NOT NULL,
	"bim" boolean NOT NULL,
	"stripe" smallint NOT NULL,
	"patients" integer NOT NULL,
	"sessions" integer NOT NULL,
	CONSTRAINT "reporting_quarter_bands_pk" PRIMARY KEY("network_id","quarter","age_band","bim","stripe")
);
--> statement-breakpoint
CREATE TABLE "reporting_session_counts" (
	"network_id" text NOT NULL,
	"month" date NOT NULL,
	"zone_id" text NOT NULL,
	"function" text NOT NULL,
	"mode" text NOT NULL,
	"outcome" text NOT NULL,
	"age_band" text NOT NULL,
	"bim" boolean NOT NULL,
	"commune" text NOT NULL,
	"stripe" smallint NOT NULL,
	"sessions" integer NOT NULL,
	CONSTRAINT "reporting_session_counts_pk" PRIMARY KEY("network_id","month","zone_id","function","mode","outcome","age_band","bim","commune","stripe")
);
--> statement-breakpoint
ALTER TABLE "care_sessions" ADD COLUMN "residence_commune" text;--> statement-breakpoint
ALTER TABLE "reporting_session_cells" ADD COLUMN "commune" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "reporting_session_cells" DROP CONSTRAINT "reporting_session_cells_pk";
--> statement-breakpoint
ALTER TABLE "reporting_session_cells" ADD CONSTRAINT "reporting_session_cells_pk" PRIMARY KEY("network_id","patient_key","month","zone_id","function","mode","outcome","age_band","bim","residence_postcode","commune");
--> statement-breakpoint
-- Reporting's patient counters (src/reporting/tables.ts). Written by hand: drizzle does not write
-- triggers. Requests used to count distinct patients from reporting_session_cells, one row per
-- patient, which at a million sessions took seconds; now the triggers count them when sessions
-- change, and requests read counters that hold no patient.

-- The counting trigger of migration 0021 is replaced by the one below.
DROP TRIGGER care_sessions_reported_on_insert ON care_sessions;
--> statement-breakpoint
DROP TRIGGER care_sessions_reported_on_update ON care_sessions;
--> statement-breakpoint
DROP FUNCTION reporting_count_sessions();
--> statement-breakpoint
DROP FUNCTION reporting_cell(care_sessions, integer);
--> statement-breakpoint
-- The commune a session is counted in is the one its postcode had when it was recorded: a later
-- change of the reference data never moves a session, nor takes it from a counter it was not in.
UPDATE care_sessions s SET residence_commune = p.commune_nis
  FROM postcodes p WHERE p.postcode = s.residence_postcode;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION care_session_keeps_what_was_recorded() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.id, NEW.seq, NEW.patient_key, NEW.clinician_id, NEW.network_id, NEW.location_id, NEW.date,
      NEW.birth_date, NEW.bim, NEW.function, NEW.mode, NEW.network_type, NEW.functional_assessment,
      NEW.recorded_at, NEW.residence_postcode, NEW.zone_id, NEW.residence_commune)
     IS DISTINCT FROM
     (OLD.id, OLD.seq, OLD.patient_key, OLD.clinician_id, OLD.network_id, OLD.location_id, OLD.date,
      OLD.birth_date, OLD.bim, OLD.function, OLD.mode, OLD.network_type, OLD.functional_assessment,
      OLD.recorded_at, OLD.residence_postcode, OLD.zone_id, OLD.residence_commune)
     OR (OLD.cancelled AND NOT NEW.cancelled) THEN
    RAISE EXCEPTION 'a recorded session cannot be changed, only re-decided or cancelled'
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
-- The zone of the session's location for its network, and the commune of the patient's postcode.
CREATE OR REPLACE FUNCTION reporting_session_zone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.zone_id IS NULL THEN
    SELECT zp.zone_id INTO NEW.zone_id
    FROM clinician_locations l
    JOIN zone_postcodes zp ON zp.postcode = l.postcode
    JOIN zone_networks zn ON zn.zone_id = zp.zone_id AND zn.network_id = NEW.network_id
    WHERE l.id = NEW.location_id
    ORDER BY zp.zone_id
    LIMIT 1;
  END IF;
  IF NEW.residence_commune IS NULL AND NEW.residence_postcode IS NOT NULL THEN
    SELECT p.commune_nis INTO NEW.residence_commune FROM postcodes p WHERE p.postcode = NEW.residence_postcode;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
-- The groupings distinct patients are counted by, each across the network and within each zone
-- (src/reporting/domain/grains.ts lists the same; a test compares them). A new grain is a row
-- here and a backfill of its counters.
INSERT INTO reporting_grains (grain, by_zone, by_function, by_mode, by_outcome, by_age_band, by_bim, by_commune)
  SELECT concat_ws('+', CASE WHEN z THEN 'zone' END, nullif(g, '')), z,
    g LIKE '%function%', g = 'mode', g = 'outcome', g LIKE '%ageBand%', g = 'bim', g LIKE '%commune%'
  FROM unnest(ARRAY['', 'function', 'mode', 'outcome', 'ageBand', 'bim', 'commune', 'function+ageBand',
    'function+commune', 'ageBand+commune', 'function+ageBand+commune']) g,
    unnest(ARRAY[false, true]) z;
--> statement-breakpoint
-- Which of the eight rows of a shared counter a patient's changes go to.
CREATE FUNCTION reporting_stripe(patient_key text) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
  SELECT (hashtext(patient_key) & 7)::smallint
$$;
--> statement-breakpoint
-- The cell a session not cancelled counts in, with the sign it is counted with.
CREATE FUNCTION reporting_cell(s care_sessions, sign integer) RETURNS reporting_session_cells
LANGUAGE sql IMMUTABLE AS $$
  SELECT ROW(s.network_id, date_trunc('month', s.date)::date, s.patient_key, coalesce(s.zone_id, ''),
    s.function, s.mode,
    CASE WHEN s.reimbursable THEN 'reimbursed' ELSE coalesce(s.reason, 'not-reimbursed') END,
    reporting_age_band(s.birth_date, s.date), s.bim, coalesce(s.residence_postcode, ''), sign,
    coalesce(s.residence_commune, ''))::reporting_session_cells
$$;
--> statement-breakpoint
-- What some patients' cells (all of each patient's cells) add to the patient counters, times
-- `sign`: each patient once per grain, value and month, with the month they were seen before.
CREATE FUNCTION reporting_patient_pairs(cells reporting_session_cells[], sign integer)
RETURNS SETOF reporting_patient_counts LANGUAGE sql STABLE AS $$
  SELECT network_id, grain, month,
    coalesce(lag(month) OVER (PARTITION BY network_id, patient_key, grain, zone_id, function, mode,
      outcome, age_band, bim, commune ORDER BY month), '-infinity'::date),
    zone_id, function, mode, outcome, age_band, bim, commune, reporting_stripe(patient_key), sign
  FROM (
    SELECT DISTINCT c.network_id, c.patient_key, g.grain, c.month,
      CASE WHEN g.by_zone THEN c.zone_id ELSE '' END AS zone_id,
      CASE WHEN g.by_function THEN c.function ELSE '' END AS function,
      CASE WHEN g.by_mode THEN c.mode ELSE '' END AS mode,
      CASE WHEN g.by_outcome THEN c.outcome ELSE '' END AS outcome,
      CASE WHEN g.by_age_band THEN c.age_band ELSE '' END AS age_band,
      g.by_bim AND c.bim AS bim,
      CASE WHEN g.by_commune THEN c.commune ELSE '' END AS commune
    FROM unnest(cells) c CROSS JOIN reporting_grains g
    WHERE c.sessions > 0
  ) presence
$$;
--> statement-breakpoint
-- What some patients' cells add to the quarters, times `sign`: each patient of a quarter once, in
-- the youngest band they were seen in (bands sort as their text), BIM if any session was.
CREATE FUNCTION reporting_quarter_classes(cells reporting_session_cells[], sign integer)
RETURNS SETOF reporting_quarter_bands LANGUAGE sql STABLE AS $$
  SELECT c.network_id, date_trunc('quarter', c.month)::date, min(c.age_band), bool_or(c.bim),
    reporting_stripe(c.patient_key), sign, sign * sum(c.sessions)::int
  FROM unnest(cells) c
  WHERE c.sessions > 0
  GROUP BY c.network_id, date_trunc('quarter', c.month), c.patient_key
$$;
--> statement-breakpoint
-- Once per statement. The change to the cells (inserts add their sessions not cancelled; updates
-- move the sessions whose cancellation or outcome changed) is applied to the session counters as
-- it is; the patient counters and quarters take away what the touched patients' cells gave before
-- and add what they give after, only the rows that differ. Every table is written in key order.
CREATE FUNCTION reporting_count_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
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

  -- The touched patients' cells become what they were counted as above.
  DELETE FROM reporting_session_cells c
    WHERE (c.network_id, c.patient_key) IN (SELECT DISTINCT d.network_id, d.patient_key FROM unnest(delta) d);
  INSERT INTO reporting_session_cells
    SELECT * FROM unnest(after_cells) c
    ORDER BY c.network_id, c.patient_key, c.month, c.zone_id, c.function, c.mode, c.outcome, c.age_band,
      c.bim, c.residence_postcode, c.commune;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER care_sessions_reported_on_insert AFTER INSERT ON care_sessions
  REFERENCING NEW TABLE AS new_sessions
  FOR EACH STATEMENT EXECUTE FUNCTION reporting_count_sessions();
--> statement-breakpoint
CREATE TRIGGER care_sessions_reported_on_update AFTER UPDATE ON care_sessions
  REFERENCING OLD TABLE AS old_sessions NEW TABLE AS new_sessions
  FOR EACH STATEMENT EXECUTE FUNCTION reporting_count_sessions();
--> statement-breakpoint
-- Every session already recorded, counted again from the sessions (cells now know the commune).
-- CREATE TRIGGER above holds writers off until this transaction ends: none is counted twice or missed.
DELETE FROM reporting_session_cells;
--> statement-breakpoint
INSERT INTO reporting_session_cells
  SELECT (c).network_id, (c).month, (c).patient_key, (c).zone_id, (c).function, (c).mode, (c).outcome,
    (c).age_band, (c).bim, (c).residence_postcode, sum((c).sessions)::int, (c).commune
  FROM (SELECT reporting_cell(s, 1) AS c FROM care_sessions s WHERE NOT s.cancelled) t
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12;
--> statement-breakpoint
INSERT INTO reporting_session_counts
  SELECT network_id, month, zone_id, function, mode, outcome, age_band, bim, commune,
    reporting_stripe(patient_key), sum(sessions)::int
  FROM reporting_session_cells GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
--> statement-breakpoint
INSERT INTO reporting_patient_counts
  SELECT network_id, grain, month, previous, zone_id, function, mode, outcome, age_band, bim, commune,
    stripe, sum(patients)::int
  FROM reporting_patient_pairs(ARRAY(SELECT c FROM reporting_session_cells c), 1)
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12;
--> statement-breakpoint
INSERT INTO reporting_quarter_bands
  SELECT network_id, quarter, age_band, bim, stripe, sum(patients)::int, sum(sessions)::int
  FROM reporting_quarter_classes(ARRAY(SELECT c FROM reporting_session_cells c), 1)
  GROUP BY 1, 2, 3, 4, 5;
