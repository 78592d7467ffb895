-- A clinician's listing log is append-only: who listed or unlisted them, when and why stays.
CREATE FUNCTION clinician_listing_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'clinician_listing_log is append-only: % refused', TG_OP;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER clinician_listing_log_append_only
  BEFORE UPDATE OR DELETE ON clinician_listing_log
  FOR EACH ROW EXECUTE FUNCTION clinician_listing_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER clinician_listing_log_no_truncate
  BEFORE TRUNCATE ON clinician_listing_log
  FOR EACH STATEMENT EXECUTE FUNCTION clinician_listing_log_refuse_change();
