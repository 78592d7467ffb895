CREATE TABLE "care_anonymous_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_key" text NOT NULL,
	"group_key" text NOT NULL,
	"clinician_id" uuid NOT NULL,
	"network_id" text NOT NULL,
	"location_id" uuid NOT NULL,
	"date" date NOT NULL,
	"function" text NOT NULL,
	"mode" text NOT NULL,
	"convention" text NOT NULL,
	"copay_cents" integer NOT NULL,
	"fee_cents" integer,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_care_sessions" (
	"registration_id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"care_session_id" uuid,
	"anonymous" boolean NOT NULL,
	"care_function" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "event_care_sessions" ADD CONSTRAINT "event_care_sessions_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_care_sessions" ADD CONSTRAINT "event_care_sessions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "care_anonymous_sessions_source_idx" ON "care_anonymous_sessions" USING btree ("source_key");--> statement-breakpoint
CREATE INDEX "care_anonymous_sessions_network_date_idx" ON "care_anonymous_sessions" USING btree ("network_id","date");