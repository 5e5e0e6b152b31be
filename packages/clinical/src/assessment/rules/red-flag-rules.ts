import type { RedFlagAction, RedFlagCondition } from '../../core/vocabulary';
import type { AssessmentRule } from './rule';

/** A red-flag rule: the condition it suspects, the action it demands and what to tell whom. */
export interface RedFlagRule extends AssessmentRule {
  readonly condition: RedFlagCondition;
  readonly action: RedFlagAction;
  readonly clinicianAction: string;
  readonly patientAction: string;
}

const GO_TO_EMERGENCY_DEPARTMENT =
  'Go to the Emergency Department (A&E) now. Do not wait for an appointment and do not start the exercise programme.';
const CONTACT_CLINICIAN_TODAY =
  'Contact your clinician today. If you cannot reach them, go to the Emergency Department. Do not start the exercise programme until they have reviewed you.';

/** Declares a red-flag rule, keeping its literal id. */
function redFlagRule<Id extends string>(
  rule: RedFlagRule & { readonly id: Id },
): RedFlagRule & { readonly id: Id } {
  return rule;
}

/** The red-flag rules of clinical.md §4.1, keyed by rule id. */
export const RED_FLAG_RULES = {
  'red-flag.cauda-equina': redFlagRule({
    id: 'red-flag.cauda-equina',
    condition: 'cauda-equina',
    action: 'emergency',
    description:
      'Any one cauda equina feature (new bladder, bowel, saddle or sexual change; bilateral radicular leg pain; weakness in both legs; lax anal sphincter) → emergency.',
    evidence: 'verified',
    citations: [
      {
        source: 'BASS_2018_CES',
        section:
          'Any bladder or bowel disturbance, saddle or genital sensory change, or bilateral leg pain: suspect CES',
      },
      { source: 'NHS_BACK_PAIN_PATHWAY', section: 'Suspected CES: medical emergency – attend A&E' },
    ],
    clinicianAction:
      'Suspected cauda equina syndrome: send to the Emergency Department now for urgent MRI, and give cauda equina safety-netting information. Delay after bladder or bowel change increases permanent deficit.',
    patientAction: `Your answers include a warning sign of pressure on the nerves at the base of the spine. ${GO_TO_EMERGENCY_DEPARTMENT}`,
  }),
  'red-flag.progressive-neurological-deficit': redFlagRule({
    id: 'red-flag.progressive-neurological-deficit',
    condition: 'progressive-neurological-deficit',
    action: 'urgent',
    description:
      'Progressive leg weakness, foot drop, gait disturbance, upper motor neuron signs or widespread neurological signs → urgent, same day.',
    evidence: 'verified',
    citations: [
      {
        source: 'GCARE_RED_FLAGS',
        section: 'Progressive or severe neurological deficit: spinal team or MRI the same day',
      },
      { source: 'AHCPR_1994_RED_FLAGS', section: 'Red-flag table: progressive neurological deficit' },
    ],
    clinicianAction:
      'Progressive or severe neurological deficit: contact the spinal team or arrange MRI today; send to the Emergency Department if the team cannot be reached.',
    patientAction: CONTACT_CLINICIAN_TODAY,
  }),
  'red-flag.malignancy': redFlagRule({
    id: 'red-flag.malignancy',
    condition: 'malignancy',
    action: 'urgent',
    description:
      'History of cancer on its own, or at least 2 other malignancy features (unexplained weight loss, onset over 50 or under 20, night pain unrelieved by position, thoracic pain, structural deformity) → urgent MRI.',
    evidence: 'design-decision',
    citations: [
      {
        source: 'DOWNIE_2013_RED_FLAGS',
        section: 'History of cancer is the informative malignancy flag (post-test probability 33%)',
      },
      { source: 'AHCPR_1994_RED_FLAGS', section: 'Red-flag table: cancer' },
    ],
    clinicianAction:
      'Possible spinal malignancy: arrange urgent MRI and refer on the 2-week cancer pathway if it is confirmed. Review before the programme starts.',
    patientAction: CONTACT_CLINICIAN_TODAY,
  }),
  'red-flag.malignancy-with-neurology': redFlagRule({
    id: 'red-flag.malignancy-with-neurology',
    condition: 'malignancy',
    action: 'emergency',
    description:
      'The malignancy rule fires and any neurological symptom or sign is present → emergency (suspected metastatic spinal cord compression).',
    evidence: 'verified',
    citations: [
      {
        source: 'NHS_BACK_PAIN_PATHWAY',
        section: 'Malignancy with neurological symptoms or signs: treat as an emergency (MSCC)',
      },
      { source: 'GCARE_RED_FLAGS', section: 'Metastatic spinal cord compression' },
    ],
    clinicianAction:
      'Possible metastatic spinal cord compression (malignancy features with neurological symptoms or signs): treat as an emergency on the MSCC pathway with same-day MRI.',
    patientAction: `Your answers include warning signs that need a same-day scan. ${GO_TO_EMERGENCY_DEPARTMENT}`,
  }),
  'red-flag.infection': redFlagRule({
    id: 'red-flag.infection',
    condition: 'infection',
    action: 'urgent',
    description:
      'Fever or chills, feeling systemically unwell or raised inflammatory markers; or at least 2 infection risk factors (IV drug use, immunosuppression, recent bacterial infection or penetrating wound, spinal surgery in the past year) → urgent, same day.',
    evidence: 'design-decision',
    citations: [
      { source: 'GCARE_RED_FLAGS', section: 'Spinal infection: spinal team the same day; ED if unavailable' },
      { source: 'AHCPR_1994_RED_FLAGS', section: 'Red-flag table: infection' },
    ],
    clinicianAction:
      'Possible spinal infection (discitis, epidural abscess or osteomyelitis): contact the spinal team today; Emergency Department if they are unavailable.',
    patientAction: CONTACT_CLINICIAN_TODAY,
  }),
  'red-flag.fracture-major-trauma': redFlagRule({
    id: 'red-flag.fracture-major-trauma',
    condition: 'fracture',
    action: 'emergency',
    description: 'Major trauma at any age → Emergency Department.',
    evidence: 'verified',
    citations: [
      { source: 'AHCPR_1994_RED_FLAGS', section: 'Red-flag table: fracture after major trauma' },
      { source: 'DOWNIE_2013_RED_FLAGS', section: 'Severe trauma (post-test probability 11%)' },
    ],
    clinicianAction:
      'Back pain after major trauma: send to the Emergency Department for assessment and imaging.',
    patientAction: GO_TO_EMERGENCY_DEPARTMENT,
  }),
  'red-flag.fracture': redFlagRule({
    id: 'red-flag.fracture',
    condition: 'fracture',
    action: 'urgent',
    description:
      'Prolonged corticosteroid use, contusion or abrasion, or minor trauma or strenuous lifting with age over 70 or osteoporosis → urgent review and imaging.',
    evidence: 'unverified-configurable',
    citations: [
      {
        source: 'DOWNIE_2013_RED_FLAGS',
        section:
          'Informative fracture flags: older age, prolonged corticosteroids, severe trauma, contusion or abrasion',
      },
      {
        source: 'AHCPR_1994_RED_FLAGS',
        section: 'Red-flag table: minor trauma or strenuous lifting in older or osteoporotic patients',
      },
    ],
    clinicianAction:
      'Possible vertebral fracture: arrange X-ray or MRI. For a suspected osteoporotic fracture, start bone-health work-up and pain control; seek orthopaedic advice if pain is uncontrolled.',
    patientAction: CONTACT_CLINICIAN_TODAY,
  }),
  'red-flag.aortic-aneurysm-pulsatile-mass': redFlagRule({
    id: 'red-flag.aortic-aneurysm-pulsatile-mass',
    condition: 'aortic-aneurysm',
    action: 'emergency',
    description:
      'A pulsatile abdominal mass in someone with back pain is treated as a symptomatic aortic aneurysm → emergency.',
    evidence: 'unverified-configurable',
    citations: [
      { source: 'PHYSIO_AAA_RED_FLAGS', section: 'Pulsatile mass; emergency if symptomatic (pathway [K])' },
    ],
    clinicianAction:
      'Possible symptomatic abdominal aortic aneurysm (pulsatile abdominal mass with back pain): send to the Emergency Department now.',
    patientAction: GO_TO_EMERGENCY_DEPARTMENT,
  }),
  'red-flag.aortic-aneurysm': redFlagRule({
    id: 'red-flag.aortic-aneurysm',
    condition: 'aortic-aneurysm',
    action: 'urgent',
    description:
      'Age over 60 with atherosclerotic disease and pain at rest or at night → same-day review including abdominal examination.',
    evidence: 'unverified-configurable',
    citations: [
      {
        source: 'PHYSIO_AAA_RED_FLAGS',
        section: 'Age over 60, atherosclerotic disease, pain at rest or at night',
      },
    ],
    clinicianAction:
      'Back pain with aortic aneurysm risk features: review today, including abdominal examination for a pulsatile mass.',
    patientAction: CONTACT_CLINICIAN_TODAY,
  }),
  'red-flag.axial-spondyloarthritis': redFlagRule({
    id: 'red-flag.axial-spondyloarthritis',
    condition: 'axial-spondyloarthritis',
    action: 'rheumatology-referral',
    description:
      'ASAS inflammatory back pain criteria positive (back pain over 12 weeks, at least 4 of 5 criteria) → rheumatology referral; the programme may continue. Uveitis, psoriasis, IBD and family history are listed with it.',
    evidence: 'verified',
    citations: [
      { source: 'SIEPER_2009_ASAS_IBP', section: 'ASAS experts’ IBP criteria: at least 4 of 5' },
      { source: 'NHS_BACK_PAIN_PATHWAY', section: 'Inflammatory disorders: urgent referral to rheumatology' },
    ],
    clinicianAction:
      'Inflammatory back pain criteria are positive: refer to rheumatology (CRP and HLA-B27 as local policy directs). IBP classifies the symptom, not the disease; the programme may continue meanwhile.',
    patientAction:
      'Your answers suggest your back pain may have an inflammatory cause. Your clinician will refer you to a joint specialist (rheumatologist). You can carry on with the programme meanwhile.',
  }),
} as const satisfies Record<string, RedFlagRule>;

export type RedFlagRuleId = keyof typeof RED_FLAG_RULES;
