CREATE TABLE "budget_alerts" (
	"network_id" text NOT NULL,
	"year" integer NOT NULL,
	"envelope_id" text NOT NULL,
	"kind" text NOT NULL,
	"threshold" integer NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_alerts_network_id_year_envelope_id_kind_threshold_pk" PRIMARY KEY("network_id","year","envelope_id","kind","threshold")
);
--> statement-breakpoint
CREATE TABLE "budget_plan_versions" (
	"network_id" text NOT NULL,
	"year" integer NOT NULL,
	"number" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by" text NOT NULL,
	"change" jsonb NOT NULL,
	CONSTRAINT "budget_plan_versions_network_id_year_number_pk" PRIMARY KEY("network_id","year","number")
);
--> statement-breakpoint
CREATE TABLE "commune_population" (
	"commune_nis" text NOT NULL,
	"year" integer NOT NULL,
	"commune_fr" text NOT NULL,
	"commune_nl" text NOT NULL,
	"inhabitants" integer NOT NULL,
	"young_inhabitants" integer,
	"increased_reimbursement_share" double precision,
	CONSTRAINT "commune_population_commune_nis_year_pk" PRIMARY KEY("commune_nis","year")
);
--> statement-breakpoint
-- Budget plan versions are the plan's history: the database itself refuses to change or remove
-- one (written by hand: drizzle does not write triggers).
CREATE FUNCTION budget_plan_versions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'budget_plan_versions is append-only: % refused', TG_OP;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER budget_plan_versions_append_only
  BEFORE UPDATE OR DELETE ON budget_plan_versions
  FOR EACH ROW EXECUTE FUNCTION budget_plan_versions_refuse_change();
--> statement-breakpoint
CREATE TRIGGER budget_plan_versions_no_truncate
  BEFORE TRUNCATE ON budget_plan_versions
  FOR EACH STATEMENT EXECUTE FUNCTION budget_plan_versions_refuse_change();
