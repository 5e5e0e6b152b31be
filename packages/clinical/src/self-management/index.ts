// Public surface of the self-management module: lessons, goals, relaxation, sleep habits,
// the clinician-visit plan, the daily scheduler and the treatment evidence guide.
export type { EvidenceVerification, SelfManagementClaim, SourcedText } from './claims';
export {
  buildClinicianVisitSummary,
  type ClinicianVisitInput,
  type ClinicianVisitSummary,
  type ClinicianVisitSummarySection,
  renderClinicianVisitSummaryText,
} from './clinician-visit/visit-summary';
export {
  CLINICIAN_VISIT_SECTION_HEADINGS,
  CLINICIAN_VISIT_TEMPLATE,
  SUGGESTED_CLINICIAN_QUESTIONS,
  type SuggestedQuestion,
  VISIT_WARNING_SIGN_CLAIMS,
  VISIT_WARNING_SIGNS,
  type VisitSectionId,
  type VisitTemplatePrompt,
  type VisitWarningSign,
} from './clinician-visit/visit-template';
export { EVIDENCE_GUIDE, findTreatmentEvidence } from './evidence-guide/all-treatments';
export {
  EVIDENCE_GUIDE_MAX_AVERAGE_GRADE,
  type EvidenceGuideIssue,
  evidenceGuideReadingGrade,
  lintEvidenceGuide,
} from './evidence-guide/lint-evidence-guide';
export {
  EVIDENCE_GUIDE_BEGIN_MARKER,
  EVIDENCE_GUIDE_END_MARKER,
  renderEvidenceGuideMarkdown,
} from './evidence-guide/render-markdown';
export {
  type BenefitSize,
  type BenefitStatement,
  type EvidenceStatement,
  type GuidelineStance,
  type GuidelineStanceKind,
  guidelineStancesConflict,
  type TreatmentCategory,
  type TreatmentEvidence,
} from './evidence-guide/types';
export {
  checkSmartGoal,
  type GoalMeasure,
  type GoalPeriod,
  type SmartCriterion,
  type SmartGoal,
  type SmartGoalCheck,
  type SmartGoalDraft,
  type SmartGoalProblem,
  weeklyGoalTarget,
} from './goals/smart-goal';
export {
  type GoalReview,
  type GoalReviewSuggestion,
  reviewGoalWeek,
  type WeeklyGoalProgress,
} from './goals/weekly-review';
export { findPainLesson, PAIN_LESSONS } from './lessons/all-lessons';
export {
  gradeLessonCheck,
  type LessonCheckAnswers,
  type LessonCheckResult,
  type LessonQuestionResult,
} from './lessons/grading';
export { LESSON_MINUTES_RANGE, lintPainLesson } from './lessons/lint-lesson';
export type {
  LessonCheckOption,
  LessonCheckQuestion,
  PainLesson,
  PainLessonSection,
  PainLessonTopic,
} from './lessons/types';
export { type ContentLintIssue, lintSelfManagementContent, MAX_AVERAGE_READING_GRADE } from './lint';
export { lintRelaxationScript } from './relaxation/lint-relaxation';
export {
  BODY_SCAN_SCRIPT,
  buildSlowBreathingScript,
  MINDFUL_MOVEMENT_SCRIPT,
  PROGRESSIVE_RELAXATION_SCRIPT,
  RELAXATION_SCRIPTS,
  SHORT_BREATHING_SCRIPT,
  SLOW_BREATHING_SCRIPT,
  type SlowBreathingOptions,
} from './relaxation/scripts';
export {
  type RelaxationTimerState,
  relaxationStepAt,
  relaxationStepChangedBetween,
  relaxationStepStartTimes,
} from './relaxation/timer';
export type { RelaxationKind, RelaxationScript, RelaxationStep } from './relaxation/types';
export {
  DAILY_PLAN_EXERCISE_MINUTES_RANGE,
  type DailyPlanSettings,
  DEFAULT_DAILY_PLAN_SETTINGS,
  DEFAULT_GOAL_REVIEW_SETTINGS,
  type GoalReviewSettings,
  SELF_MANAGEMENT_RULES,
  type SelfManagementRule,
} from './rules';
export {
  type DailyPlanInput,
  type DailySelfManagementItem,
  type DailySelfManagementPlan,
  planDailySelfManagement,
} from './scheduler/daily-plan';
export {
  lintSleepHabitTips,
  SLEEP_HABIT_TIPS,
  type SleepHabitTip,
  sleepHabitClaims,
} from './sleep/sleep-habits';
