CREATE TABLE "material_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"network_id" text NOT NULL,
	"account_id" text NOT NULL,
	"email" text NOT NULL,
	"locale" text NOT NULL,
	"lines" jsonb NOT NULL,
	"recipient" text NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"street" text NOT NULL,
	"postcode" text NOT NULL,
	"city" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'ordered' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "material_stock" (
	"network_id" text NOT NULL,
	"item" text NOT NULL,
	"language" text NOT NULL,
	"quantity" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "material_stock_network_id_item_language_pk" PRIMARY KEY("network_id","item","language"),
	CONSTRAINT "material_stock_not_negative" CHECK ("material_stock"."quantity" >= 0)
);
--> statement-breakpoint
CREATE TABLE "professional_contacts" (
	"scope_type" text NOT NULL,
	"scope_id" text NOT NULL,
	"data" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "professional_contacts_scope_type_scope_id_pk" PRIMARY KEY("scope_type","scope_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "material_orders_reference_idx" ON "material_orders" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "material_orders_network_idx" ON "material_orders" USING btree ("network_id","created_at");--> statement-breakpoint
CREATE INDEX "material_orders_account_idx" ON "material_orders" USING btree ("account_id","created_at");