// Public surface of the outcomes module: pure functions over dated records.
export { type AdherenceSummary, computeAdherence } from './adherence';
export {
  type ChangeAssessment,
  type ChangeCategory,
  classifyMeaningfulChange,
  isMeaningfulImprovement,
  MEANINGFUL_CHANGE_CRITERIA,
  type MeaningfulChangeCriteria,
  type OutcomeInstrument,
} from './meaningful-change';
export {
  type AdherenceRecord,
  adherenceRecordSchema,
  type OutcomeScoreRecord,
  outcomeScoreRecordSchema,
  type PainDiaryEntry,
  painDiaryEntrySchema,
} from './records';
export {
  DEFAULT_MINIMUM_DIARY_DAYS,
  type RollingMeanPoint,
  rollingSevenDayMeanPain,
  rollingSevenDayMeanSeries,
} from './rolling-mean';
export { MINIMUM_TRAJECTORY_POINTS, type PainTrajectory, painTrajectory } from './trajectory';
