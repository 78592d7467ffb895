CREATE TABLE "clinician_accounts" (
	"clinician_id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"linked_at" timestamp with time zone NOT NULL,
	CONSTRAINT "clinician_accounts_account_id_unique" UNIQUE("account_id")
);
--> statement-breakpoint
CREATE TABLE "clinician_listing_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"clinician_id" uuid NOT NULL,
	"listed" boolean NOT NULL,
	"reason" text NOT NULL,
	"actor_account_id" uuid,
	"actor_label" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clinician_profile_reminders" (
	"clinician_id" uuid PRIMARY KEY NOT NULL,
	"reminded_at" timestamp with time zone NOT NULL,
	"for_updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "clinician_accounts" ADD CONSTRAINT "clinician_accounts_clinician_id_clinicians_id_fk" FOREIGN KEY ("clinician_id") REFERENCES "public"."clinicians"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinician_accounts" ADD CONSTRAINT "clinician_accounts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinician_listing_log" ADD CONSTRAINT "clinician_listing_log_clinician_id_clinicians_id_fk" FOREIGN KEY ("clinician_id") REFERENCES "public"."clinicians"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinician_profile_reminders" ADD CONSTRAINT "clinician_profile_reminders_clinician_id_clinicians_id_fk" FOREIGN KEY ("clinician_id") REFERENCES "public"."clinicians"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "clinician_listing_log_clinician_idx" ON "clinician_listing_log" USING btree ("clinician_id");