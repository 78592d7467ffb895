CREATE TABLE "reporting_session_cells" (
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
	CONSTRAINT "reporting_session_cells_pk" PRIMARY KEY("network_id","month","patient_key","zone_id","function","mode","outcome","age_band","bim","residence_postcode")
);
--> statement-breakpoint
ALTER TABLE "care_sessions" ADD COLUMN "residence_postcode" text;--> statement-breakpoint
ALTER TABLE "care_sessions" ADD COLUMN "zone_id" text;--> statement-breakpoint
-- Reporting's counters (src/reporting/tables.ts) are kept by the database, in the transaction
-- that writes the session, as care's statement counters are (migration 0017). Written by hand:
-- drizzle does not write triggers.

-- What was recorded never changes (migration 0007): the residence postcode and the zone join the
-- columns the guard keeps, so a session's counters are always taken from the cell they were
-- added to.
CREATE OR REPLACE FUNCTION care_session_keeps_what_was_recorded() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.id, NEW.seq, NEW.patient_key, NEW.clinician_id, NEW.network_id, NEW.location_id, NEW.date,
      NEW.birth_date, NEW.bim, NEW.function, NEW.mode, NEW.network_type, NEW.functional_assessment,
      NEW.recorded_at, NEW.residence_postcode, NEW.zone_id)
     IS DISTINCT FROM
     (OLD.id, OLD.seq, OLD.patient_key, OLD.clinician_id, OLD.network_id, OLD.location_id, OLD.date,
      OLD.birth_date, OLD.bim, OLD.function, OLD.mode, OLD.network_type, OLD.functional_assessment,
      OLD.recorded_at, OLD.residence_postcode, OLD.zone_id)
     OR (OLD.cancelled AND NOT NEW.cancelled) THEN
    RAISE EXCEPTION 'a recorded session cannot be changed, only re-decided or cancelled'
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
-- The age bands of src/reporting/domain/age-bands.ts (a test compares the two).
CREATE FUNCTION reporting_age_band(birth date, on_date date) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN a < 12 THEN '0-11' WHEN a < 18 THEN '12-17' WHEN a < 24 THEN '18-23'
              WHEN a < 45 THEN '24-44' WHEN a < 65 THEN '45-64' ELSE '65+' END
  FROM (SELECT extract(year FROM age(on_date, birth))::int AS a) years
$$;
--> statement-breakpoint
-- The zone of the session's location for its network, when the location's postcode is in one.
CREATE FUNCTION reporting_session_zone() RETURNS trigger LANGUAGE plpgsql AS $$
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
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER care_sessions_zoned BEFORE INSERT ON care_sessions
  FOR EACH ROW EXECUTE FUNCTION reporting_session_zone();
--> statement-breakpoint
-- The cell a session not cancelled counts in, with the sign it is counted with.
CREATE FUNCTION reporting_cell(s care_sessions, sign integer) RETURNS reporting_session_cells
LANGUAGE sql IMMUTABLE AS $$
  SELECT s.network_id, date_trunc('month', s.date)::date, s.patient_key, coalesce(s.zone_id, ''),
    s.function, s.mode,
    CASE WHEN s.reimbursable THEN 'reimbursed' ELSE coalesce(s.reason, 'not-reimbursed') END,
    reporting_age_band(s.birth_date, s.date), s.bim, coalesce(s.residence_postcode, ''), sign
$$;
--> statement-breakpoint
-- Once per statement. Inserts add their sessions not cancelled; updates take away the old cell
-- and add the new one of each session whose cancellation or outcome changed, then remove the
-- cells of the touched patients' months that fell to zero. Cells are written in key order.
CREATE FUNCTION reporting_count_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO reporting_session_cells AS cells
      SELECT c.network_id, c.month, c.patient_key, c.zone_id, c.function, c.mode, c.outcome, c.age_band,
        c.bim, c.residence_postcode, sum(c.sessions)
      FROM new_sessions n, LATERAL reporting_cell(n, 1) c
      WHERE NOT n.cancelled
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
      ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    ON CONFLICT ON CONSTRAINT reporting_session_cells_pk
      DO UPDATE SET sessions = cells.sessions + excluded.sessions;
    RETURN NULL;
  END IF;
  WITH moved AS (
    SELECT o.id FROM old_sessions o JOIN new_sessions n ON n.id = o.id
    WHERE (o.cancelled, o.reimbursable, o.reason) IS DISTINCT FROM (n.cancelled, n.reimbursable, n.reason)
  ), changed AS (
    SELECT c.* FROM old_sessions o, LATERAL reporting_cell(o, -1) c
      WHERE NOT o.cancelled AND o.id IN (SELECT id FROM moved)
    UNION ALL
    SELECT c.* FROM new_sessions n, LATERAL reporting_cell(n, 1) c
      WHERE NOT n.cancelled AND n.id IN (SELECT id FROM moved)
  )
  INSERT INTO reporting_session_cells AS cells
    SELECT network_id, month, patient_key, zone_id, function, mode, outcome, age_band, bim,
      residence_postcode, sum(sessions)
    FROM changed
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    HAVING sum(sessions) <> 0
    ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
  ON CONFLICT ON CONSTRAINT reporting_session_cells_pk
    DO UPDATE SET sessions = cells.sessions + excluded.sessions;
  DELETE FROM reporting_session_cells cells
    USING (SELECT DISTINCT network_id, date_trunc('month', date)::date AS month, patient_key
           FROM new_sessions) t
    WHERE cells.network_id = t.network_id AND cells.month = t.month AND cells.patient_key = t.patient_key
      AND cells.sessions = 0;
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
-- The sessions recorded before this migration, counted at once (their zone stays unknown:
-- what was recorded is not rewritten). CREATE TRIGGER above holds writers off until this
-- transaction ends, so no session is counted twice or missed.
INSERT INTO reporting_session_cells
  SELECT network_id, date_trunc('month', date)::date, patient_key, '', function, mode,
    CASE WHEN reimbursable THEN 'reimbursed' ELSE coalesce(reason, 'not-reimbursed') END,
    reporting_age_band(birth_date, date), bim, '', count(*)::int
  FROM care_sessions WHERE NOT cancelled
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
