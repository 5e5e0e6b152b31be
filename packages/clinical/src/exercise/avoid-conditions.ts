import type { Citation } from '../core/sources';
import type { AvoidCondition } from './types';

/**
 * What each avoid-condition tag means and where it comes from. The generator filters out
 * every exercise tagged with a condition the patient has; this table documents the tags so
 * clinicians can pick the right ones and tests can reject unknown tags.
 */
export interface AvoidConditionDefinition {
  readonly label: string;
  /** What exercises carrying this tag have in common. */
  readonly excludes: string;
  /** Where the patient's condition comes from. */
  readonly origin: 'assessment' | 'clinician-or-patient';
  /**
   * `cited`: the link is recorded in clinical.md. `precaution`: a conservative clinical
   * precaution not recorded in clinical.md; a clinician decides whether it applies.
   */
  readonly basis: 'cited' | 'precaution';
  readonly citations: readonly Citation[];
}

export const AVOID_CONDITIONS: Readonly<Record<AvoidCondition, AvoidConditionDefinition>> = {
  'suspected-fracture': {
    label: 'Suspected vertebral fracture',
    excludes: 'Loaded bending forward and twisting.',
    origin: 'assessment',
    basis: 'cited',
    citations: [{ source: 'DOWNIE_2013_RED_FLAGS', section: 'fracture red flags' }],
  },
  osteoporosis: {
    label: 'Osteoporosis',
    excludes: 'Loaded bending forward, twisting and side planks.',
    origin: 'clinician-or-patient',
    basis: 'precaution',
    citations: [{ source: 'DOWNIE_2013_RED_FLAGS', section: 'fracture risk (older age, corticosteroids)' }],
  },
  'recent-spinal-surgery': {
    label: 'Spinal surgery in the past year',
    excludes: 'End-range spinal movements and side planks until the surgical team agrees.',
    origin: 'clinician-or-patient',
    basis: 'precaution',
    citations: [{ source: 'AHCPR_1994_RED_FLAGS', section: 'recent spinal surgery (infection risk)' }],
  },
  'flexion-intolerant': {
    label: 'Bending forward makes symptoms worse',
    excludes: 'Repeated or sustained bending forward.',
    origin: 'assessment',
    basis: 'cited',
    citations: [
      { source: 'LONG_2004_DIRECTIONAL_PREFERENCE', section: 'opposite-direction exercise did worse' },
    ],
  },
  'extension-intolerant': {
    label: 'Bending backward makes symptoms worse',
    excludes: 'Repeated or sustained bending backward.',
    origin: 'assessment',
    basis: 'cited',
    citations: [
      { source: 'LONG_2004_DIRECTIONAL_PREFERENCE', section: 'opposite-direction exercise did worse' },
    ],
  },
  'pregnancy-later-stages': {
    label: 'Pregnancy, later stages',
    excludes: 'Lying flat on the back or on the front.',
    origin: 'clinician-or-patient',
    basis: 'precaution',
    citations: [],
  },
  'cannot-kneel': {
    label: 'Cannot kneel',
    excludes: 'Hands-and-knees and kneeling positions.',
    origin: 'clinician-or-patient',
    basis: 'precaution',
    citations: [],
  },
  'poor-balance': {
    label: 'Poor balance',
    excludes: 'Split stance and step-ups without support.',
    origin: 'clinician-or-patient',
    basis: 'precaution',
    citations: [],
  },
  'irritable-nerve-symptoms': {
    label: 'Irritable leg symptoms',
    excludes: 'Nerve tensioners and hamstring stretches, which pull on the sciatic nerve.',
    origin: 'clinician-or-patient',
    basis: 'precaution',
    citations: [{ source: 'LONG_2004_DIRECTIONAL_PREFERENCE', section: 'stop if symptoms spread' }],
  },
};
