-- Written by hand (drizzle would alter the queue's columns one by one). The queue of migration
-- 0035 repeated the cells' twelve columns, in the cells' order, so that a queued row could be read
-- back as a cell (ROW(m.*)): a column added to the cells, or one added to the queue in another
-- place, would have shifted every value by one without an error. It now holds each change as one
-- value of the cells' own row type, which PostgreSQL keeps in step with the cells.
--
-- Whatever is queued is folded first, under the fold's lock, so no change is lost with the table.
SELECT reporting_fold_pending();
--> statement-breakpoint
DROP TABLE "reporting_pending_cells";
--> statement-breakpoint
CREATE TABLE "reporting_pending_cells" (
	"cell" reporting_session_cells NOT NULL
);
--> statement-breakpoint
-- As in migration 0035, the queued cells now taken whole.
CREATE OR REPLACE FUNCTION reporting_fold_pending() RETURNS integer LANGUAGE plpgsql AS $$
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
        RETURNING cell
    )
    SELECT array_agg(m.cell), count(*) INTO delta, chunk FROM moved m;
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
-- As in migration 0035: the trigger only queues, each cell as one value.
CREATE OR REPLACE FUNCTION reporting_count_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO reporting_pending_cells (cell)
      SELECT reporting_cell(n, 1) FROM new_sessions n WHERE NOT n.cancelled;
  ELSE
    INSERT INTO reporting_pending_cells (cell)
      SELECT reporting_cell(o, -1) FROM old_sessions o JOIN new_sessions n ON n.id = o.id
        WHERE NOT o.cancelled
          AND (o.cancelled, o.reimbursable, o.reason) IS DISTINCT FROM (n.cancelled, n.reimbursable, n.reason)
      UNION ALL
      SELECT reporting_cell(n, 1) FROM old_sessions o JOIN new_sessions n ON n.id = o.id
        WHERE NOT n.cancelled
          AND (o.cancelled, o.reimbursable, o.reason) IS DISTINCT FROM (n.cancelled, n.reimbursable, n.reason);
  END IF;
  RETURN NULL;
END
$$;
