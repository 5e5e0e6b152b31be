import type { Bundle, Coding, Observation, QuestionnaireResponseItem, Resource } from '@medplum/fhirtypes';

/**
 * A Bundle as one long CSV table for spreadsheets: one row per recorded value (each Observation
 * and component, each questionnaire answer, each condition, flag, risk, plan, goal and medicine).
 * Columns: resource_type, id, date, code_system, code, display, value, unit, status.
 */

export const CSV_COLUMNS = [
  'resource_type',
  'id',
  'date',
  'code_system',
  'code',
  'display',
  'value',
  'unit',
  'status',
] as const;
type CsvRow = Readonly<Record<(typeof CSV_COLUMNS)[number], string | number | boolean | undefined>>;

/**
 * RFC 4180 quoting, and a leading apostrophe for text a spreadsheet would run as a formula
 * (OWASP CSV injection guidance); numbers are written as they are.
 */
function cell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function codeColumns(coding: Coding | undefined, text?: string) {
  return { code_system: coding?.system, code: coding?.code, display: coding?.display ?? text };
}

function observationRows(observation: Observation): CsvRow[] {
  const base = {
    resource_type: 'Observation',
    id: observation.id,
    date: observation.effectiveDateTime ?? observation.effectivePeriod?.start,
    status: observation.status,
  };
  const recordedValue = (
    part: Pick<Observation, 'valueQuantity' | 'valueBoolean' | 'valueString' | 'valueInteger'>,
  ) => part.valueQuantity?.value ?? part.valueInteger ?? part.valueBoolean ?? part.valueString;
  return [
    {
      ...base,
      ...codeColumns(observation.code.coding?.[0], observation.code.text),
      value: recordedValue(observation),
      unit: observation.valueQuantity?.unit,
    },
    ...(observation.component ?? []).map((component) => ({
      ...base,
      ...codeColumns(component.code.coding?.[0], component.code.text),
      value: recordedValue(component),
      unit: component.valueQuantity?.unit,
    })),
  ];
}

function answerRows(
  items: readonly QuestionnaireResponseItem[] | undefined,
  base: Omit<CsvRow, 'code' | 'display' | 'value'>,
): CsvRow[] {
  return (items ?? []).flatMap((item) => [
    ...(item.answer ?? []).map((answer) => ({
      ...base,
      code: item.linkId,
      display: item.text,
      value:
        answer.valueCoding?.code ??
        answer.valueInteger ??
        answer.valueDecimal ??
        answer.valueBoolean ??
        answer.valueString,
    })),
    ...answerRows(item.item, base),
  ]);
}

function resourceRows(resource: Resource): CsvRow[] {
  switch (resource.resourceType) {
    case 'Observation':
      return observationRows(resource);
    case 'QuestionnaireResponse':
      return answerRows(resource.item, {
        resource_type: resource.resourceType,
        id: resource.id,
        date: resource.authored,
        code_system: resource.questionnaire,
        unit: undefined,
        status: resource.status,
      });
    case 'Condition':
      return [
        {
          resource_type: resource.resourceType,
          id: resource.id,
          date: resource.recordedDate,
          ...codeColumns(resource.code?.coding?.[0], resource.code?.text),
          value: resource.verificationStatus?.coding?.[0]?.code,
          unit: undefined,
          status: resource.clinicalStatus?.coding?.[0]?.code,
        },
      ];
    case 'Flag':
      return [
        {
          resource_type: resource.resourceType,
          id: resource.id,
          date: resource.period?.start,
          ...codeColumns(resource.code.coding?.[0], resource.code.text),
          value: resource.period?.end,
          unit: undefined,
          status: resource.status,
        },
      ];
    case 'RiskAssessment': {
      const risk = resource.prediction?.[0]?.qualitativeRisk;
      return [
        {
          resource_type: resource.resourceType,
          id: resource.id,
          date: resource.occurrenceDateTime,
          ...codeColumns(resource.code?.coding?.[0], resource.code?.text),
          value: risk?.text ?? risk?.coding?.[0]?.code,
          unit: undefined,
          status: resource.status,
        },
      ];
    }
    case 'CarePlan':
      return [
        {
          resource_type: resource.resourceType,
          id: resource.id,
          date: resource.period?.start,
          ...codeColumns(resource.category?.[0]?.coding?.[0], resource.title),
          value: resource.description,
          unit: undefined,
          status: resource.status,
        },
      ];
    case 'Goal': {
      const target = resource.target?.[0];
      return [
        {
          resource_type: resource.resourceType,
          id: resource.id,
          date: resource.startDate,
          code_system: undefined,
          code: undefined,
          display: resource.description.text,
          value: target?.detailQuantity?.value,
          unit: target?.measure?.text,
          status: resource.lifecycleStatus,
        },
      ];
    }
    case 'MedicationStatement':
      return [
        {
          resource_type: resource.resourceType,
          id: resource.id,
          date: resource.effectivePeriod?.start,
          code_system: undefined,
          code: undefined,
          display: resource.medicationCodeableConcept?.text,
          value: resource.dosage?.[0]?.text,
          unit: undefined,
          status: resource.status,
        },
      ];
    default:
      return [];
  }
}

export function bundleToCsv(bundle: Bundle): string {
  const rows = (bundle.entry ?? []).flatMap((entry) =>
    entry.resource === undefined ? [] : resourceRows(entry.resource),
  );
  const lines = [
    CSV_COLUMNS.join(','),
    ...rows.map((row) => CSV_COLUMNS.map((column) => cell(row[column])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
