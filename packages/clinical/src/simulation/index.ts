// Public surface of the simulation module: parameters with their sources, the seeded cohort,
// the day-by-day simulator that drives the real engine, policies, responder analytics and the
// policy comparison. Pure and seeded: the same inputs always give the same outputs.
export {
  type Interval,
  MINIMUM_CELL_SIZE,
  meanInterval,
  RESPONDER_WEEK,
  type ResponderCell,
  type ResponderRecord,
  responderAtWeek,
  responderTable,
  treatmentKeys,
  wilsonInterval,
} from './analytics';
export {
  type CohortOptions,
  generateCohort,
  generatePatient,
  type PatientTraits,
  type SyntheticPatient,
} from './cohort';
export type {
  PatientHistory,
  PatientOutcome,
  SimulatedCarePlanVersion,
  SimulatedCheckIn,
  SimulatedDecision,
  SimulatedFlare,
  SimulatedInstrumentResponse,
  SimulatedMedication,
  SimulatedSession,
} from './history';
export { responderShare, timeCourse } from './model';
export type {
  ArticleParameter,
  AssumptionParameter,
  EvidenceParameter,
  SimulationParameter,
  SimulationParameters,
} from './parameter-types';
export {
  ARTICLE_PARAMETERS,
  DEFAULT_PARAMETERS,
  listParameters,
  SCENARIOS,
  type ScenarioName,
} from './parameters';
export { isPolicyName, POLICIES, POLICY_NAMES, type PolicyName, type SimulationPolicy } from './policies';
export {
  type ComparisonOptions,
  comparePolicies,
  DEFAULT_COMPARISON_DAYS,
  type PolicySummary,
  type Proportion,
  responderRecords,
  summarisePolicy,
} from './policy-comparison';
export { policyCsv, policySvg, policyTable, SIMULATION_LABEL } from './policy-report';
export { createRandom, type Random } from './random';
export { type SimulateOptions, simulatePatient } from './simulate';
