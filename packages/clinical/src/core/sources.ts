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
  IMMPACT_2008: {
    label: 'IMMPACT 2008',
    citation:
      'Dworkin RH, et al. Interpreting the clinical importance of treatment outcomes in chronic pain clinical trials: IMMPACT recommendations. J Pain 2008;9(2):105–121.',
    clinicalMd: '§3.1',
    url: 'http://www.bandolier.org.uk/booth/painpag/Chronout.html',
  },
  OSTELO_2008: {
    label: 'Ostelo 2008',
    citation:
      'Ostelo RWJG, et al. Interpreting change scores for pain and functional status in low back pain: towards international consensus regarding minimal important change. Spine 2008;33(1):90–94.',
    clinicalMd: '§3.1',
  },
  REED_2023_PEG_MID: {
    label: 'Reed 2023 (PEG MID)',
    citation:
      'Reed DE, Stump TE, Monahan PO, Kroenke K. Minimally important differences and responsiveness of the PEG pain scale across 6 trials (1710 participants). J Pain 2023;25(1):142–152.',
    clinicalMd: '§3.2',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10859144',
  },
  KONGSTED_2010: {
    label: 'Kongsted 2010',
    citation:
      'Kongsted A, Leboeuf-Yde C. Course of low back pain in chiropractic patients followed by weekly text messages (n=78), 2010 — as summarised in clinical.md §6.1.',
    clinicalMd: '§6.1',
  },
  COSTA_2012: {
    label: 'Costa 2012',
    citation:
      'Costa LdaCM, et al. The prognosis of acute and persistent low-back pain: a meta-analysis (33 cohorts, 11,166 participants). CMAJ 2012;184(11):E613–E624.',
    clinicalMd: '§6.1',
    url: 'https://www.cmaj.ca/content/184/11/E613',
  },
  HILL_2011_STARTBACK_TRIAL: {
    label: 'Hill 2011 (STarT Back trial)',
    citation:
      'Hill JC, et al. Comparison of stratified primary care management for low back pain with current best practice (STarT Back): a randomised controlled trial. Lancet 2011;378:1560–1571.',
    clinicalMd: '§1.5',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3208163',
  },
  BEINART_2013: {
    label: 'Beinart 2013',
    citation:
      'Beinart NA, et al. Individual and intervention-related factors associated with adherence to home exercise in chronic low back pain: a systematic review. Spine J 2013;13(12):1940–1950.',
    clinicalMd: '§6.2',
    url: 'https://pubmed.ncbi.nlm.nih.gov/24169445/',
  },
  JACK_2010: {
    label: 'Jack 2010',
    citation:
      'Jack K, McLean SM, Moffett JK, Gardiner E. Barriers to treatment adherence in physiotherapy outpatient clinics: a systematic review. Man Ther 2010;15(3):220–228.',
    clinicalMd: '§6.2',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2923776',
  },
  CHERKIN_2016: {
    label: 'Cherkin 2016',
    citation:
      'Cherkin DC, et al. Effect of mindfulness-based stress reduction vs cognitive behavioral therapy or usual care on back pain and functional limitations in adults with chronic low back pain: a randomized clinical trial. JAMA 2016;315(12):1240–1249.',
    clinicalMd: '§5.7',
    url: 'https://pubmed.ncbi.nlm.nih.gov/27002445/',
  },
  MATHIESON_2017: {
    label: 'Mathieson 2017 (PRECISE)',
    citation:
      'Mathieson S, et al. Trial of pregabalin for acute and chronic sciatica. N Engl J Med 2017;376(12):1111–1120.',
    clinicalMd: '§1.3',
    url: 'https://pubmed.ncbi.nlm.nih.gov/28328324/',
  },
  ENKE_2018: {
    label: 'Enke 2018',
    citation:
      'Enke O, et al. Anticonvulsants in the treatment of low back pain and lumbar radicular pain: a systematic review and meta-analysis. CMAJ 2018;190(26):E786–E793.',
    clinicalMd: '§1.3',
    url: 'https://doi.org/10.1503/cmaj.171333',
  },
  FDA_2019_GABAPENTINOIDS: {
    label: 'FDA 2019 (gabapentinoids)',
    citation:
      'FDA Drug Safety Communication, 19 December 2019: FDA warns about serious breathing problems with seizure and nerve pain medicines gabapentin and pregabalin.',
    clinicalMd: '§7.3',
    url: 'https://fda.gov/drugs/drug-safety-and-availability/fda-warns-about-serious-breathing-problems-seizure-and-nerve-pain-medicines-gabapentin-neurontin',
  },
  GABAPENTIN_US_LABEL: {
    label: 'Gabapentin US label',
    citation:
      'Gabapentin (Neurontin) US prescribing information: dosage adjustment by creatinine clearance (table as quoted in clinical.md §7.3; verify against the current SPL).',
    clinicalMd: '§7.3',
  },
  PMC7265598_RENAL_DOSING: {
    label: 'PMC7265598 (gabapentinoid renal dosing)',
    citation:
      'Review of gabapentin and pregabalin dose adjustment in renal impairment, PMC7265598 (UK-style gabapentin table and pregabalin table as recorded in clinical.md §7.3).',
    clinicalMd: '§7.3',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7265598',
  },
  MACHADO_2015: {
    label: 'Machado 2015',
    citation:
      'Machado GC, et al. Efficacy and safety of paracetamol for spinal pain and osteoarthritis: systematic review and meta-analysis of randomised placebo controlled trials. BMJ 2015;350:h1225.',
    clinicalMd: '§7.5',
    url: 'https://www.bmj.com/content/350/bmj.h1225',
  },
  CASHIN_2021: {
    label: 'Cashin 2021',
    citation:
      'Cashin AG, et al. Efficacy, acceptability, and safety of muscle relaxants for adults with non-specific low back pain: systematic review and meta-analysis. BMJ 2021;374:n1446.',
    clinicalMd: '§7.4',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8262447',
  },
  ALEV_2017: {
    label: 'Alev 2017',
    citation:
      'Alev L, et al. Duloxetine 60 mg for chronic low back pain: post hoc responder analysis of double-blind, placebo-controlled trials. J Pain Res 2017;10:1723–1731.',
    clinicalMd: '§7.2',
    url: 'http://informahealthcare.com/doi/full/10.2147/JPR.S138297',
  },
  DULOXETINE_US_LABEL: {
    label: 'Duloxetine US label',
    citation:
      'Duloxetine (Cymbalta) US prescribing information: contraindications (MAOIs, linezolid, IV methylene blue), serotonin syndrome, renal and hepatic warnings (as recorded in clinical.md §7.2; verify against the current SPL).',
    clinicalMd: '§7.2',
  },
  FDA_2015_NSAIDS: {
    label: 'FDA 2015 (NSAIDs)',
    citation:
      'FDA Drug Safety Communication, 9 July 2015: FDA strengthens warning that non-aspirin nonsteroidal anti-inflammatory drugs (NSAIDs) can cause heart attacks or strokes.',
    clinicalMd: '§7.1',
  },
  NSAID_US_LABELS: {
    label: 'Prescription NSAID labels',
    citation:
      'US prescription NSAID labelling: boxed warnings for cardiovascular thrombotic events and GI bleeding, ulceration and perforation; warnings for heart failure, renal toxicity, hypertension and hypersensitivity (as recorded in clinical.md §7.1).',
    clinicalMd: '§7.1',
  },
  MEDSAFE_2007_TRAMADOL: {
    label: 'Medsafe 2007 (tramadol)',
    citation:
      'Medsafe (New Zealand Medicines and Medical Devices Safety Authority), 2007: tramadol and seizures (as recorded in clinical.md §7.6).',
    clinicalMd: '§7.6',
  },
  TRAMADOL_US_LABEL: {
    label: 'Tramadol US label',
    citation:
      'Tramadol (Ultram / Ultram ER) US prescribing information: serotonin syndrome, MAOI interaction, seizure risk and maximum daily doses (as recorded in clinical.md §7.6).',
    clinicalMd: '§7.6',
  },
  CQF_OPIOID_CDS_R4: {
    label: 'CDC opioid CDS IG (cqframework/opioid-cds-r4)',
    citation:
      'cqframework/opioid-cds-r4: computable CDS implementation guide for the CDC 2022 opioid prescribing guideline (CQL and CDS Hooks artefacts), CC0 1.0, commit b29bdcb.',
    clinicalMd: '§9.2',
    url: 'https://github.com/cqframework/opioid-cds-r4',
  },
  CQF_OPIOID_MME_R4: {
    label: 'CDC MME calculator IG (cqframework/opioid-mme-r4)',
    citation:
      'cqframework/opioid-mme-r4: FHIR/CQL morphine milligram equivalent calculator implementation guide with conversion-factor tables and test vectors, Apache-2.0, commit 1357f45.',
    clinicalMd: '§9.1',
    url: 'https://github.com/cqframework/opioid-mme-r4',
  },
  KROENKE_2001_PHQ9: {
    label: 'Kroenke 2001 (PHQ-9)',
    citation:
      'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med 2001;16(9):606–613.',
    clinicalMd: '§3.3',
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
