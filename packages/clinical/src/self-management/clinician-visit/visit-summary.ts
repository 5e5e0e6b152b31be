import type { IsoDate } from '../../core/vocabulary';
import {
  CLINICIAN_VISIT_SECTION_HEADINGS,
  CLINICIAN_VISIT_TEMPLATE,
  SUGGESTED_CLINICIAN_QUESTIONS,
  VISIT_WARNING_SIGNS,
  type VisitSectionId,
} from './visit-template';

/** What the patient wrote. Every field is optional: a half-filled plan still prints. */
export interface ClinicianVisitInput {
  readonly visitDate?: IsoDate;
  /** Free-text answers keyed by template prompt id (e.g. `pain-where`). */
  readonly answers?: Readonly<Record<string, string>>;
  /** Pain scores 0–10 for `pain-average` and `pain-worst`, if given as numbers. */
  readonly painAverage?: number;
  readonly painWorst?: number;
  /** Medicines as the patient writes them, one per entry. Listed, never judged. */
  readonly medicines?: readonly string[];
  /** Ids from SUGGESTED_CLINICIAN_QUESTIONS. */
  readonly suggestedQuestionIds?: readonly string[];
  /** The patient's own questions. */
  readonly ownQuestions?: readonly string[];
  /** Ids from VISIT_WARNING_SIGNS the patient ticked. */
  readonly warningSignIds?: readonly string[];
}

export interface ClinicianVisitSummarySection {
  readonly heading: string;
  readonly lines: readonly string[];
}

export interface ClinicianVisitSummary {
  readonly title: string;
  /** Shown before anything else when a warning sign was ticked: do not wait for the visit. */
  readonly urgentNotice: string | null;
  readonly sections: readonly ClinicianVisitSummarySection[];
  /** Template prompts left blank, so the screen can offer to fill them in. */
  readonly unansweredPromptIds: readonly string[];
  /** Input that could not be used, in plain words (e.g. a score outside 0–10). */
  readonly problems: readonly string[];
}

const EMERGENCY_NOTICE =
  'You ticked a warning sign that needs help now. Do not wait for your visit. Go to an emergency department or call your emergency number.';
const URGENT_NOTICE =
  'You ticked a warning sign that needs a check today. Do not wait for your visit. Call your doctor today.';

/** Builds the one-page summary a patient prints or shows at a visit. Pure: no clock, no I/O. */
export function buildClinicianVisitSummary(input: ClinicianVisitInput): ClinicianVisitSummary {
  const problems: string[] = [];
  const answers = input.answers ?? {};
  const answer = (id: string): string | null => {
    const value = answers[id]?.trim();
    return value ? value : null;
  };
  const score = (value: number | undefined, label: string): string | null => {
    if (value === undefined) return null;
    if (!Number.isFinite(value) || value < 0 || value > 10) {
      problems.push(`The ${label} pain score must be a number from 0 to 10.`);
      return null;
    }
    return `${Math.round(value * 10) / 10} out of 10`;
  };

  const lines: Record<VisitSectionId, string[]> = {
    pain: [],
    function: [],
    goals: [],
    treatments: [],
    medicines: [],
    questions: [],
  };
  const painAverage = score(input.painAverage, 'average') ?? answer('pain-average');
  const painWorst = score(input.painWorst, 'worst') ?? answer('pain-worst');
  const labelled: [string, string | null][] = [
    ['Where', answer('pain-where')],
    ['Average last week', painAverage],
    ['Worst last week', painWorst],
    ['Worse with', answer('pain-worse')],
    ['Better with', answer('pain-better')],
    ['Change since last visit', answer('pain-change')],
  ];
  for (const [label, value] of labelled) if (value) lines.pain.push(`${label}: ${value}`);
  for (const [label, id] of [
    ['Activities', 'function-activities'],
    ['Sleep', 'function-sleep'],
    ['Work and daily routine', 'function-work'],
  ] as const) {
    const value = answer(id);
    if (value) lines.function.push(`${label}: ${value}`);
  }
  const goals = answer('goals');
  if (goals) lines.goals.push(goals);
  const tried = answer('treatments-tried');
  if (tried) lines.treatments.push(tried);

  const medicines = (input.medicines ?? []).map((medicine) => medicine.trim()).filter(Boolean);
  const medicinesAnswer = answer('medicines');
  if (medicinesAnswer) medicines.push(medicinesAnswer);
  lines.medicines.push(...medicines.map((medicine) => `- ${medicine}`));
  if (medicines.length > 0) lines.medicines.push('I would like to go over these with you.');

  for (const id of input.suggestedQuestionIds ?? []) {
    const question = SUGGESTED_CLINICIAN_QUESTIONS.find((candidate) => candidate.id === id);
    if (question) lines.questions.push(`- ${question.text}`);
    else problems.push(`Unknown question "${id}" was left out.`);
  }
  for (const own of input.ownQuestions ?? []) if (own.trim()) lines.questions.push(`- ${own.trim()}`);
  const questionsAnswer = answer('questions');
  if (questionsAnswer) lines.questions.push(`- ${questionsAnswer}`);

  const ticked = VISIT_WARNING_SIGNS.filter((sign) => input.warningSignIds?.includes(sign.id));
  for (const id of input.warningSignIds ?? []) {
    if (!VISIT_WARNING_SIGNS.some((sign) => sign.id === id))
      problems.push(`Unknown warning sign "${id}" was left out.`);
  }
  const urgentNotice = ticked.some((sign) => sign.action === 'emergency')
    ? EMERGENCY_NOTICE
    : ticked.length > 0
      ? URGENT_NOTICE
      : null;

  const sections: ClinicianVisitSummarySection[] = [];
  if (ticked.length > 0)
    sections.push({ heading: 'Warning signs I have noticed', lines: ticked.map((sign) => `- ${sign.text}`) });
  for (const [id, heading] of Object.entries(CLINICIAN_VISIT_SECTION_HEADINGS) as [
    VisitSectionId,
    string,
  ][]) {
    if (lines[id].length > 0) sections.push({ heading, lines: lines[id] });
  }

  const filled = new Set<string>(Object.keys(answers).filter((id) => answer(id) !== null));
  if (painAverage) filled.add('pain-average');
  if (painWorst) filled.add('pain-worst');
  if (medicines.length > 0) filled.add('medicines');
  if (lines.questions.length > 0) filled.add('questions');
  const unansweredPromptIds = CLINICIAN_VISIT_TEMPLATE.map((prompt) => prompt.id).filter(
    (id) => !filled.has(id),
  );

  const title = input.visitDate
    ? `My back pain: notes for my visit on ${input.visitDate}`
    : 'My back pain: notes for my visit';
  return { title, urgentNotice, sections, unansweredPromptIds, problems };
}

/** The summary as plain text for printing or sharing. */
export function renderClinicianVisitSummaryText(summary: ClinicianVisitSummary): string {
  const out: string[] = [summary.title, '='.repeat(summary.title.length), ''];
  if (summary.urgentNotice) out.push(`IMPORTANT: ${summary.urgentNotice}`, '');
  for (const section of summary.sections) {
    out.push(section.heading, '-'.repeat(section.heading.length), ...section.lines, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
