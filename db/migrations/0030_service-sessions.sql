ALTER TABLE "care_sessions" ADD COLUMN "service_id" uuid;--> statement-breakpoint
ALTER TABLE "care_statement_changes" ADD COLUMN "service_id" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "care_statement_counts" ADD COLUMN "service_id" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "conventioned_services" ADD COLUMN "named_inamis" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "care_statement_counts" DROP CONSTRAINT "care_statement_counts_pk";
--> statement-breakpoint
ALTER TABLE "care_statement_counts" ADD CONSTRAINT "care_statement_counts_pk" PRIMARY KEY("grain","period_start","network_id","clinician_id","function","mode","outcome","zone_id","service_id");--> statement-breakpoint
-- Written by hand (drizzle does not write functions or triggers).
--
-- A conventioned service's clinicians record sessions against the service's contingent. Which
-- sessions are the service's is decided from the data, by the database, when a session is
-- inserted: the session's clinician is linked to the service (service_clinicians), the service's
-- convention is signed with the session's network on or before the session's date, and it is
-- listed (not suspended nor ended). A clinician who works both under their own convention and for
-- such a service records every session of that network from the signature on against the
-- service: nothing in a session says which of the two the patient came through, and the
-- service's contingent is the one the network gave for that clinician's time. Without such a
-- service the session is the clinician's own (null). When several services qualify, the first
-- signed draws (then by id, so that the choice never depends on the plan the database picks).
CREATE FUNCTION care_session_service() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT s.id INTO NEW.service_id
  FROM service_clinicians sc
  JOIN conventioned_services s ON s.id = sc.service_id
  WHERE sc.clinician_id = NEW.clinician_id
    AND s.listed
    AND s.signed_on <= NEW.date
    AND NEW.network_id = ANY (s.network_ids)
  ORDER BY s.signed_on, s.id
  LIMIT 1;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER care_sessions_serviced BEFORE INSERT ON care_sessions
  FOR EACH ROW EXECUTE FUNCTION care_session_service();
--> statement-breakpoint
-- The service, like the zone, is what was recorded: re-deciding or cancelling a session never
-- moves it to or from a service's contingent (migration 0025's guard, with service_id).
CREATE OR REPLACE FUNCTION care_session_keeps_what_was_recorded() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.id, NEW.seq, NEW.patient_key, NEW.clinician_id, NEW.network_id, NEW.location_id, NEW.date,
      NEW.birth_date, NEW.bim, NEW.function, NEW.mode, NEW.network_type, NEW.functional_assessment,
      NEW.recorded_at, NEW.residence_postcode, NEW.zone_id, NEW.residence_commune, NEW.service_id)
     IS DISTINCT FROM
     (OLD.id, OLD.seq, OLD.patient_key, OLD.clinician_id, OLD.network_id, OLD.location_id, OLD.date,
      OLD.birth_date, OLD.bim, OLD.function, OLD.mode, OLD.network_type, OLD.functional_assessment,
      OLD.recorded_at, OLD.residence_postcode, OLD.zone_id, OLD.residence_commune, OLD.service_id)
     OR (OLD.cancelled AND NOT NEW.cancelled) THEN
    RAISE EXCEPTION 'a recorded session cannot be changed, only re-decided or cancelled'
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
-- The statement counters keep each session's service, last (the column was added last; '' for a
-- clinician's own convention), so that a budget reads each service's consumption from them.
CREATE OR REPLACE FUNCTION care_statement_change(s care_sessions, sign integer) RETURNS care_statement_changes
LANGUAGE sql IMMUTABLE AS $$
  SELECT s.date, s.network_id, s.clinician_id, s.function, s.mode,
    CASE WHEN s.cancelled THEN 'cancelled'
         WHEN s.reimbursable THEN 'reimbursed'
         ELSE coalesce(s.reason, 'not-reimbursed') END,
    sign,
    sign * CASE WHEN s.cancelled THEN 0 ELSE coalesce(s.copay_cents, 0) END::bigint,
    sign * CASE WHEN s.cancelled THEN 0 ELSE coalesce(s.fee_cents, 0) END::bigint,
    sign * CASE WHEN NOT s.cancelled AND s.reimbursable AND s.fee_cents IS NULL THEN 1 ELSE 0 END,
    coalesce(s.zone_id, ''),
    coalesce(s.service_id::text, '')
$$;
--> statement-breakpoint
-- Sessions recorded before this migration keep no service: what was recorded is not rewritten
-- (the guard above), and their counters stay as they are.
--
-- Clinicians a service names before they are in the directory are linked to it when they join
-- it (or when their INAMI number is corrected to a named one), by whatever path: an application,
-- an import, a person in psql. The service is then listed with them in the finder, and their
-- sessions from then on draw on its contingent.
CREATE FUNCTION service_clinicians_link_named() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.inami IS NOT NULL THEN
    INSERT INTO service_clinicians (service_id, clinician_id)
      SELECT s.id, NEW.id FROM conventioned_services s WHERE NEW.inami = ANY (s.named_inamis)
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER clinicians_linked_to_named_services AFTER INSERT OR UPDATE OF inami ON clinicians
  FOR EACH ROW EXECUTE FUNCTION service_clinicians_link_named();
--> statement-breakpoint
-- The services signed before this migration: the INAMI numbers their applications name, as
-- src/directory/services.ts (inamisIn) reads them (separators removed; only numbers a clinician
-- of the directory holds ever link, and those are checked when they enter it)...
UPDATE conventioned_services s SET named_inamis = coalesce((
  SELECT array_agg(DISTINCT regexp_replace(m[1], '[\s./-]', '', 'g'))
  FROM applications a,
    regexp_matches(coalesce(a.details->>'clinicians', ''), '(\d(?:[\s./-]?\d){10})', 'g') m
  WHERE a.case_id = s.id
), '{}');
--> statement-breakpoint
-- ...and the clinicians who joined the directory since their service was signed.
INSERT INTO service_clinicians (service_id, clinician_id)
  SELECT s.id, c.id FROM conventioned_services s JOIN clinicians c ON c.inami = ANY (s.named_inamis)
  ON CONFLICT DO NOTHING;
