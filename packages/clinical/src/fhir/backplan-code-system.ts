import type { CodeableConcept, CodeSystem, Coding } from '@medplum/fhirtypes';
import type { PainPhenotype, RedFlagAction, RedFlagCondition, StartBackRiskGroup } from '../core/vocabulary';
import { BACKPLAN_CONCEPTS, type BackplanCode, type BackplanConcept } from './backplan-concepts';
import { BACKPLAN_CODE_SYSTEM_URL } from './systems';

/** Version of the BackPlan CodeSystem; bump when concepts are added. */
export const BACKPLAN_CODE_SYSTEM_VERSION = '1.0.0';

const BY_CODE: ReadonlyMap<string, BackplanConcept> = new Map(
  BACKPLAN_CONCEPTS.map((concept) => [concept.code, concept]),
);

export function isBackplanCode(code: string): code is BackplanCode {
  return BY_CODE.has(code);
}

export function findBackplanConcept(code: string): BackplanConcept | undefined {
  return BY_CODE.get(code);
}

export function backplanCoding(code: BackplanCode): Coding {
  const concept = BY_CODE.get(code);
  // BackplanCode is derived from BACKPLAN_CONCEPTS, so every code is in the map.
  return { system: BACKPLAN_CODE_SYSTEM_URL, code, display: concept?.display ?? code };
}

/** A CodeableConcept with one BackPlan coding and its display as text. */
export function backplanConcept(code: BackplanCode, text?: string): CodeableConcept {
  const coding = backplanCoding(code);
  return { coding: [coding], text: text ?? coding.display };
}

export const PHENOTYPE_CODES: Readonly<Record<PainPhenotype, BackplanCode>> = {
  mechanical: 'phenotype-mechanical',
  radicular: 'phenotype-radicular',
  inflammatory: 'phenotype-inflammatory',
  mixed: 'phenotype-mixed',
};

export const RED_FLAG_CODES: Readonly<Record<RedFlagCondition, BackplanCode>> = {
  'cauda-equina': 'red-flag-cauda-equina',
  'progressive-neurological-deficit': 'red-flag-progressive-neurological-deficit',
  malignancy: 'red-flag-malignancy',
  infection: 'red-flag-infection',
  fracture: 'red-flag-fracture',
  'aortic-aneurysm': 'red-flag-aortic-aneurysm',
  'axial-spondyloarthritis': 'red-flag-axial-spondyloarthritis',
};

export const RED_FLAG_ACTION_CODES: Readonly<Record<RedFlagAction, BackplanCode>> = {
  emergency: 'red-flag-action-emergency',
  urgent: 'red-flag-action-urgent',
  'rheumatology-referral': 'red-flag-action-rheumatology-referral',
};

export const STARTBACK_RISK_CODES: Readonly<Record<StartBackRiskGroup, BackplanCode>> = {
  low: 'startback-risk-low',
  medium: 'startback-risk-medium',
  high: 'startback-risk-high',
};

/**
 * The BackPlan CodeSystem as a FHIR R4 resource, so a receiving system can load the meaning of
 * every local code BackPlan emits. Concepts come from `BACKPLAN_CONCEPTS`.
 */
export function backplanCodeSystem(): CodeSystem {
  return {
    resourceType: 'CodeSystem',
    id: 'backplan',
    url: BACKPLAN_CODE_SYSTEM_URL,
    version: BACKPLAN_CODE_SYSTEM_VERSION,
    name: 'BackPlan',
    title: 'BackPlan local codes',
    status: 'active',
    experimental: false,
    publisher: 'BackPlan',
    description:
      'Concepts BackPlan records that LOINC does not code: daily check-in values, exercise sessions, scores without a verified LOINC code, STarT Back risk groups, low back pain by duration and phenotype, red flags and stepped-care components.',
    caseSensitive: true,
    content: 'complete',
    count: BACKPLAN_CONCEPTS.length,
    concept: BACKPLAN_CONCEPTS.map((concept) => ({
      code: concept.code,
      display: concept.display,
      definition: concept.definition,
    })),
  };
}
