ALTER TABLE "patient_summaries" ADD COLUMN "fact_rows" jsonb;--> statement-breakpoint
ALTER TABLE "patient_summaries" ADD COLUMN "facts_day" date;