CREATE TABLE "conventioned_services" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"postcode" text NOT NULL,
	"functions" text[] NOT NULL,
	"network_ids" text[] NOT NULL,
	"signed_on" date NOT NULL,
	"listed" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_clinicians" (
	"service_id" uuid NOT NULL,
	"clinician_id" uuid NOT NULL,
	CONSTRAINT "service_clinicians_service_id_clinician_id_pk" PRIMARY KEY("service_id","clinician_id")
);
--> statement-breakpoint
ALTER TABLE "service_clinicians" ADD CONSTRAINT "service_clinicians_service_id_conventioned_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."conventioned_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_clinicians" ADD CONSTRAINT "service_clinicians_clinician_id_clinicians_id_fk" FOREIGN KEY ("clinician_id") REFERENCES "public"."clinicians"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_clinicians_clinician_idx" ON "service_clinicians" USING btree ("clinician_id");