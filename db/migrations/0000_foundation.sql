CREATE SEQUENCE "public"."directory_revision" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "clinician_locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinician_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text,
	"street" text NOT NULL,
	"postcode" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"wheelchair" boolean NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clinician_networks" (
	"clinician_id" uuid NOT NULL,
	"network_id" text NOT NULL,
	CONSTRAINT "clinician_networks_clinician_id_network_id_pk" PRIMARY KEY("clinician_id","network_id")
);
--> statement-breakpoint
CREATE TABLE "clinicians" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"inami" text,
	"visa" text,
	"languages" text[] NOT NULL,
	"age_groups" text[] NOT NULL,
	"functions" text[] NOT NULL,
	"modes" text[] NOT NULL,
	"specialities" text[] NOT NULL,
	"accepting_new_patients" boolean NOT NULL,
	"waiting_band" text NOT NULL,
	"phone" text,
	"email" text,
	"website" text,
	"listed" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revision" bigint NOT NULL,
	CONSTRAINT "clinicians_inami_unique" UNIQUE("inami")
);
--> statement-breakpoint
CREATE TABLE "communes" (
	"nis" text PRIMARY KEY NOT NULL,
	"name_fr" text NOT NULL,
	"name_nl" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coordination_areas" (
	"id" text PRIMARY KEY NOT NULL,
	"name_fr" text NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"email" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_communes" (
	"network_id" text NOT NULL,
	"commune_nis" text NOT NULL,
	CONSTRAINT "network_communes_network_id_commune_nis_pk" PRIMARY KEY("network_id","commune_nis")
);
--> statement-breakpoint
CREATE TABLE "networks" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name_fr" text NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"min_age" integer NOT NULL,
	"max_age" integer,
	"website" text,
	"email" text
);
--> statement-breakpoint
CREATE TABLE "postcodes" (
	"postcode" text PRIMARY KEY NOT NULL,
	"locality_fr" text NOT NULL,
	"locality_nl" text NOT NULL,
	"commune_nis" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reference_meta" (
	"id" integer PRIMARY KEY NOT NULL,
	"revision" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zone_networks" (
	"zone_id" text NOT NULL,
	"network_id" text NOT NULL,
	CONSTRAINT "zone_networks_zone_id_network_id_pk" PRIMARY KEY("zone_id","network_id")
);
--> statement-breakpoint
CREATE TABLE "zone_postcodes" (
	"zone_id" text NOT NULL,
	"postcode" text NOT NULL,
	CONSTRAINT "zone_postcodes_zone_id_postcode_pk" PRIMARY KEY("zone_id","postcode")
);
--> statement-breakpoint
CREATE TABLE "zone_rules" (
	"id" serial PRIMARY KEY NOT NULL,
	"area_id" text NOT NULL,
	"requester" text NOT NULL,
	"language" text NOT NULL,
	"zone_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zones" (
	"id" text PRIMARY KEY NOT NULL,
	"area_id" text NOT NULL,
	"name_fr" text NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"email" text NOT NULL,
	"phone" text
);
--> statement-breakpoint
ALTER TABLE "clinician_locations" ADD CONSTRAINT "clinician_locations_clinician_id_clinicians_id_fk" FOREIGN KEY ("clinician_id") REFERENCES "public"."clinicians"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinician_networks" ADD CONSTRAINT "clinician_networks_clinician_id_clinicians_id_fk" FOREIGN KEY ("clinician_id") REFERENCES "public"."clinicians"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinician_networks" ADD CONSTRAINT "clinician_networks_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_communes" ADD CONSTRAINT "network_communes_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_communes" ADD CONSTRAINT "network_communes_commune_nis_communes_nis_fk" FOREIGN KEY ("commune_nis") REFERENCES "public"."communes"("nis") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postcodes" ADD CONSTRAINT "postcodes_commune_nis_communes_nis_fk" FOREIGN KEY ("commune_nis") REFERENCES "public"."communes"("nis") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_networks" ADD CONSTRAINT "zone_networks_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_networks" ADD CONSTRAINT "zone_networks_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_postcodes" ADD CONSTRAINT "zone_postcodes_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_postcodes" ADD CONSTRAINT "zone_postcodes_postcode_postcodes_postcode_fk" FOREIGN KEY ("postcode") REFERENCES "public"."postcodes"("postcode") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_rules" ADD CONSTRAINT "zone_rules_area_id_coordination_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."coordination_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_rules" ADD CONSTRAINT "zone_rules_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zones" ADD CONSTRAINT "zones_area_id_coordination_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."coordination_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "clinician_locations_clinician_idx" ON "clinician_locations" USING btree ("clinician_id");--> statement-breakpoint
CREATE INDEX "clinicians_revision_idx" ON "clinicians" USING btree ("revision");