-- The care log is append-only, and the database itself says so: an event is never changed or
-- removed, a session is never deleted, and what was recorded (who, when, what) never changes.
-- Only a session's current decision and its cancellation flag move, each with its event.
CREATE FUNCTION care_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% on % refused: the care log is append-only', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'integrity_constraint_violation';
END
$$;
--> statement-breakpoint
CREATE FUNCTION care_session_keeps_what_was_recorded() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.id, NEW.seq, NEW.patient_key, NEW.clinician_id, NEW.network_id, NEW.location_id, NEW.date,
      NEW.birth_date, NEW.bim, NEW.function, NEW.mode, NEW.network_type, NEW.functional_assessment,
      NEW.recorded_at)
     IS DISTINCT FROM
     (OLD.id, OLD.seq, OLD.patient_key, OLD.clinician_id, OLD.network_id, OLD.location_id, OLD.date,
      OLD.birth_date, OLD.bim, OLD.function, OLD.mode, OLD.network_type, OLD.functional_assessment,
      OLD.recorded_at)
     OR (OLD.cancelled AND NOT NEW.cancelled) THEN
    RAISE EXCEPTION 'a recorded session cannot be changed, only re-decided or cancelled'
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER care_session_events_append_only BEFORE UPDATE OR DELETE ON care_session_events
  FOR EACH ROW EXECUTE FUNCTION care_refuse_change();
--> statement-breakpoint
CREATE TRIGGER care_session_events_no_truncate BEFORE TRUNCATE ON care_session_events
  FOR EACH STATEMENT EXECUTE FUNCTION care_refuse_change();
--> statement-breakpoint
CREATE TRIGGER care_sessions_never_deleted BEFORE DELETE ON care_sessions
  FOR EACH ROW EXECUTE FUNCTION care_refuse_change();
--> statement-breakpoint
CREATE TRIGGER care_sessions_no_truncate BEFORE TRUNCATE ON care_sessions
  FOR EACH STATEMENT EXECUTE FUNCTION care_refuse_change();
--> statement-breakpoint
CREATE TRIGGER care_sessions_keep_what_was_recorded BEFORE UPDATE ON care_sessions
  FOR EACH ROW EXECUTE FUNCTION care_session_keeps_what_was_recorded();
