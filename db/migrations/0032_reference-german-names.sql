ALTER TABLE "coordination_areas" ADD COLUMN "name_de" text;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "name_de" text;--> statement-breakpoint
ALTER TABLE "zones" ADD COLUMN "name_de" text;