CREATE TABLE "first_line_hours" (
	"id" uuid PRIMARY KEY NOT NULL,
	"network_id" text NOT NULL,
	"clinician_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"day" date NOT NULL,
	"quarter_hours" integer NOT NULL,
	"kind" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "first_line_hours_network_day_idx" ON "first_line_hours" USING btree ("network_id","day");