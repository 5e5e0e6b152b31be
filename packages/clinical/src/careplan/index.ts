// Public surface of the care-plan module (CareKit-style versioned tasks, events, outcomes).
export {
  WEEKDAYS as CARE_PLAN_WEEKDAYS,
  type Weekday as CarePlanWeekday,
  weekdayOf as carePlanWeekdayOf,
} from './calendar';
export { findCarePlanEvent, listCarePlanEvents } from './events';
export {
  CARE_PLAN_TASK_IDS,
  type CarePlanFromProgrammeOptions,
  carePlanFromProgramme,
  carePlanTasksFromProgramme,
  exerciseSessionTaskContent,
  reviseExerciseSessionTask,
} from './from-programme';
export {
  adherenceRecordsFrom,
  applyCarePlanOutcome,
  type CarePlanEventWithOutcome,
  carePlanEventsWithOutcomes,
  completionOutcome,
  isCarePlanEventComplete,
} from './outcomes';
export {
  addCarePlanTask,
  carePlanTaskIds,
  carePlanTaskVersionOn,
  carePlanTaskVersions,
  createCarePlan,
  reviseCarePlanTask,
  stopCarePlanTask,
} from './plan';
export {
  occurrenceDate as carePlanOccurrenceDate,
  occurrenceIndexOn as carePlanOccurrenceIndexOn,
} from './schedule';
export {
  CARE_PLAN_VALUE_KINDS,
  type CarePlan,
  type CarePlanCompletionRule,
  CarePlanError,
  type CarePlanEvent,
  type CarePlanOutcome,
  type CarePlanSchedule,
  type CarePlanTaskDefinition,
  type CarePlanTaskKind,
  type CarePlanTaskVersion,
  type CarePlanValue,
  type DateRange as CarePlanDateRange,
} from './types';
