-- A case's action log is append-only: the database itself refuses to change or remove an action.
-- The case row is a projection of the log and is updated with each append; the log is the truth.
CREATE FUNCTION case_actions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case_actions is append-only: % refused', TG_OP;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER case_actions_append_only
  BEFORE UPDATE OR DELETE ON case_actions
  FOR EACH ROW EXECUTE FUNCTION case_actions_refuse_change();
--> statement-breakpoint
CREATE TRIGGER case_actions_no_truncate
  BEFORE TRUNCATE ON case_actions
  FOR EACH STATEMENT EXECUTE FUNCTION case_actions_refuse_change();
