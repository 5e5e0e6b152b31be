import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_GUIDE, findTreatmentEvidence } from './all-treatments';
import {
  EVIDENCE_GUIDE_MAX_AVERAGE_GRADE,
  evidenceGuideReadingGrade,
  lintEvidenceGuide,
} from './lint-evidence-guide';
import {
  EVIDENCE_GUIDE_BEGIN_MARKER,
  EVIDENCE_GUIDE_END_MARKER,
  renderEvidenceGuideMarkdown,
} from './render-markdown';
import {
  defineTreatment,
  guidelineStancesConflict,
  type TreatmentEvidence,
  treatmentStatements,
} from './types';

// Reading the generated document is the one piece of I/O, and it lives in the test only.
const DOC = readFileSync(new URL('../../../../../docs/evidence-guide.md', import.meta.url), 'utf8');

const REQUIRED_IDS = [
  'exercise-therapy',
  'cbt',
  'mbsr',
  'yoga',
  'tai-chi',
  'spinal-manipulation',
  'acupuncture',
  'massage',
  'heat',
  'tens',
  'belts-and-braces',
  'traction',
  'bed-rest',
  'paracetamol',
  'nsaids',
  'duloxetine',
  'gabapentinoids',
  'opioids',
  'muscle-relaxants',
  'systemic-steroids',
  'spinal-injections',
  'radiofrequency-denervation',
  'spinal-cord-stimulation',
  'spine-surgery',
];

const byId = (id: string): TreatmentEvidence => {
  const treatment = findTreatmentEvidence(id);
  if (!treatment) throw new Error(`missing ${id}`);
  return treatment;
};

describe('treatment evidence guide', () => {
  it('covers at least 20 treatments, including every one the brief names, with unique ids', () => {
    expect(EVIDENCE_GUIDE.length).toBeGreaterThanOrEqual(20);
    expect(new Set(EVIDENCE_GUIDE.map((treatment) => treatment.id)).size).toBe(EVIDENCE_GUIDE.length);
    for (const id of REQUIRED_IDS) expect(findTreatmentEvidence(id), id).toBeDefined();
    expect(
      EVIDENCE_GUIDE.filter((treatment) => treatment.category === 'exercise').length,
    ).toBeGreaterThanOrEqual(4);
  });

  it('passes the guide lint', () => {
    expect(lintEvidenceGuide(EVIDENCE_GUIDE)).toEqual([]);
  });

  it('states both guidelines for every treatment, citing each unless it is silent', () => {
    for (const treatment of EVIDENCE_GUIDE) {
      for (const stance of [treatment.acp2017, treatment.niceNg59]) {
        expect(stance.text.length, treatment.id).toBeGreaterThan(10);
        if (stance.kind !== 'not-addressed') expect(stance.citations.length, treatment.id).toBeGreaterThan(0);
        if (stance.kind === 'not-addressed')
          expect(stance.text, treatment.id).toMatch(/not (addressed|named)/i);
      }
      expect(treatment.acp2017.citations.every((citation) => citation.source === 'ACP_2017')).toBe(true);
      expect(
        treatment.niceNg59.citations.every((citation) => citation.source === 'NICE_NG59'),
        treatment.id,
      ).toBe(true);
    }
  });

  it('flags the known disagreements and explains them', () => {
    expect(byId('acupuncture')).toMatchObject({
      guidelinesDisagree: true,
      acp2017: { kind: 'recommended' },
      niceNg59: { kind: 'not-recommended' },
    });
    expect(byId('duloxetine').guidelinesDisagree).toBe(true);
    expect(byId('opioids').guidelinesDisagree).toBe(true);
    for (const treatment of EVIDENCE_GUIDE.filter((candidate) => candidate.guidelinesDisagree)) {
      expect(treatment.agreementNote, treatment.id).toMatch(/ACP/);
      expect(treatment.agreementNote, treatment.id).toMatch(/NICE/);
    }
  });

  it('sets guidelinesDisagree exactly when one guideline is for and the other against', () => {
    for (const treatment of EVIDENCE_GUIDE) {
      expect(treatment.guidelinesDisagree, treatment.id).toBe(
        guidelineStancesConflict(treatment.acp2017.kind, treatment.niceNg59.kind),
      );
    }
  });

  it('explains the gabapentinoid "nerve pain" belief against NICE 2020', () => {
    const gabapentinoids = byId('gabapentinoids');
    expect(gabapentinoids.benefit.size).toBe('none');
    expect(gabapentinoids.niceNg59.kind).toBe('not-recommended');
    expect(gabapentinoids.commonBelief?.text).toMatch(/nerve pain/i);
  });

  it('flags every entry that rests on a [K] fact, and only those', () => {
    for (const treatment of EVIDENCE_GUIDE) {
      const statements = treatmentStatements(treatment);
      const cited = statements.flatMap((statement) => statement.citations);
      if (cited.some((citation) => citation.section.includes('[K]'))) {
        expect(treatment.verification, treatment.id).toBe('unverified-background');
      }
    }
    expect(byId('opioids').benefit.verification).toBe('unverified-background');
    expect(byId('paracetamol').verification).toBe('verified');
  });

  it('gives a size of benefit with a source unless it is unclear', () => {
    for (const treatment of EVIDENCE_GUIDE) {
      if (treatment.benefit.size !== 'unclear')
        expect(treatment.benefit.citations.length, treatment.id).toBeGreaterThan(0);
    }
  });

  it('reads at grade 8 or below on average', () => {
    expect(evidenceGuideReadingGrade(EVIDENCE_GUIDE)).toBeLessThanOrEqual(EVIDENCE_GUIDE_MAX_AVERAGE_GRADE);
  });

  it('lint catches a wrong disagreement flag, an uncited stance and an unflagged [K] citation', () => {
    const acupuncture = byId('acupuncture');
    const broken = defineTreatment({
      ...acupuncture,
      id: 'broken',
      guidelinesDisagree: false,
      acp2017: { ...acupuncture.acp2017, citations: [] },
      benefit: {
        size: 'small',
        text: 'Small.',
        citations: [{ source: 'FOSTER_2018', section: 'x [K]' }],
        verification: 'verified',
      },
    });
    const details = lintEvidenceGuide([broken]).map((issue) => issue.detail);
    expect(details.some((detail) => detail.includes('guidelinesDisagree'))).toBe(true);
    expect(details.some((detail) => detail.includes('has no citation'))).toBe(true);
    expect(details.some((detail) => detail.includes('[K]'))).toBe(true);
  });
});

describe('docs/evidence-guide.md', () => {
  it('mentions every treatment id', () => {
    for (const treatment of EVIDENCE_GUIDE) expect(DOC, treatment.id).toContain(`\`${treatment.id}\``);
  });

  it('holds exactly the table generated from the data', () => {
    const start = DOC.indexOf(EVIDENCE_GUIDE_BEGIN_MARKER);
    const end = DOC.indexOf(EVIDENCE_GUIDE_END_MARKER);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const block = `${DOC.slice(start, end + EVIDENCE_GUIDE_END_MARKER.length)}\n`;
    expect(block).toBe(renderEvidenceGuideMarkdown());
  });

  it('marks unverified entries as such', () => {
    expect(renderEvidenceGuideMarkdown()).toContain('*(unverified)*');
  });
});
