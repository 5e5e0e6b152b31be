// Public surface of the instruments module: definitions as data, one pure scorer per
// instrument, the registry, licensed-text loading and FHIR R4 rendering.

export type { ScoreBand } from './bands';
export {
  InstrumentAnswerError,
  type InstrumentAnswerIssue,
  type InstrumentAnswerProblem,
  type InstrumentScoreOutcome,
} from './errors';
export { DEFAULT_QUESTIONNAIRE_BASE } from './fhir/coding';
export { type ObservationMeta, scoresToObservations } from './fhir/observations';
export { instrumentToQuestionnaire, type QuestionnaireOptions } from './fhir/questionnaire';
export {
  answersToQuestionnaireResponse,
  type QuestionnaireResponseMeta,
} from './fhir/questionnaire-response';
export {
  GAD_2,
  GAD_7,
  GAD7_SEVERITY_BANDS,
  type Gad2Result,
  type Gad7Band,
  type Gad7Result,
  scoreGad2,
  scoreGad7,
} from './gad';
export {
  type LicensedItemTextFile,
  LicensedTextError,
  type LicensedTextIssue,
  licensedItemTextFileSchema,
  mergeLicensedItemText,
} from './licensed-text';
export {
  interpretOdiPercent,
  ODI,
  ODI_BANDS,
  ODI_MINIMUM_SECTIONS_ANSWERED,
  type OdiBand,
  type OdiResult,
  scoreOdi,
} from './odi';
export { PAIN_NRS, type PainNrsBand, type PainNrsResult, scorePainNrs } from './pain-nrs';
export { PEG_3, type PegBand, type PegResult, scorePeg } from './peg';
export {
  PHQ_2,
  PHQ_9,
  PHQ9_SELF_HARM_ITEM_ID,
  PHQ9_SEVERITY_BANDS,
  type Phq2Result,
  type Phq9Band,
  type Phq9Result,
  scorePhq2,
  scorePhq9,
  TWO_ITEM_SCREEN_POSITIVE_AT,
  type TwoItemScreenBand,
} from './phq';
export {
  INSTRUMENT_IDS,
  INSTRUMENTS,
  type InstrumentRegistration,
  type InstrumentResultFor,
  isInstrumentId,
  scoreInstrument,
  tryScoreInstrument,
} from './registry';
export { interpretRmdqTotal, RMDQ, type RmdqBand, type RmdqResult, scoreRmdq } from './rmdq';
export {
  STARTBACK,
  STARTBACK_CUT_OFFS,
  STARTBACK_DISTRESS_ITEM_IDS,
  type StartBackResult,
  scoreStartBack,
  startBackRiskGroup,
} from './startback';
export type {
  AnswerFormat,
  AnswerOption,
  InstrumentAnswers,
  InstrumentAnswerValue,
  InstrumentDefinition,
  InstrumentId,
  InstrumentItem,
  InstrumentLicence,
  InstrumentScoreResult,
  LoincCode,
  ScoreDefinition,
  ScoreInterpretation,
  ScoreValue,
} from './types';
