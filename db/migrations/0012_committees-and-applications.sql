CREATE TABLE "application_drafts" (
	"account_id" uuid NOT NULL,
	"form" text NOT NULL,
	"data" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "application_drafts_account_id_form_pk" PRIMARY KEY("account_id","form")
);
--> statement-breakpoint
CREATE TABLE "application_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"case_id" uuid,
	"document_kind" text NOT NULL,
	"stored_name" text NOT NULL,
	"original_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "application_files_stored_name_unique" UNIQUE("stored_name")
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"account_id" uuid NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_email" text NOT NULL,
	"locale" text NOT NULL,
	"sessions_per_week" integer NOT NULL,
	"budget_impact_cents" integer,
	"details" jsonb NOT NULL,
	"approved_network_ids" text[],
	"approved_at" timestamp with time zone,
	"clinician_id" uuid
);
--> statement-breakpoint
CREATE TABLE "committee_agenda_items" (
	"meeting_id" uuid NOT NULL,
	"application_id" text NOT NULL,
	"position" integer NOT NULL,
	"reference" text NOT NULL,
	"kind" text NOT NULL,
	"applicant_name" text NOT NULL,
	"network_ids" text[] NOT NULL,
	"involved_account_ids" text[] NOT NULL,
	"budget_impact_cents" integer,
	"path" text NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	CONSTRAINT "committee_agenda_items_meeting_id_application_id_pk" PRIMARY KEY("meeting_id","application_id")
);
--> statement-breakpoint
CREATE TABLE "committee_attendance" (
	"meeting_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"display_name" text NOT NULL,
	"present" boolean NOT NULL,
	CONSTRAINT "committee_attendance_meeting_id_account_id_pk" PRIMARY KEY("meeting_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "committee_bodies" (
	"id" text PRIMARY KEY NOT NULL,
	"names" jsonb NOT NULL,
	"network_ids" text[] NOT NULL,
	"delegated_by" text[] DEFAULT '{}' NOT NULL,
	"quorum_minimum_present" integer NOT NULL,
	"quorum_majority_of_members" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "committee_decisions" (
	"meeting_id" uuid NOT NULL,
	"application_id" text NOT NULL,
	"outcome" text NOT NULL,
	"reasons" text NOT NULL,
	"votes_for" integer NOT NULL,
	"votes_against" integer NOT NULL,
	"abstentions" integer NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_by_name" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"application_status" text,
	CONSTRAINT "committee_decisions_meeting_id_application_id_pk" PRIMARY KEY("meeting_id","application_id")
);
--> statement-breakpoint
CREATE TABLE "committee_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" text NOT NULL,
	"held_on" date NOT NULL,
	"starts_at" text NOT NULL,
	"mode" text NOT NULL,
	"place" text NOT NULL,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"minutes" jsonb
);
--> statement-breakpoint
CREATE TABLE "committee_recusals" (
	"meeting_id" uuid NOT NULL,
	"application_id" text NOT NULL,
	"account_id" uuid NOT NULL,
	"display_name" text NOT NULL,
	"note" text NOT NULL,
	"declared_by" uuid NOT NULL,
	"declared_at" timestamp with time zone NOT NULL,
	CONSTRAINT "committee_recusals_meeting_id_application_id_account_id_pk" PRIMARY KEY("meeting_id","application_id","account_id")
);
--> statement-breakpoint
ALTER TABLE "application_files" ADD CONSTRAINT "application_files_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_agenda_items" ADD CONSTRAINT "committee_agenda_items_meeting_id_committee_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."committee_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_attendance" ADD CONSTRAINT "committee_attendance_meeting_id_committee_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."committee_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_decisions" ADD CONSTRAINT "committee_decisions_meeting_id_committee_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."committee_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_meetings" ADD CONSTRAINT "committee_meetings_body_id_committee_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."committee_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_recusals" ADD CONSTRAINT "committee_recusals_meeting_id_committee_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."committee_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_files_case_idx" ON "application_files" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "applications_account_idx" ON "applications" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "committee_meetings_body_idx" ON "committee_meetings" USING btree ("body_id","held_on");