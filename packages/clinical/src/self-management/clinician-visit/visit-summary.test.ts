import { describe, expect, it } from 'vitest';
import { findClaimCitationProblems } from '../../content-lint/claims';
import { findMedicationInstructions } from '../../content-lint/medication-instructions';
import { fleschKincaidGradeOfAll } from '../../content-lint/readability';
import { buildClinicianVisitSummary, renderClinicianVisitSummaryText } from './visit-summary';
import {
  CLINICIAN_VISIT_TEMPLATE,
  SUGGESTED_CLINICIAN_QUESTIONS,
  VISIT_WARNING_SIGN_CLAIMS,
  VISIT_WARNING_SIGNS,
} from './visit-template';

const filled = {
  visitDate: '2026-03-10',
  answers: {
    'pain-where': 'Low back and left buttock.',
    'pain-worse': 'Sitting for more than an hour.',
    'pain-better': 'Short walks.',
    'pain-change': 'A bit better than last month.',
    'function-activities': 'Gardening and lifting my grandson.',
    'function-sleep': 'I wake up twice a night.',
    'function-work': 'Shorter shifts.',
    goals: 'Walk to the shops and back.',
    'treatments-tried': 'Home exercises for 6 weeks: walking is easier.',
  },
  painAverage: 5,
  painWorst: 8,
  medicines: ['Naproxen 250 mg, twice a day'],
  suggestedQuestionIds: ['q-how-long', 'q-benefits-risks'],
  ownQuestions: ['Can I go back to full shifts?'],
};

describe('buildClinicianVisitSummary', () => {
  it('turns a filled plan into a printable summary with every section', () => {
    const summary = buildClinicianVisitSummary(filled);
    expect(summary.title).toBe('My back pain: notes for my visit on 2026-03-10');
    expect(summary.urgentNotice).toBeNull();
    expect(summary.sections.map((section) => section.heading)).toEqual([
      'My pain',
      'What the pain stops me doing',
      'What I want to get back to',
      'What I have tried',
      'Medicines I take',
      'My questions',
    ]);
    expect(summary.unansweredPromptIds).toEqual([]);
    expect(summary.problems).toEqual([]);
    const text = renderClinicianVisitSummaryText(summary);
    expect(text).toContain('Average last week: 5 out of 10');
    expect(text).toContain('- Naproxen 250 mg, twice a day');
    expect(text).toContain('- How long until I should see a change?');
    expect(text).toContain('- Can I go back to full shifts?');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('lists the medicines as written, with no advice about them', () => {
    const summary = buildClinicianVisitSummary(filled);
    const medicines = summary.sections.find((section) => section.heading === 'Medicines I take');
    expect(medicines?.lines).toEqual([
      '- Naproxen 250 mg, twice a day',
      'I would like to go over these with you.',
    ]);
  });

  it('prints an empty plan and says which prompts are still blank', () => {
    const summary = buildClinicianVisitSummary({});
    expect(summary.sections).toEqual([]);
    expect(summary.unansweredPromptIds).toEqual(CLINICIAN_VISIT_TEMPLATE.map((prompt) => prompt.id));
    expect(renderClinicianVisitSummaryText(summary)).toBe(
      'My back pain: notes for my visit\n================================\n',
    );
  });

  it('reports a pain score outside 0–10 and unknown ids instead of printing them', () => {
    const summary = buildClinicianVisitSummary({
      painAverage: 14,
      suggestedQuestionIds: ['nope'],
      warningSignIds: ['x'],
    });
    expect(summary.problems).toHaveLength(3);
    expect(summary.sections).toEqual([]);
  });

  it('puts an emergency notice first when a cauda equina warning sign is ticked', () => {
    const summary = buildClinicianVisitSummary({ ...filled, warningSignIds: ['bladder-bowel', 'fever'] });
    expect(summary.urgentNotice).toMatch(/emergency/);
    expect(summary.sections[0]?.heading).toBe('Warning signs I have noticed');
    expect(renderClinicianVisitSummaryText(summary).split('\n')[3]).toMatch(/^IMPORTANT:/);
  });

  it('asks for a same-day check for urgent signs', () => {
    expect(buildClinicianVisitSummary({ warningSignIds: ['fever'] }).urgentNotice).toMatch(/today/);
  });
});

describe('clinician visit template', () => {
  it('is plain, cited where clinical, and gives no medication instruction', () => {
    const texts = [
      ...CLINICIAN_VISIT_TEMPLATE.flatMap((prompt) => [prompt.prompt, prompt.example]),
      ...SUGGESTED_CLINICIAN_QUESTIONS.map((question) => question.text),
      ...VISIT_WARNING_SIGNS.map((sign) => sign.text),
    ];
    expect(fleschKincaidGradeOfAll(texts)).toBeLessThanOrEqual(8);
    for (const text of texts) expect(findMedicationInstructions(text), text).toEqual([]);
    expect(findClaimCitationProblems(VISIT_WARNING_SIGN_CLAIMS)).toEqual([]);
    const claimIds = new Set(VISIT_WARNING_SIGN_CLAIMS.map((claim) => claim.id));
    for (const sign of VISIT_WARNING_SIGNS) expect(claimIds.has(sign.claimId), sign.id).toBe(true);
  });
});
