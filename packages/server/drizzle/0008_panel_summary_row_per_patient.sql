DROP INDEX "patient_summaries_triage_idx";--> statement-breakpoint
CREATE INDEX "patient_summaries_triage_idx" ON "patient_summaries" USING btree ("org_id","triage_priority","updated_at","patient_id");--> statement-breakpoint
-- Every patient has a patient_summaries row from the moment the patient exists
-- (issue 11): the clinician panel can then join summaries innerly and walk
-- patient_summaries_triage_idx in its order (priority, staleness, patient id),
-- stopping after one page, instead of sorting every patient of the clinic.
-- A new row is "nothing to triage yet": priority 99, stale since the patient
-- was created — exactly how the panel used to sort a patient without a row.
-- The rollup (summaries/refresh.ts) upserts over it on the first write.
CREATE FUNCTION "patient_summaries_row_for_new_patient"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "patient_summaries" ("org_id", "patient_id", "updated_at")
  VALUES (NEW."org_id", NEW."id", NEW."created_at")
  ON CONFLICT ("org_id", "patient_id") DO NOTHING;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "patients_summary_row"
  AFTER INSERT ON "patients"
  FOR EACH ROW EXECUTE FUNCTION "patient_summaries_row_for_new_patient"();--> statement-breakpoint
INSERT INTO "patient_summaries" ("org_id", "patient_id", "updated_at")
  SELECT "org_id", "id", "created_at" FROM "patients"
  ON CONFLICT ("org_id", "patient_id") DO NOTHING;
