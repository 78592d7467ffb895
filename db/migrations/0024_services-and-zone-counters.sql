CREATE TABLE "conventioned_services" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"postcode" text NOT NULL,
	"functions" text[] NOT NULL,
	"network_ids" text[] NOT NULL,
	"signed_on" date NOT NULL,
	"listed" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_clinicians" (
	"service_id" uuid NOT NULL,
	"clinician_id" uuid NOT NULL,
	CONSTRAINT "service_clinicians_service_id_clinician_id_pk" PRIMARY KEY("service_id","clinician_id")
);
--> statement-breakpoint
DROP TABLE "application_budgets" CASCADE;--> statement-breakpoint
ALTER TABLE "care_statement_changes" ADD COLUMN "zone_id" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "care_statement_counts" ADD COLUMN "zone_id" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "service_clinicians" ADD CONSTRAINT "service_clinicians_service_id_conventioned_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."conventioned_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_clinicians" ADD CONSTRAINT "service_clinicians_clinician_id_clinicians_id_fk" FOREIGN KEY ("clinician_id") REFERENCES "public"."clinicians"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_clinicians_clinician_idx" ON "service_clinicians" USING btree ("clinician_id");--> statement-breakpoint
ALTER TABLE "applications" DROP COLUMN "budget_impact_cents";--> statement-breakpoint
ALTER TABLE "committee_agenda_items" DROP COLUMN "budget_impact_cents";--> statement-breakpoint
ALTER TABLE "care_statement_counts" DROP CONSTRAINT "care_statement_counts_pk";
--> statement-breakpoint
ALTER TABLE "care_statement_counts" ADD CONSTRAINT "care_statement_counts_pk" PRIMARY KEY("grain","period_start","network_id","clinician_id","function","mode","outcome","zone_id");--> statement-breakpoint
-- Written by hand (drizzle does not write functions): the statement counters keep each
-- session's zone, so a budget reads each zone envelope's consumption from them, exactly and
-- without reading sessions. What one session adds to or takes from the counters, as in migration
-- 0017, with its zone last (the column was added last; '' when the zone is unknown).
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
    coalesce(s.zone_id, '')
$$;
--> statement-breakpoint
-- Sessions recorded with a zone (migration 0021 on) were counted without it: each moves from
-- the zone '' to its own, as a pair of changes the next fold applies. The ALTER TABLE above
-- waited for every writer of changes to commit and holds new ones off until this transaction
-- ends, so every session is moved once.
INSERT INTO care_statement_changes
  SELECT c.date, c.network_id, c.clinician_id, c.function, c.mode, c.outcome, c.sessions,
    c.copay_cents, c.fee_cents, c.unknown_fees, ''
  FROM care_sessions s, LATERAL care_statement_change(s, -1) c
  WHERE s.zone_id IS NOT NULL;
--> statement-breakpoint
INSERT INTO care_statement_changes
  SELECT c.* FROM care_sessions s, LATERAL care_statement_change(s, 1) c
  WHERE s.zone_id IS NOT NULL;
