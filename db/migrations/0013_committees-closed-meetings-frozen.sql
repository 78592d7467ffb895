-- A closed meeting and its minutes never change: the database refuses any change to a closed
-- meeting's row and to its agenda, attendance, recusals and decisions.
CREATE FUNCTION committee_refuse_closed_meeting() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'closed' THEN
    RAISE EXCEPTION 'committee meeting % is closed: % refused', OLD.id, TG_OP
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE FUNCTION committee_refuse_closed_meeting_part() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  meeting uuid;
BEGIN
  IF TG_OP = 'INSERT' THEN
    meeting := NEW.meeting_id;
  ELSE
    meeting := OLD.meeting_id;
  END IF;
  IF EXISTS (SELECT 1 FROM committee_meetings WHERE id = meeting AND status = 'closed') THEN
    RAISE EXCEPTION 'committee meeting % is closed: % on % refused', meeting, TG_OP, TG_TABLE_NAME
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER committee_meetings_closed_frozen BEFORE UPDATE OR DELETE ON committee_meetings
  FOR EACH ROW EXECUTE FUNCTION committee_refuse_closed_meeting();
--> statement-breakpoint
CREATE TRIGGER committee_agenda_items_closed_frozen BEFORE INSERT OR UPDATE OR DELETE ON committee_agenda_items
  FOR EACH ROW EXECUTE FUNCTION committee_refuse_closed_meeting_part();
--> statement-breakpoint
CREATE TRIGGER committee_attendance_closed_frozen BEFORE INSERT OR UPDATE OR DELETE ON committee_attendance
  FOR EACH ROW EXECUTE FUNCTION committee_refuse_closed_meeting_part();
--> statement-breakpoint
CREATE TRIGGER committee_recusals_closed_frozen BEFORE INSERT OR UPDATE OR DELETE ON committee_recusals
  FOR EACH ROW EXECUTE FUNCTION committee_refuse_closed_meeting_part();
--> statement-breakpoint
CREATE TRIGGER committee_decisions_closed_frozen BEFORE INSERT OR UPDATE OR DELETE ON committee_decisions
  FOR EACH ROW EXECUTE FUNCTION committee_refuse_closed_meeting_part();
