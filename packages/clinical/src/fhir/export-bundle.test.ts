import type {
  CarePlan,
  Condition,
  Flag,
  MedicationStatement,
  Patient,
  RiskAssessment,
} from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKPLAN_CONCEPTS } from './backplan-concepts';
import { codings, observationWithCode, ofType, references, resources } from './bundle-helpers.test-support';
import { demoRecord, demoUuid, GENERATED_AT } from './demo-record.test-support';
import { exportPatientBundle } from './export-bundle';
import { findLoincCode } from './loinc-codes';
import { bundleSchemaErrors, compileR4Schema } from './r4-schema.test-support';
import { BACKPLAN_CODE_SYSTEM_URL, LOINC_SYSTEM_URL } from './systems';

beforeAll(compileR4Schema, 60_000);

const OPTIONS = { generatedAt: GENERATED_AT } as const;

describe('exportPatientBundle: the full demo patient', () => {
  const bundle = exportPatientBundle(demoRecord(), OPTIONS);

  it('is schema-valid, entry by entry, against the official R4 JSON Schema', () => {
    expect(bundleSchemaErrors(bundle)).toEqual([]);
  });

  it('emits every resource type of the mapping', () => {
    const types = new Set(resources(bundle).map((resource) => resource.resourceType));
    expect([...types].sort()).toEqual(
      [
        'CarePlan',
        'Condition',
        'Flag',
        'Goal',
        'MedicationStatement',
        'Observation',
        'Patient',
        'Provenance',
        'Questionnaire',
        'QuestionnaireResponse',
        'RiskAssessment',
      ].sort(),
    );
  });

  it('is a searchset: patient resources match, Questionnaires are included, total counts the matches', () => {
    expect(bundle.type).toBe('searchset');
    expect(bundle.timestamp).toBe(GENERATED_AT);
    const modes = (bundle.entry ?? []).map((entry) => [entry.resource?.resourceType, entry.search?.mode]);
    expect(modes[0]).toEqual(['Patient', 'match']);
    for (const [type, mode] of modes) expect(mode).toBe(type === 'Questionnaire' ? 'include' : 'match');
    expect(bundle.total).toBe(modes.filter(([, mode]) => mode === 'match').length);
    expect(bundle.entry?.[0]?.fullUrl).toBe(`https://backplan.org/fhir/R4/Patient/${demoUuid(1)}`);
  });

  it('gives unique ids within each type and resolves every reference inside the Bundle', () => {
    const keys = resources(bundle).map((resource) => `${resource.resourceType}/${resource.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    const known = new Set(keys);
    for (const target of references(resources(bundle))) expect(known.has(target), target).toBe(true);
  });

  it('uses only LOINC codes from the table and BackPlan codes from the CodeSystem', () => {
    const local = new Set<string>(BACKPLAN_CONCEPTS.map((concept) => concept.code));
    for (const coding of codings(resources(bundle))) {
      if (coding.system === LOINC_SYSTEM_URL)
        expect(findLoincCode(coding.code ?? ''), coding.code).toBeDefined();
      if (coding.system === BACKPLAN_CODE_SYSTEM_URL)
        expect(local.has(coding.code ?? ''), coding.code).toBe(true);
    }
  });

  it('codes the scores: PEG 91147-9, PHQ-9 44261-6, PHQ-2 55758-7, GAD-7 70274-6, local codes for the rest', () => {
    expect(observationWithCode(bundle, '91147-9').map((o) => o.valueQuantity?.value)).toEqual([6.7, 3.7]);
    expect(observationWithCode(bundle, '44261-6').map((o) => o.valueQuantity?.value)).toEqual([12]);
    expect(observationWithCode(bundle, '55758-7').map((o) => o.valueQuantity?.value)).toEqual([3]);
    expect(observationWithCode(bundle, '70274-6').map((o) => o.valueQuantity?.value)).toEqual([8, 5]);
    expect(observationWithCode(bundle, 'gad2-total').map((o) => o.valueQuantity?.value)).toEqual([2]);
    expect(observationWithCode(bundle, 'rmdq-total').map((o) => o.valueQuantity?.value)).toEqual([6]);
    const [overall] = observationWithCode(bundle, '91351-7');
    expect(overall?.code.coding?.map((coding) => coding.code)).toEqual(['91351-7', 'startback-overall']);
    expect(observationWithCode(bundle, 'startback-distress').map((o) => o.valueQuantity?.value)).toEqual([
      4, 2,
    ]);
  });

  it('separates diary pain from the NRS questionnaire score by category', () => {
    const pain = observationWithCode(bundle, '72514-3');
    const diary = pain.filter((o) => o.category?.some((c) => c.coding?.[0]?.code === 'daily-check-in'));
    const scores = pain.filter((o) => o.category?.some((c) => c.coding?.[0]?.code === 'instrument-score'));
    expect(diary.map((o) => [o.effectiveDateTime, o.valueQuantity?.value])).toEqual([
      ['2025-01-20', 6],
      ['2025-01-21', 8],
      ['2025-01-22', 5],
    ]);
    expect(diary[0]?.note?.[0]?.text).toBe('Walked to the shop.');
    expect(scores).toHaveLength(1);
    expect(scores[0]?.derivedFrom?.[0]?.reference).toMatch(/^QuestionnaireResponse\//);
  });

  it('exports a total recorded without answers as an Observation with no QuestionnaireResponse', () => {
    const odi = observationWithCode(bundle, 'odi-percent');
    expect(
      odi.map((o) => [o.effectiveDateTime, o.valueQuantity?.value, o.derivedFrom === undefined]),
    ).toEqual([
      ['2025-01-06', 40, false],
      ['2025-02-17', 24, true],
    ]);
    expect(odi[1]?.interpretation?.[0]?.text).toBe('Total recorded without item answers.');
  });

  it('assesses STarT Back risk with the Keele groups', () => {
    const risks = ofType(bundle, 'RiskAssessment');
    const group = (risk: RiskAssessment | undefined) =>
      risk?.prediction?.[0]?.qualitativeRisk?.coding?.map((coding) => coding.code);
    expect(risks.map((risk) => risk.occurrenceDateTime)).toEqual(['2025-01-06', '2025-02-17']);
    expect(group(risks[0])).toEqual(['high', 'startback-risk-high']);
    expect(group(risks[1])).toEqual(['moderate', 'startback-risk-medium']);
    expect(risks[0]?.basis?.[0]?.reference).toMatch(/^QuestionnaireResponse\//);
  });

  it('keeps ODI double marks and omits STarT Back wording unless the deployment opts in', () => {
    const responses = ofType(bundle, 'QuestionnaireResponse');
    const odi = responses.find((r) => r.questionnaire?.includes('/odi|'));
    expect(odi?.item?.find((item) => item.linkId === 'lifting')?.answer).toEqual([
      { valueInteger: 2 },
      { valueInteger: 4 },
    ]);
    const startBack = responses.find((r) => r.questionnaire?.includes('/startback|'));
    expect(startBack?.item?.[0]?.text).toBe('Referred leg pain');
    const questionnaire = ofType(bundle, 'Questionnaire').find((q) => q.id === 'backplan-startback');
    expect(questionnaire?.item?.some((item) => item.linkId === 'instructions')).toBe(false);

    const licensed = exportPatientBundle(demoRecord(), { ...OPTIONS, includeStartBackItemText: true });
    const licensedResponse = ofType(licensed, 'QuestionnaireResponse').find((r) =>
      r.questionnaire?.includes('/startback|'),
    );
    expect(licensedResponse?.item?.[0]?.text).not.toBe('Referred leg pain');
    expect(bundleSchemaErrors(licensed)).toEqual([]);
  });

  it('maps the assessments to Conditions and Flags', () => {
    const [lowBackPain, phenotype] = ofType(bundle, 'Condition') as [Condition, Condition];
    expect(lowBackPain.code?.coding?.[0]?.code).toBe('chronic-low-back-pain');
    expect(lowBackPain.code?.coding?.some((coding) => coding.system === 'http://snomed.info/sct')).toBe(
      false,
    );
    expect(lowBackPain.recordedDate).toBe('2025-01-06');
    expect(phenotype.code?.coding?.[0]?.code).toBe('phenotype-mechanical');
    expect(phenotype.verificationStatus?.coding?.[0]?.code).toBe('provisional');
    const flags: Flag[] = ofType(bundle, 'Flag');
    expect(flags.map((flag) => [flag.code.coding?.[0]?.code, flag.status, flag.period?.end])).toEqual([
      ['red-flag-fracture', 'inactive', '2025-01-07T09:30:00Z'],
      ['self-harm-safety-flag', 'inactive', '2025-02-17'],
      ['red-flag-axial-spondyloarthritis', 'active', undefined],
    ]);
    expect(flags[2]?.category?.[1]?.coding?.[0]?.code).toBe('red-flag-action-rheumatology-referral');
  });

  it('versions care plans and links goals', () => {
    const [first, second] = ofType(bundle, 'CarePlan') as [CarePlan, CarePlan];
    expect([first.status, first.period?.end, second.status]).toEqual(['revoked', '2025-02-18', 'active']);
    expect(second.replaces?.[0]?.reference).toBe(`CarePlan/${first.id}`);
    expect(second.category?.[0]?.coding?.[0]?.code).toBe('care-step-2');
    expect(second.goal?.map((goal) => goal.reference)).toEqual([`Goal/${demoUuid(70)}`]);
    const details = second.activity?.map((activity) => activity.detail);
    expect(details?.map((detail) => detail?.code?.coding?.[0]?.code ?? detail?.code?.text)).toEqual([
      'care-component-education',
      'care-component-home-exercise',
      'care-component-psychologically-informed-physiotherapy',
      'a-future-component',
      'not-in-catalogue',
    ]);
    const exercise = first.activity?.[2]?.detail;
    expect(exercise?.description).toBe('2 × 10, hold 5 s');
    expect(exercise?.scheduledTiming?.repeat).toEqual({ frequency: 5, period: 1, periodUnit: 'wk' });
    const goals = ofType(bundle, 'Goal');
    expect(goals.map((goal) => [goal.lifecycleStatus, goal.target?.[0]?.detailQuantity?.code])).toEqual([
      ['active', 'min'],
      ['completed', '{times}'],
    ]);
  });

  it('states medications with structured dose and timing where the frequency is known', () => {
    const [naproxen, fentanyl, paracetamol, unusual] = ofType(bundle, 'MedicationStatement') as [
      MedicationStatement,
      MedicationStatement,
      MedicationStatement,
      MedicationStatement,
    ];
    expect(naproxen.dosage?.[0]?.timing?.repeat).toEqual({ frequency: 2, period: 1, periodUnit: 'd' });
    expect(naproxen.informationSource?.reference).toBe(`Patient/${demoUuid(1)}`);
    expect(fentanyl.status).toBe('completed');
    expect(fentanyl.dosage?.[0]?.doseAndRate?.[0]?.rateQuantity?.code).toBe('ug/h');
    expect(paracetamol.dosage?.[0]?.asNeededBoolean).toBe(true);
    expect(paracetamol.dosage?.[0]?.maxDosePerPeriod?.numerator?.value).toBe(4);
    expect(unusual.dosage?.[0]?.timing).toBeUndefined();
    expect(unusual.dosage?.[0]?.doseAndRate?.[0]?.doseQuantity).toEqual({ value: 2, unit: 'puffs' });
  });

  it('records provenance by origin without naming users', () => {
    const provenance = ofType(bundle, 'Provenance');
    expect(provenance.map((p) => p.agent[0]?.type?.coding?.[0]?.code)).toEqual([
      'author',
      'author',
      'informant',
      'assembler',
    ]);
    const imported = provenance[2]?.target.map((target) => target.reference) ?? [];
    expect(imported.length).toBe(2);
    expect(provenance.every((p) => p.recorded === GENERATED_AT)).toBe(true);
  });

  it('keeps the Patient pseudonymous unless a name was given', () => {
    const [patient] = ofType(bundle, 'Patient') as [Patient];
    expect(patient.name).toBeUndefined();
    expect(patient.meta?.security?.[0]?.code).toBe('PSEUDED');
    const named = demoRecord();
    const withName = exportPatientBundle(
      { ...named, patient: { ...named.patient, displayName: 'Sam Example', birthYear: 1970 } },
      OPTIONS,
    );
    const [shown] = ofType(withName, 'Patient') as [Patient];
    expect(shown).toMatchObject({ name: [{ text: 'Sam Example' }], birthDate: '1970' });
    expect(shown.meta).toBeUndefined();
  });
});
