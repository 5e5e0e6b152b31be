import { z } from 'zod';

/**
 * Dated records the outcome functions work over. Each record is one observation on
 * one calendar day; the functions never look at a clock, they take the end of the
 * window as an argument.
 */

/** A calendar date, `YYYY-MM-DD`, validated as a real date. */
export const outcomeIsoDateSchema = z.iso.date();

/** One diary entry: average pain over the last 24 h on the 0–10 NRS (clinical.md §3.1). */
export const painDiaryEntrySchema = z.object({
  date: outcomeIsoDateSchema,
  pain: z.number().min(0).max(10),
});
export type PainDiaryEntry = z.output<typeof painDiaryEntrySchema>;

/** A dated questionnaire score (PEG 0–10, ODI 0–100, RMDQ 0–24, PHQ-9 0–27). Ranges are checked per instrument. */
export const outcomeScoreRecordSchema = z.object({
  date: outcomeIsoDateSchema,
  score: z.number().min(0),
});
export type OutcomeScoreRecord = z.output<typeof outcomeScoreRecordSchema>;

/**
 * One scheduled occurrence of a care-plan task and whether it was done. Only records
 * whose task `impactsAdherence` count toward adherence (the CareKit convention,
 * engineering.md §2); the care-plan model produces these.
 */
export const adherenceRecordSchema = z.object({
  date: outcomeIsoDateSchema,
  taskId: z.string().min(1),
  impactsAdherence: z.boolean(),
  completed: z.boolean(),
});
export type AdherenceRecord = z.output<typeof adherenceRecordSchema>;
