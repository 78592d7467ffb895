ALTER TABLE "first_line_hours" ALTER COLUMN "case_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "first_line_hours" ADD COLUMN "event_id" uuid;--> statement-breakpoint
ALTER TABLE "first_line_hours" ADD COLUMN "corrected_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "first_line_hours" ADD COLUMN "correction_reason" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "request_case_id" uuid;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "leader_clinician_id" text;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_request_case_id_cases_id_fk" FOREIGN KEY ("request_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "first_line_hours_clinician_idx" ON "first_line_hours" USING btree ("clinician_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "events_request_case_idx" ON "events" USING btree ("request_case_id") WHERE "events"."request_case_id" is not null and "events"."status" = 'scheduled';--> statement-breakpoint
ALTER TABLE "first_line_hours" ADD CONSTRAINT "first_line_hours_one_subject" CHECK (("first_line_hours"."case_id" is null) <> ("first_line_hours"."event_id" is null));