ALTER TABLE "patient_care_settings" ADD COLUMN "clinical_profile" jsonb;--> statement-breakpoint
ALTER TABLE "patient_care_settings" ADD COLUMN "opioid_safeguards" jsonb;