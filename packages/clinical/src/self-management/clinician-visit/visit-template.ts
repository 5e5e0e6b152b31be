import type { RedFlagAction } from '../../core/vocabulary';
import type { SelfManagementClaim } from '../claims';
import { WARNING_SIGNS_CLAIM } from '../lessons/shared-claims';

/**
 * A plan for talking with clinicians: fill-in prompts in plain words. Patients ask for a
 * readable report to hand to their doctor (products.md §4 #1); this is its template.
 */
export type VisitSectionId = 'pain' | 'function' | 'goals' | 'treatments' | 'medicines' | 'questions';

export interface VisitTemplatePrompt {
  readonly id: string;
  readonly section: VisitSectionId;
  readonly prompt: string;
  readonly example: string;
}

export const CLINICIAN_VISIT_SECTION_HEADINGS: Readonly<Record<VisitSectionId, string>> = {
  pain: 'My pain',
  function: 'What the pain stops me doing',
  goals: 'What I want to get back to',
  treatments: 'What I have tried',
  medicines: 'Medicines I take',
  questions: 'My questions',
};

export const CLINICIAN_VISIT_TEMPLATE: readonly VisitTemplatePrompt[] = [
  {
    id: 'pain-where',
    section: 'pain',
    prompt: 'Where is your pain?',
    example: 'Low back, and down my left leg to the knee.',
  },
  {
    id: 'pain-average',
    section: 'pain',
    prompt:
      'On average over the last week, how strong was it, from 0 (no pain) to 10 (worst you can imagine)?',
    example: '6',
  },
  {
    id: 'pain-worst',
    section: 'pain',
    prompt: 'How strong was it at its worst last week, from 0 to 10?',
    example: '8',
  },
  {
    id: 'pain-worse',
    section: 'pain',
    prompt: 'What makes it worse?',
    example: 'Sitting for more than an hour.',
  },
  {
    id: 'pain-better',
    section: 'pain',
    prompt: 'What makes it better?',
    example: 'Short walks and the heat pack.',
  },
  {
    id: 'pain-change',
    section: 'pain',
    prompt: 'How has it changed since your last visit?',
    example: 'A bit better. Bad days are less often.',
  },
  {
    id: 'function-activities',
    section: 'function',
    prompt: 'What does the pain stop you doing, or make hard?',
    example: 'Gardening. Playing with my grandchildren.',
  },
  {
    id: 'function-sleep',
    section: 'function',
    prompt: 'How is your sleep?',
    example: 'I wake up two or three times a night.',
  },
  {
    id: 'function-work',
    section: 'function',
    prompt: 'How is work or your daily routine?',
    example: 'I work shorter days.',
  },
  {
    id: 'goals',
    section: 'goals',
    prompt: 'What do you most want to be able to do again?',
    example: 'Walk to the shops and back without stopping.',
  },
  {
    id: 'treatments-tried',
    section: 'treatments',
    prompt: 'What have you tried, and what happened?',
    example: 'Home exercises for 6 weeks: walking is easier.',
  },
  {
    id: 'medicines',
    section: 'medicines',
    prompt: 'List every medicine you take, including ones you buy yourself, and how you take it.',
    example: 'The name on the box, and how often.',
  },
  {
    id: 'questions',
    section: 'questions',
    prompt: 'What do you want to ask? Pick from the list or write your own.',
    example: 'How long until I should see a change?',
  },
];

export interface SuggestedQuestion {
  readonly id: string;
  readonly text: string;
}

export const SUGGESTED_CLINICIAN_QUESTIONS: readonly SuggestedQuestion[] = [
  { id: 'q-cause', text: 'What do you think is causing my pain?' },
  { id: 'q-serious', text: 'Is there anything serious I should watch out for?' },
  { id: 'q-benefits-risks', text: 'What are the likely benefits and risks of this treatment for me?' },
  { id: 'q-how-long', text: 'How long until I should see a change?' },
  { id: 'q-self', text: 'What can I do myself to help?' },
  { id: 'q-guidelines', text: 'Which guideline do you follow for this, and why?' },
  { id: 'q-medicines', text: 'Can we go over my medicines together?' },
  { id: 'q-next', text: 'What is the plan if this does not work?' },
];

/** Warning signs the patient can tick. Any of them means: do not wait for the visit. */
export interface VisitWarningSign {
  readonly id: string;
  readonly text: string;
  /** `emergency`: go to an emergency department now; `urgent`: same-day care. */
  readonly action: Extract<RedFlagAction, 'emergency' | 'urgent'>;
  readonly claimId: string;
}

export const VISIT_WARNING_SIGNS: readonly VisitWarningSign[] = [
  {
    id: 'bladder-bowel',
    text: 'New problems passing urine or controlling my bladder or bowels',
    action: 'emergency',
    claimId: 'warning-signs',
  },
  {
    id: 'saddle-numbness',
    text: 'New numbness between my legs or around my bottom',
    action: 'emergency',
    claimId: 'warning-signs',
  },
  {
    id: 'both-legs',
    text: 'Pain, numbness or weakness in both legs',
    action: 'emergency',
    claimId: 'warning-signs',
  },
  { id: 'weakness-worse', text: 'A leg that is getting weaker', action: 'urgent', claimId: 'warning-signs' },
  {
    id: 'fever',
    text: 'Back pain with a fever or feeling very unwell',
    action: 'urgent',
    claimId: 'infection-malignancy',
  },
  {
    id: 'weight-loss',
    text: 'Losing weight without trying',
    action: 'urgent',
    claimId: 'infection-malignancy',
  },
];

export const VISIT_WARNING_SIGN_CLAIMS: readonly SelfManagementClaim[] = [
  WARNING_SIGNS_CLAIM,
  {
    id: 'infection-malignancy',
    text: 'Fever or feeling systemically unwell with back pain suggests spinal infection (urgent, same day); unexplained weight loss is a flag for spinal malignancy (urgent review).',
    citations: [
      { source: 'GCARE_RED_FLAGS', section: 'infection and malignancy (clinical.md §4.1)' },
      { source: 'AHCPR_1994_RED_FLAGS', section: 'red-flag table (clinical.md §4.1)' },
    ],
    verification: 'verified',
  },
];
