CREATE TABLE "application_budgets" (
	"network_id" text PRIMARY KEY NOT NULL,
	"yearly_cents" bigint,
	"default_fee_cents" integer,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL
);
