ALTER TABLE "network_communes" DROP CONSTRAINT "network_communes_commune_nis_communes_nis_fk";
--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "languages" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "listed_in_passerelle" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "clinicians_url" text;