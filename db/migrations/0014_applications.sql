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
ALTER TABLE "application_files" ADD CONSTRAINT "application_files_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_files_case_idx" ON "application_files" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "applications_account_idx" ON "applications" USING btree ("account_id");