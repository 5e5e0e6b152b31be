ALTER TABLE "assessments" ADD COLUMN "clearance_reason" text;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "clearance_findings" text;