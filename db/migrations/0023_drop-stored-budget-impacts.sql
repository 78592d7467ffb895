DROP TABLE "application_budgets" CASCADE;--> statement-breakpoint
ALTER TABLE "applications" DROP COLUMN "budget_impact_cents";--> statement-breakpoint
ALTER TABLE "committee_agenda_items" DROP COLUMN "budget_impact_cents";