CREATE TABLE "request_drafts" (
	"id" text PRIMARY KEY NOT NULL,
	"form" text NOT NULL,
	"data" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_settings" (
	"network_id" text PRIMARY KEY NOT NULL,
	"first_contact_days" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "requests" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"request_type" text NOT NULL,
	"kind" text NOT NULL,
	"age_groups" text[] NOT NULL,
	"language" text NOT NULL,
	"requester_name" text NOT NULL,
	"requester_email" text NOT NULL,
	"organisation_name" text NOT NULL,
	"postcode" text NOT NULL,
	"details" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_actions" (
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"actor_label" text NOT NULL,
	"actor_zone_id" text,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "case_actions_case_id_seq_pk" PRIMARY KEY("case_id","seq")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_type" text NOT NULL,
	"reference" text NOT NULL,
	"zone_id" text NOT NULL,
	"network_ids" text[] NOT NULL,
	"status" text NOT NULL,
	"version" integer NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"responded_at" timestamp with time zone,
	"respond_by" date,
	CONSTRAINT "cases_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_actions" ADD CONSTRAINT "case_actions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "requests_type_kind_idx" ON "requests" USING btree ("request_type","kind");--> statement-breakpoint
CREATE INDEX "cases_inbox_idx" ON "cases" USING btree ("case_type","zone_id","status");--> statement-breakpoint
CREATE INDEX "cases_networks_idx" ON "cases" USING gin ("network_ids");