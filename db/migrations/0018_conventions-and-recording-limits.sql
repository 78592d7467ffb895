CREATE TABLE "care_clinician_use" (
	"clinician_id" uuid PRIMARY KEY NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clinician_conventions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"clinician_id" uuid NOT NULL,
	"network_id" text NOT NULL,
	"kind" text NOT NULL,
	"effective_date" date NOT NULL,
	"reason" text,
	"case_id" uuid,
	"actor_account_id" uuid,
	"actor_label" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clinician_conventions_kind" CHECK ("clinician_conventions"."kind" in ('signed', 'suspended', 'resumed', 'ended'))
);
--> statement-breakpoint
ALTER TABLE "clinician_conventions" ADD CONSTRAINT "clinician_conventions_clinician_id_clinicians_id_fk" FOREIGN KEY ("clinician_id") REFERENCES "public"."clinicians"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinician_conventions" ADD CONSTRAINT "clinician_conventions_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "clinician_conventions_clinician_idx" ON "clinician_conventions" USING btree ("clinician_id","network_id");--> statement-breakpoint
-- A clinician's convention record is append-only: a suspension or an end, once recorded, stays.
CREATE FUNCTION clinician_conventions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'clinician_conventions is append-only: % refused', TG_OP;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER clinician_conventions_append_only
  BEFORE UPDATE OR DELETE ON clinician_conventions
  FOR EACH ROW EXECUTE FUNCTION clinician_conventions_refuse_change();
--> statement-breakpoint
CREATE TRIGGER clinician_conventions_no_truncate
  BEFORE TRUNCATE ON clinician_conventions
  FOR EACH STATEMENT EXECUTE FUNCTION clinician_conventions_refuse_change();
