ALTER TABLE "medications" ADD COLUMN "stop_reason" text;--> statement-breakpoint
ALTER TABLE "medications" ADD COLUMN "trial_outcome" text;