import type { Dosage, MedicationStatement, Patient, Quantity, Reference, Timing } from '@medplum/fhirtypes';
import type { MedicationFrequency } from '../medications/medication-list';
import type { MedicationExport } from './record';
import { resourceId } from './references';
import { UCUM_SYSTEM_URL } from './systems';

/**
 * Medications as the patient or clinician recorded them. The drug is text (BackPlan keeps
 * generic names, not RxNorm codes); dose and timing are structured where the frequency is one
 * of the medication list's values (medications/medication-list.ts).
 */

const UCUM_DOSE_UNITS: Readonly<Record<string, string>> = { mg: 'mg', mcg: 'ug', g: 'g', 'mcg/h': 'ug/h' };

type Repeat = NonNullable<Timing['repeat']>;

const TIMINGS: Readonly<Record<Exclude<MedicationFrequency, 'as-needed'>, Repeat>> = {
  daily: { frequency: 1, period: 1, periodUnit: 'd' },
  BID: { frequency: 2, period: 1, periodUnit: 'd' },
  TID: { frequency: 3, period: 1, periodUnit: 'd' },
  QID: { frequency: 4, period: 1, periodUnit: 'd' },
  q4h: { frequency: 1, period: 4, periodUnit: 'h' },
  q6h: { frequency: 1, period: 6, periodUnit: 'h' },
  q8h: { frequency: 1, period: 8, periodUnit: 'h' },
  q12h: { frequency: 1, period: 12, periodUnit: 'h' },
  'every-72h': { frequency: 1, period: 72, periodUnit: 'h' },
  weekly: { frequency: 1, period: 1, periodUnit: 'wk' },
};

function isTimedFrequency(frequency: string): frequency is keyof typeof TIMINGS {
  return Object.hasOwn(TIMINGS, frequency);
}

function doseQuantity(medication: MedicationExport): Quantity {
  const ucum = UCUM_DOSE_UNITS[medication.unit];
  return ucum === undefined
    ? { value: medication.dose, unit: medication.unit }
    : { value: medication.dose, unit: medication.unit, system: UCUM_SYSTEM_URL, code: ucum };
}

function dosage(medication: MedicationExport): Dosage {
  const quantity = doseQuantity(medication);
  // A patch's dose is its delivery rate (mcg/h), so it is a rate, not an amount per dose.
  const doseAndRate = [medication.unit === 'mcg/h' ? { rateQuantity: quantity } : { doseQuantity: quantity }];
  const text = `${medication.dose} ${medication.unit} ${medication.frequency} (${medication.route})`;
  const route = { text: medication.route };
  if (medication.frequency === 'as-needed') {
    const max = medication.prnMaxDosesPerDay ?? undefined;
    return {
      text,
      asNeededBoolean: true,
      route,
      doseAndRate,
      ...(max === undefined
        ? {}
        : {
            maxDosePerPeriod: {
              numerator: { value: max, unit: 'doses' },
              denominator: { value: 1, unit: 'd', system: UCUM_SYSTEM_URL, code: 'd' },
            },
          }),
    };
  }
  return {
    text,
    route,
    doseAndRate,
    ...(isTimedFrequency(medication.frequency) ? { timing: { repeat: TIMINGS[medication.frequency] } } : {}),
  };
}

export function medicationToFhir(
  medication: MedicationExport,
  subject: Reference<Patient>,
): MedicationStatement {
  const stopped = medication.stoppedOn ?? null;
  return {
    resourceType: 'MedicationStatement',
    id: resourceId(medication.id),
    status: stopped === null ? 'active' : 'completed',
    medicationCodeableConcept: { text: medication.drug },
    subject,
    effectivePeriod: { start: medication.startedOn, ...(stopped === null ? {} : { end: stopped }) },
    ...(medication.recordedBy === 'patient' ? { informationSource: subject } : {}),
    dosage: [dosage(medication)],
  };
}
