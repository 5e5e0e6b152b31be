import type { Intake } from '@backplan/clinical/assessment/intake-schema';
import { GAD_7 } from '@backplan/clinical/instruments/gad';
import { PAIN_NRS } from '@backplan/clinical/instruments/pain-nrs';
import { PEG_3 } from '@backplan/clinical/instruments/peg';
import { PHQ_9, TWO_ITEM_SCREEN_POSITIVE_AT } from '@backplan/clinical/instruments/phq';
import { STARTBACK } from '@backplan/clinical/instruments/startback';
import type { InstrumentDefinition } from '@backplan/clinical/instruments/types';
import {
  DURATION_WEEKS,
  type DurationChoice,
  EMERGENCY_RED_FLAG_FIELDS,
  type FlagSection,
  INFLAMMATORY_FIELDS,
  OTHER_RED_FLAG_FIELDS,
  PSYCHOSOCIAL_FIELDS,
  RADICULAR_FIELDS,
  WORK_FIELDS,
  type WorkStatus,
} from './intake-fields';

/**
 * The intake wizard as a list of screens, one question each, rebuilt from the answers so far
 * (the full PHQ-9 and GAD-7 appear only after a positive two-item screen, clinical.md §3.3;
 * work questions only for people in or off work). Answers are a flat record by screen id, which
 * is also what the draft endpoint stores, so "resume later" is just the record and a position.
 *
 * Only instruments whose wording may ship are asked (clinical.md §3.0): NRS, PEG, STarT Back
 * (Keele's text from the clinical package's third-party file), PHQ and GAD. ODI and RMDQ are
 * totals a clinician enters from a licensed paper form.
 */

export type IntakeAnswers = Readonly<Record<string, unknown>>;

/** The instruments the patient answers, by their clinical id. */
export const WIZARD_INSTRUMENTS = {
  'pain-nrs': PAIN_NRS,
  'peg-3': PEG_3,
  startback: STARTBACK,
  'phq-9': PHQ_9,
  'gad-7': GAD_7,
} as const satisfies Record<string, InstrumentDefinition>;
export type WizardInstrumentId = keyof typeof WIZARD_INSTRUMENTS;

export type IntakeScreen =
  | { readonly kind: 'intro'; readonly id: 'intro' }
  | { readonly kind: 'age'; readonly id: 'age' }
  | { readonly kind: 'sex'; readonly id: 'sex' }
  | { readonly kind: 'duration'; readonly id: 'duration' }
  | { readonly kind: 'work-status'; readonly id: 'workStatus' }
  | {
      readonly kind: 'instrument';
      readonly id: string;
      readonly instrumentId: WizardInstrumentId;
      readonly itemId: string;
    }
  | {
      readonly kind: 'flag';
      readonly id: string;
      readonly section: FlagSection;
      readonly field: string;
      /** A yes here stops the wizard on the emergency screen (cauda equina, clinical.md §4.1). */
      readonly emergency: boolean;
    }
  | { readonly kind: 'review'; readonly id: 'review' };

export const instrumentAnswerId = (instrumentId: WizardInstrumentId, itemId: string) =>
  `instrument:${instrumentId}:${itemId}`;
export const flagAnswerId = (section: FlagSection, field: string) => `flag:${section}:${field}`;

function instrumentScreens(instrumentId: WizardInstrumentId, itemIds?: readonly string[]): IntakeScreen[] {
  const items = WIZARD_INSTRUMENTS[instrumentId].items.filter(
    (item) => !itemIds || itemIds.includes(item.id),
  );
  return items.map((item) => ({
    kind: 'instrument',
    id: instrumentAnswerId(instrumentId, item.id),
    instrumentId,
    itemId: item.id,
  }));
}

function flagScreens(section: FlagSection, fields: readonly string[], emergency = false): IntakeScreen[] {
  return fields.map((field) => ({
    kind: 'flag',
    id: flagAnswerId(section, field),
    section,
    field,
    emergency,
  }));
}

/** Sum of the first two items: the PHQ-2 or GAD-2 total (null until both are answered). */
export function twoItemTotal(answers: IntakeAnswers, instrumentId: 'phq-9' | 'gad-7'): number | null {
  const [first, second] = WIZARD_INSTRUMENTS[instrumentId].items;
  if (!first || !second) return null;
  const a = answers[instrumentAnswerId(instrumentId, first.id)];
  const b = answers[instrumentAnswerId(instrumentId, second.id)];
  return typeof a === 'number' && typeof b === 'number' ? a + b : null;
}

const isPositive = (answers: IntakeAnswers, id: 'phq-9' | 'gad-7') =>
  (twoItemTotal(answers, id) ?? 0) >= TWO_ITEM_SCREEN_POSITIVE_AT;

const firstTwo = (id: 'phq-9' | 'gad-7') => WIZARD_INSTRUMENTS[id].items.slice(0, 2).map((item) => item.id);
const afterTwo = (id: 'phq-9' | 'gad-7') => WIZARD_INSTRUMENTS[id].items.slice(2).map((item) => item.id);

export function intakeScreens(answers: IntakeAnswers): IntakeScreen[] {
  const workStatus = answers.workStatus as WorkStatus | undefined;
  const asksWork = workStatus === 'working' || workStatus === 'off-work-because-of-back-pain';
  return [
    { kind: 'intro', id: 'intro' },
    // Emergency questions first, so nobody with cauda equina symptoms fills in ten minutes of forms.
    ...flagScreens('redFlagSymptoms', EMERGENCY_RED_FLAG_FIELDS, true),
    { kind: 'age', id: 'age' },
    { kind: 'sex', id: 'sex' },
    { kind: 'duration', id: 'duration' },
    ...instrumentScreens('pain-nrs'),
    ...instrumentScreens('peg-3'),
    ...flagScreens('redFlagSymptoms', OTHER_RED_FLAG_FIELDS),
    ...flagScreens('radicularSymptoms', RADICULAR_FIELDS),
    ...flagScreens('inflammatoryFeatures', INFLAMMATORY_FIELDS),
    ...instrumentScreens('startback'),
    ...instrumentScreens('phq-9', firstTwo('phq-9')),
    ...(isPositive(answers, 'phq-9') ? instrumentScreens('phq-9', afterTwo('phq-9')) : []),
    ...instrumentScreens('gad-7', firstTwo('gad-7')),
    ...(isPositive(answers, 'gad-7') ? instrumentScreens('gad-7', afterTwo('gad-7')) : []),
    ...flagScreens('psychosocial', PSYCHOSOCIAL_FIELDS),
    { kind: 'work-status', id: 'workStatus' },
    ...(asksWork ? flagScreens('psychosocial', WORK_FIELDS) : []),
    { kind: 'review', id: 'review' },
  ];
}

/** True when this answer means stop now: an emergency red flag answered yes. */
export function isEmergencyAnswer(screen: IntakeScreen, answer: unknown): boolean {
  return screen.kind === 'flag' && screen.emergency && answer === true;
}

function itemAnswers(
  answers: IntakeAnswers,
  instrumentId: WizardInstrumentId,
  itemIds: readonly string[],
): Record<string, number | null> {
  return Object.fromEntries(
    itemIds.map((itemId) => {
      const value = answers[instrumentAnswerId(instrumentId, itemId)];
      return [itemId, typeof value === 'number' ? value : null];
    }),
  );
}

function flagSection(answers: IntakeAnswers, section: FlagSection, fields: readonly string[]) {
  return Object.fromEntries(fields.map((field) => [field, answers[flagAnswerId(section, field)] === true]));
}

/**
 * The intake body for POST /api/v1/me/intake, from the wizard's answers. Every screen in
 * `intakeScreens(answers)` has been answered by the time the review screen submits.
 */
export function buildIntake(answers: IntakeAnswers, assessedOn: string): Intake {
  const ids = (id: WizardInstrumentId) => WIZARD_INSTRUMENTS[id].items.map((item) => item.id);
  const phqFull = isPositive(answers, 'phq-9');
  const gadFull = isPositive(answers, 'gad-7');
  const workStatus = answers.workStatus as WorkStatus;
  const asksWork = workStatus === 'working' || workStatus === 'off-work-because-of-back-pain';
  return {
    assessedOn,
    ageYears: Number(answers.age),
    sex: answers.sex as Intake['sex'],
    painDurationWeeks: DURATION_WEEKS[answers.duration as DurationChoice],
    instruments: {
      'pain-nrs': itemAnswers(answers, 'pain-nrs', ids('pain-nrs')),
      'peg-3': itemAnswers(answers, 'peg-3', ids('peg-3')),
      startback: itemAnswers(answers, 'startback', ids('startback')),
      'phq-2': itemAnswers(answers, 'phq-9', firstTwo('phq-9')),
      ...(phqFull ? { 'phq-9': itemAnswers(answers, 'phq-9', ids('phq-9')) } : {}),
      'gad-2': itemAnswers(answers, 'gad-7', firstTwo('gad-7')),
      ...(gadFull ? { 'gad-7': itemAnswers(answers, 'gad-7', ids('gad-7')) } : {}),
    },
    redFlagSymptoms: flagSection(answers, 'redFlagSymptoms', [
      ...EMERGENCY_RED_FLAG_FIELDS,
      ...OTHER_RED_FLAG_FIELDS,
    ]) as Intake['redFlagSymptoms'],
    radicularSymptoms: flagSection(
      answers,
      'radicularSymptoms',
      RADICULAR_FIELDS,
    ) as Intake['radicularSymptoms'],
    inflammatoryFeatures: flagSection(
      answers,
      'inflammatoryFeatures',
      INFLAMMATORY_FIELDS,
    ) as Intake['inflammatoryFeatures'],
    psychosocial: {
      ...flagSection(answers, 'psychosocial', [...PSYCHOSOCIAL_FIELDS, ...(asksWork ? WORK_FIELDS : [])]),
      workStatus,
    },
  };
}
