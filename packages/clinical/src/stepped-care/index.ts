// Public surface of the stepped-care module: patient state, decision cards and the engine.
export { assessmentSummarySchema } from './assessment-summary-schema';
export {
  CARD_SUMMARY_MAX_LENGTH,
  type CardSuggestion,
  type CardText,
  cardSuggestionSchema,
  type DecisionCard,
  decisionCardSchema,
  decisionCardsSchema,
  REFERRAL_TARGETS,
  type ReferralTarget,
  SUGGESTION_ACTION_TYPES,
  type SuggestionActionType,
  sourceCitationSchema,
} from './card';
export { STEPPED_CARE_CONFIG, type SteppedCareConfig } from './config';
export type { ProgressClassification, ProgressDecision } from './decision-points';
export { type TierState, type TierStatus, tierState } from './medication-tiers';
export { type ParsePatientStateResult, parsePatientState, type StateIssue } from './parse';
export { findDrugInstructionsInPatientText, type PatientTextDrugFinding } from './patient-language';
export {
  CARE_COMPONENTS,
  type CareComponent,
  MEDICATION_TRIAL_OUTCOMES,
  type MedicationTrial,
  type MedicationTrialOutcome,
  type PatientState,
  type PatientStateInput,
  patientStateSchema,
} from './patient-state';
export { type RecommendOptions, recommend } from './recommend';
export type { RuleDefinition } from './rule-definition';
export { STEPPED_CARE_RULE_IDS, STEPPED_CARE_RULES, type SteppedCareRuleId } from './rules';
export { steppedCareJsonSchemas } from './schemas';
