/**
 * The registry of evidence sources. Every clinical rule in this package cites one
 * or more entries by key, plus a section of ../shared/reference/clinical.md where
 * the fact is recorded. A test fails when a rule cites a key that is not here.
 */
export interface SourceEntry {
  /** Short human label, e.g. "ACP 2017". */
  readonly label: string;
  /** Full citation. */
  readonly citation: string;
  /** Where the fact is recorded in the reference file (clinical.md). */
  readonly clinicalMd: string;
  /** A public URL or DOI when one is known. */
  readonly url?: string;
}

export const SOURCES = {
  ACP_2017: {
    label: 'ACP 2017',
    citation:
      'Qaseem A, Wilt TJ, McLean RM, Forciea MA. Noninvasive treatments for acute, subacute, and chronic low back pain. Ann Intern Med 2017;166(7):514–530.',
    clinicalMd: '§1.1',
    url: 'https://doi.org/10.7326/M16-2367',
  },
  NICE_NG59: {
    label: 'NICE NG59',
    citation:
      'NICE NG59: Low back pain and sciatica in over 16s: assessment and management (2016, updated 2020).',
    clinicalMd: '§1.2',
    url: 'https://www.nice.org.uk/guidance/ng59',
  },
  CDC_2022: {
    label: 'CDC 2022',
    citation:
      'Dowell D, et al. CDC Clinical Practice Guideline for Prescribing Opioids for Pain — United States, 2022. MMWR Recomm Rep 2022;71(3):1–95.',
    clinicalMd: '§2',
    url: 'https://doi.org/10.15585/mmwr.rr7103a1',
  },
  // ── add new sources above this line (keep one entry per publication) ──
} as const satisfies Record<string, SourceEntry>;

export type SourceKey = keyof typeof SOURCES;

/** A citation attached to a rule: which source, and the section within it. */
export interface Citation {
  readonly source: SourceKey;
  /** Section or recommendation within the source, e.g. "Rec 3" or "1.2.8". */
  readonly section: string;
}
