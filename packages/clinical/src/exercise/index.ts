// Public surface of the exercise module: catalogue, illustrations, programme generator,
// progression, flare plan and pacing. Pure functions and typed data only.
export { AVOID_CONDITIONS, type AvoidConditionDefinition } from './avoid-conditions';
export { EXERCISE_CATALOGUE, findExercise, getExercise, STOP_AND_GET_ADVICE } from './catalogue/index';
export { describeDose, estimateDoseMinutes, estimateSetMinutes } from './dose';
export { DEFAULT_DOSE_STEP_CONFIG, type DoseStep, type DoseStepConfig, stepDown, stepUp } from './dose-steps';
export {
  buildFlareSession,
  DEFAULT_FLARE_CONFIG,
  type FlareConfig,
  type FlareLogEntry,
  type FlareLogResult,
  type FlareState,
  flareDurationDays,
  flareNeedsClinicianReview,
  logFlareDay,
  startFlare,
} from './flare';
export {
  FLARE_RED_FLAG_SYMPTOMS,
  FLARE_SYMPTOMS,
  type FlareRedFlagSymptom,
  type FlareSymptomDefinition,
} from './flare-symptoms';
export {
  DEFAULT_GENERATOR_CONFIG,
  type GeneratorConfig,
  generateProgramme,
  STOP_AND_GET_ADVICE_CHECK,
  SYMPTOMS_SPREAD_CHECK,
  spreadSessionDays,
} from './generator';
export type {
  ArmAngles,
  IllustrationProp,
  IllustrationSpec,
  IllustrationView,
  JointName,
  LegAngles,
  Pose,
} from './illustration/pose';
export { type RenderIllustrationOptions, renderIllustrationSvg } from './illustration/render';
export { type ExerciseIllustrationOptions, renderExerciseIllustration } from './illustration/render-exercise';
export {
  type ActivityBaselineInput,
  createPacingPlan,
  DEFAULT_PACING_CONFIG,
  PACING_ACTIVITIES,
  type PacingActivity,
  type PacingConfig,
  type PacingPlan,
  type PacingQuota,
  type PacingWeekReview,
  pacingBaseline,
  pacingInstruction,
  pacingQuotaChange,
  reviewPacingWeek,
} from './pacing';
export {
  type BlockedProgramme,
  type ExerciseSession,
  type PrescribedExercise,
  type Programme,
  type ProgrammeOptions,
  type ProgrammePreferences,
  type ProgrammeResult,
  programmePreferencesSchema,
  type ResolvedProgrammePreferences,
  SESSION_ROLES,
  type SessionRole,
  type SessionSafetyCheck,
} from './programme-types';
export {
  DEFAULT_PROGRESSION_CONFIG,
  decideProgression,
  evaluateWeek,
  INITIAL_PROGRESSION_STATE,
  type ProgressionConfig,
  type ProgressionDecision,
  type ProgressionState,
  type SessionFeedback,
  type WeekEvaluation,
  type WeekVerdict,
} from './progression';
export { type AppliedProgression, applyProgression, type SessionChange } from './progression-apply';
export { nextQuota, type QuotaChange, type QuotaConfig } from './quota';
export {
  avoidConditionsFromAssessment,
  combineRestrictions,
  isExerciseAllowed,
  type PatientRestrictions,
  whyExerciseNotAllowed,
} from './restrictions';
export {
  PROGRAMME_RULE_IDS,
  PROGRAMME_RULES,
  type ProgrammeRule,
  type ProgrammeRuleId,
  programmeRule,
} from './rules';
export {
  DEFAULT_STARTING_LEVEL_CONFIG,
  type StartingLevel,
  type StartingLevelConfig,
  startingLevel,
} from './starting-level';
export {
  AVOID_CONDITION_IDS,
  type AvoidCondition,
  EQUIPMENT,
  type Equipment,
  EXERCISE_GROUPS,
  EXERCISE_POSITIONS,
  type Exercise,
  type ExerciseDirection,
  type ExerciseDose,
  type ExerciseGroup,
  type ExerciseLevel,
  type ExercisePosition,
  type NerveGlideKind,
} from './types';
