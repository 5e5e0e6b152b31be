// Public surface of the assessment module: intake validation, `assess`, the output schema,
// the rule registry with sources, and the configurable thresholds.
export { assess } from './assess';
export { assessmentSchema } from './assessment-schema';
export type { Assessment } from './assessment-types';
export { type AssessmentConfig, DEFAULT_ASSESSMENT_CONFIG } from './config';
export {
  type ClinicianClearance,
  clinicianClearanceSchema,
  type Intake,
  intakeSchema,
  MINIMUM_INTAKE_AGE_YEARS,
} from './intake-schema';
export { type IntakeIssue, type IntakeParseResult, parseIntake } from './parse-intake';
export { classifyChronicity } from './rules/chronicity';
export type { AssessmentRedFlag } from './rules/eligibility';
export type { FollowUp, FollowUpId, FollowUpPriority } from './rules/follow-ups';
export { ASSESSMENT_RULES } from './rules/index';
export type { MoodAssessment } from './rules/mood';
export type { PhenotypeEvidence } from './rules/phenotype';
export type { AssessmentRule, RuleEvidence } from './rules/rule';
export type { YellowFlag, YellowFlagDomain, YellowFlagId } from './rules/yellow-flags';
export { assessmentJsonSchemas } from './schemas';
export type { InstrumentScoreSummary, UnscoredInstrument } from './score-intake';
