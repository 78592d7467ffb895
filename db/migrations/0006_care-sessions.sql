CREATE TABLE "care_clinicians" (
	"id" uuid PRIMARY KEY NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"inami" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_session_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"cause_session_id" uuid,
	"note" text,
	"decision" jsonb
);
--> statement-breakpoint
CREATE TABLE "care_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"patient_key" text NOT NULL,
	"clinician_id" uuid NOT NULL,
	"network_id" text NOT NULL,
	"location_id" uuid NOT NULL,
	"date" date NOT NULL,
	"birth_date" date NOT NULL,
	"bim" boolean NOT NULL,
	"function" text NOT NULL,
	"mode" text NOT NULL,
	"network_type" text NOT NULL,
	"functional_assessment" boolean NOT NULL,
	"reimbursable" boolean NOT NULL,
	"reason" text,
	"session_number" integer,
	"cap" integer,
	"copay_cents" integer,
	"first_session_free" boolean NOT NULL,
	"convention" text,
	"fee_cents" integer,
	"cancelled" boolean DEFAULT false NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "care_session_events" ADD CONSTRAINT "care_session_events_session_id_care_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."care_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "care_session_events_session_idx" ON "care_session_events" USING btree ("session_id","id");--> statement-breakpoint
CREATE INDEX "care_sessions_patient_date_idx" ON "care_sessions" USING btree ("patient_key","date","seq");--> statement-breakpoint
CREATE INDEX "care_sessions_date_idx" ON "care_sessions" USING btree ("date");