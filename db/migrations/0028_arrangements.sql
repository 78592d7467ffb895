CREATE TABLE "arrangement_days" (
	"arrangement_id" uuid NOT NULL,
	"day" date NOT NULL,
	"skipped_at" timestamp with time zone,
	"skipped_by" text,
	"hours_claimed_at" timestamp with time zone,
	"hours_entry_id" uuid,
	CONSTRAINT "arrangement_days_arrangement_id_day_pk" PRIMARY KEY("arrangement_id","day")
);
--> statement-breakpoint
CREATE TABLE "arrangements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_case_id" uuid NOT NULL,
	"zone_id" text NOT NULL,
	"clinician_id" text NOT NULL,
	"clinician_name" text NOT NULL,
	"practice" text NOT NULL,
	"gp_name" text NOT NULL,
	"gp_email" text NOT NULL,
	"language" text NOT NULL,
	"weekday" text NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"first_day" date NOT NULL,
	"last_day" date NOT NULL,
	"every_weeks" integer DEFAULT 1 NOT NULL,
	"venue" text,
	"online_url" text,
	"status" text DEFAULT 'active' NOT NULL,
	"gp_token_hash" text NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_by" text,
	"end_reason" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "arrangement_days" ADD CONSTRAINT "arrangement_days_arrangement_id_arrangements_id_fk" FOREIGN KEY ("arrangement_id") REFERENCES "public"."arrangements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arrangements" ADD CONSTRAINT "arrangements_request_case_id_cases_id_fk" FOREIGN KEY ("request_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "arrangements_gp_token_idx" ON "arrangements" USING btree ("gp_token_hash");--> statement-breakpoint
CREATE INDEX "arrangements_clinician_idx" ON "arrangements" USING btree ("clinician_id");--> statement-breakpoint
CREATE UNIQUE INDEX "arrangements_request_idx" ON "arrangements" USING btree ("request_case_id") WHERE "arrangements"."status" = 'active';