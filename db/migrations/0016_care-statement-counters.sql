CREATE TABLE "care_statement_changes" (
	"date" date NOT NULL,
	"network_id" text NOT NULL,
	"clinician_id" uuid NOT NULL,
	"function" text NOT NULL,
	"mode" text NOT NULL,
	"outcome" text NOT NULL,
	"sessions" integer NOT NULL,
	"copay_cents" bigint NOT NULL,
	"fee_cents" bigint NOT NULL,
	"unknown_fees" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_statement_counts" (
	"grain" text NOT NULL,
	"period_start" date NOT NULL,
	"network_id" text NOT NULL,
	"clinician_id" uuid NOT NULL,
	"function" text NOT NULL,
	"mode" text NOT NULL,
	"outcome" text NOT NULL,
	"sessions" integer NOT NULL,
	"copay_cents" bigint NOT NULL,
	"fee_cents" bigint NOT NULL,
	"unknown_fees" integer NOT NULL,
	CONSTRAINT "care_statement_counts_pk" PRIMARY KEY("grain","period_start","network_id","clinician_id","function","mode","outcome")
);
--> statement-breakpoint
DROP INDEX "care_sessions_date_idx";