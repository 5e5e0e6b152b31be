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
  HILL_2008_STARTBACK_TOOL: {
    label: 'Keele STarT Back tool (Hill 2008)',
    citation:
      'Hill JC, Dunn KM, Lewis M, et al. A primary care back pain screening tool: identifying patient subgroups for initial treatment. Arthritis Rheum 2008;59(5):632–641; scoring and licence guidance at keele.ac.uk/sbst (© Keele University).',
    clinicalMd: '§3.4',
    url: 'https://www.keele.ac.uk/sbst/startbacktool/usingandscoring/',
  },
  KREBS_2009_PEG: {
    label: 'Krebs 2009 (PEG)',
    citation:
      'Krebs EE, Lorenz KA, Bair MJ, et al. Development and initial validation of the PEG, a three-item scale assessing pain intensity and interference. J Gen Intern Med 2009;24(6):733–738.',
    clinicalMd: '§3.2',
    url: 'https://link.springer.com/article/10.1007/s11606-009-0981-1',
  },
  KROENKE_2003_PHQ2: {
    label: 'Kroenke 2003 (PHQ-2)',
    citation:
      'Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression screener. Med Care 2003;41(11):1284–1292.',
    clinicalMd: '§3.3',
  },
  SPITZER_2006_GAD7: {
    label: 'Spitzer 2006 (GAD-7)',
    citation:
      'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166(10):1092–1097.',
    clinicalMd: '§3.3',
  },
  KROENKE_2007_GAD2: {
    label: 'Kroenke 2007 (GAD-2)',
    citation:
      'Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Anxiety disorders in primary care: prevalence, impairment, comorbidity, and detection. Ann Intern Med 2007;146(5):317–325.',
    clinicalMd: '§3.3',
  },
  FAIRBANK_2000_ODI: {
    label: 'Fairbank 2000 (ODI)',
    citation:
      'Fairbank JCT, Pynsent PB. The Oswestry Disability Index. Spine 2000;25(22):2940–2952 (scoring of version 2.1a; distributed by Mapi Research Trust).',
    clinicalMd: '§3.5',
    url: 'https://www.mapi-trust.org/news-events/news/the-oswestry-disability-i',
  },
  ROLAND_1983_RMDQ: {
    label: 'Roland & Morris 1983 (RMDQ)',
    citation:
      'Roland M, Morris R. A study of the natural history of back pain. Part I: development of a reliable and sensitive measure of disability in low-back pain. Spine 1983;8(2):141–144.',
    clinicalMd: '§3.6',
  },
  SIEPER_2009_ASAS_IBP: {
    label: 'Sieper 2009 (ASAS IBP criteria)',
    citation:
      'Sieper J, van der Heijde D, Landewé R, et al. New criteria for inflammatory back pain in patients with chronic back pain: a real patient exercise by experts from the Assessment of SpondyloArthritis international Society (ASAS). Ann Rheum Dis 2009;68(6):784–788.',
    clinicalMd: '§3.8',
  },
  BASS_2018_CES: {
    label: 'BASS 2018 (cauda equina)',
    citation:
      'British Association of Spine Surgeons (BASS) 2018 cauda equina syndrome definition and referral standard, as reproduced in the Cornwall NHS adult low back pain referral guideline.',
    clinicalMd: '§4.1',
    url: 'https://rms.cornwall.nhs.uk/primary_care_clinical_referral_criteria/spinal_neurosurgery/adult_low_back_pain_guidelines',
  },
  AHCPR_1994_RED_FLAGS: {
    label: 'AHCPR 1994 (red flags)',
    citation:
      'Agency for Health Care Policy and Research. Acute low back problems in adults: assessment and treatment. Quick reference guide for clinicians No. 14 (1994), red-flag table.',
    clinicalMd: '§4.1',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK52120/table/A34364/',
  },
  NHS_BACK_PAIN_PATHWAY: {
    label: 'NHS acute back pain pathway',
    citation:
      'National (NHS England) pathway of care for low back and radicular pain: red-flag actions, including "medical emergency – attend A&E" for suspected cauda equina and urgent rheumatology referral for inflammatory disorders (slide set).',
    clinicalMd: '§4.1',
    url: 'https://slideplayer.com./amp/13261345',
  },
  GCARE_RED_FLAGS: {
    label: 'G-Care red flags (Gloucestershire)',
    citation:
      'Gloucestershire G-Care clinical pathway: low back pain red flags and actions (spinal team, same-day review).',
    clinicalMd: '§4.1',
    url: 'https://g-care.glos.nhs.uk/pathway/71/resource/3',
  },
  DOWNIE_2013_RED_FLAGS: {
    label: 'Downie 2013 (red flags)',
    citation:
      'Downie A, Williams CM, Henschke N, et al. Red flags to screen for malignancy and fracture in patients with low back pain: systematic review. BMJ 2013;347:f7095.',
    clinicalMd: '§4.1',
    url: 'https://doi.org/10.1136/bmj.f7095',
  },
  KENDALL_1997_YELLOW_FLAGS: {
    label: 'Kendall, Linton & Main 1997 (yellow flags)',
    citation:
      'Kendall NAS, Linton SJ, Main CJ. Guide to assessing psychosocial yellow flags in acute low back pain: risk factors for long-term disability and work loss. Accident Compensation Corporation and New Zealand Guidelines Group, 1997 (incorporated in the 2004 NZ guide).',
    clinicalMd: '§4.2',
    url: 'https://chiro.org/Graphics_Box_LOW_BACK/NEW_ZEALAND/Guide_to_Assessing/full_text.html',
  },
  NHS_DG_YELLOW_FLAGS: {
    label: 'NHS Dumfries & Galloway yellow flags',
    citation:
      'NHS Dumfries & Galloway referral help, spinal pathway: yellow flags (attitudes, behaviours, compensation, diagnosis and treatment, emotions, family, work).',
    clinicalMd: '§4.2',
    url: 'https://rds.staging.tactuum.com/dgrefhelp-nhs-dumfries-galloway/musculoskeletal-system/spinal-pathway/yellow-flags',
  },
  CHOU_2010_PROGNOSIS: {
    label: 'Chou & Shekelle 2010',
    citation:
      'Chou R, Shekelle P. Will this patient develop persistent disabling low back pain? JAMA 2010;303(13):1295–1302.',
    clinicalMd: '§4.2',
  },
  LONG_2004_DIRECTIONAL_PREFERENCE: {
    label: 'Long 2004 (directional preference)',
    citation:
      'Long A, Donelson R, Fung T. Does it matter which exercise? A randomized control trial of exercise for low back pain. Spine 2004;29(23):2593–2602.',
    clinicalMd: '§5.3',
  },
  KTC_QUESTIONNAIRE_STARTERS: {
    label: 'ktc-questionnaire-starters (LOINC codes)',
    citation:
      'jmandel/ktc-questionnaire-starters, commit 4e05d84: LOINC-coded FHIR R4 Questionnaires and scoring rules for PHQ-9, GAD-7 and PEG (codes checked against LOINC 2.82).',
    clinicalMd: '§3.0',
    url: 'https://github.com/jmandel/ktc-questionnaire-starters',
  },
  HARTVIGSEN_2018: {
    label: 'Hartvigsen 2018 (Lancet LBP series)',
    citation:
      'Hartvigsen J, Hancock MJ, Kongsted A, et al. What low back pain is and why we need to pay attention. Lancet 2018;391(10137):2356–2367.',
    clinicalMd: '§1.4',
    url: 'https://www.thelancet.com/series/low-back-pain',
  },
  FOSTER_2018: {
    label: 'Foster 2018 (Lancet LBP series)',
    citation:
      'Foster NE, Anema JR, Cherkin D, et al. Prevention and treatment of low back pain: evidence, challenges, and promising directions. Lancet 2018;391(10137):2368–2383 (not retrieved; recorded as background [K] in clinical.md §1.4).',
    clinicalMd: '§1.4',
    url: 'https://www.thelancet.com/series/low-back-pain',
  },
  HAYDEN_2021: {
    label: 'Hayden 2021 (Cochrane, exercise)',
    citation:
      'Hayden JA, Ellis J, Ogilvie R, Malmivaara A, van Tulder MW. Exercise therapy for chronic low back pain. Cochrane Database Syst Rev 2021;9:CD009790.',
    clinicalMd: '§5.1',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8477273/',
  },
  OWEN_2020: {
    label: 'Owen 2020 (exercise network meta-analysis)',
    citation:
      'Owen PJ, Miller CT, Mundell NL, et al. Which specific modes of exercise training are most effective for treating low back pain? Network meta-analysis. Br J Sports Med 2020;54(21):1279–1287.',
    clinicalMd: '§5.1',
    url: 'http://bjsm.bmjjournals.com/content/54/21/1279',
  },
  WHO_2023_EXERCISE_REVIEW: {
    label: 'WHO-commissioned exercise review 2023',
    citation:
      'Systematic review of structured exercise programmes for chronic primary low back pain, commissioned for the WHO guideline on non-surgical management of chronic primary low back pain. J Occup Rehabil 2023 (13 low- or unclear-risk RCTs).',
    clinicalMd: '§5.1',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10684665',
  },
  SARAGIOTTO_2016: {
    label: 'Saragiotto 2016 (Cochrane, motor control)',
    citation:
      'Saragiotto BT, Maher CG, Yamato TP, et al. Motor control exercise for chronic non-specific low-back pain. Cochrane Database Syst Rev 2016;1:CD012004.',
    clinicalMd: '§5.2',
    url: 'https://cochranelibrary.com/cdsr/doi/10.1002/14651858.CD012004',
  },
  NIELSON_2013_PACING: {
    label: 'Nielson 2013 (activity pacing)',
    citation:
      'Nielson WR, Jensen MP, Karsdorp PA, Vlaeyen JWS. Activity pacing in chronic pain: concepts, evidence, and future directions. Clin J Pain 2013;29(5):461–468 (as summarised in clinical.md §5.4).',
    clinicalMd: '§5.4',
    url: 'https://thenakedphysio.com/2020/05/25/do-you-pace-or-do-you-persist-flexibly/',
  },
  SIEMONSMA_GRADED_ACTIVITY: {
    label: 'Siemonsma (graded activity)',
    citation:
      'Siemonsma PC, et al. Comparative analysis of graded activity (the operant approach after Fordyce): time- or quota-contingent activity that rises step by step (as summarised in clinical.md §5.4).',
    clinicalMd: '§5.4',
  },
  WOOD_HENDRICK_2019: {
    label: 'Wood & Hendrick 2019 (PNE)',
    citation:
      'Wood L, Hendrick PA. A systematic review and meta-analysis of pain neuroscience education for chronic low back pain: short- and long-term outcomes of pain and disability. Eur J Pain 2019;23(2):234–249.',
    clinicalMd: '§5.6',
  },
  PNE_UMBRELLA_2023: {
    label: 'PNE umbrella review 2023',
    citation:
      'Umbrella review of pain neuroscience education for chronic musculoskeletal pain (16 systematic reviews), 2023, PMC10704151.',
    clinicalMd: '§5.6',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10704151',
  },
  WIELAND_2022: {
    label: 'Wieland 2022 (Cochrane, yoga)',
    citation:
      'Wieland LS, Skoetz N, Pilkington K, et al. Yoga treatment for chronic non-specific low back pain. Cochrane Database Syst Rev 2022;11:CD010671.',
    clinicalMd: '§5.8',
  },
  ZOU_2019: {
    label: 'Zou 2019 (mindful exercise)',
    citation:
      'Zou L, Zhang Y, Yang L, et al. Are mindful exercises safe and beneficial for treating chronic lower back pain? A systematic review and meta-analysis of randomized controlled trials. J Clin Med 2019;8(5):628.',
    clinicalMd: '§5.8',
  },
  PENGEL_2003: {
    label: 'Pengel 2003',
    citation:
      'Pengel LHM, Herbert RD, Maher CG, Refshauge KM. Acute low back pain: systematic review of its prognosis. BMJ 2003;327:323.',
    clinicalMd: '§6.1',
  },
  MEDINA_MIRAPEIX_2009: {
    label: 'Medina-Mirapeix 2009',
    citation:
      'Medina-Mirapeix F, Escolar-Reina P, Gascón-Cánovas JJ, et al. Predictive factors of adherence to frequency and duration components in home exercise programs for neck and low back pain: an observational study. BMC Musculoskelet Disord 2009;10:155.',
    clinicalMd: '§6.2',
  },
  CAMPBELL_2013: {
    label: 'Campbell 2013',
    citation:
      'Campbell P, Foster NE, Thomas E, Dunn KM. Prognostic indicators of low back pain in primary care: five-year prospective study. J Pain 2013;14(8):873–883.',
    clinicalMd: '§6.3',
  },
  ENTHOVEN_2016: {
    label: 'Enthoven 2016 (Cochrane, NSAIDs)',
    citation:
      'Enthoven WTM, Roelofs PDDM, Deyo RA, van Tulder MW, Koes BW. Non-steroidal anti-inflammatory drugs for chronic low back pain. Cochrane Database Syst Rev 2016;2:CD012087.',
    clinicalMd: '§7.1',
  },
  SKLJAREVSKI_2010: {
    label: 'Skljarevski 2010',
    citation:
      'Skljarevski V, Zhang S, Desaiah D, et al. Duloxetine versus placebo in patients with chronic low back pain: a 12-week, fixed-dose, randomized, double-blind trial. J Pain 2010;11(12):1282–1290.',
    clinicalMd: '§7.2',
  },
  DULOXETINE_POOLED_AE_2012: {
    label: 'Duloxetine CLBP pooled safety 2012',
    citation:
      'Pooled analysis of two randomised placebo-controlled trials of duloxetine in chronic low back pain: treatment-emergent adverse events (table 3). Pain Res Treat 2012 (Hindawi).',
    clinicalMd: '§7.2',
  },
  ABDEL_SHAHEED_2016: {
    label: 'Abdel Shaheed 2016',
    citation:
      'Abdel Shaheed C, Maher CG, Williams KA, Day R, McLachlan AJ. Efficacy, tolerability, and dose-dependent effects of opioid analgesics for low back pain: a systematic review and meta-analysis. JAMA Intern Med 2016;176(7):958–968 (not retrieved; recorded as background [K] in clinical.md §7.7).',
    clinicalMd: '§7.7',
  },
  KREBS_2018_SPACE: {
    label: 'Krebs 2018 (SPACE trial)',
    citation:
      'Krebs EE, Gravely A, Nugent S, et al. Effect of opioid vs nonopioid medications on pain-related function in patients with chronic back pain or hip or knee osteoarthritis pain: the SPACE randomized clinical trial. JAMA 2018;319(9):872–882 (not retrieved; recorded as background [K] in clinical.md §7.7).',
    clinicalMd: '§7.7',
  },
  SILBERNAGEL_2007_PAIN_MONITORING: {
    label: 'Silbernagel 2007 (pain-monitoring model)',
    citation:
      'Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J. Continued sports activity, using a pain-monitoring model, during rehabilitation in patients with Achilles tendinopathy: a randomized controlled study. Am J Sports Med 2007;35(6):897–906. Described in Silbernagel KG, Crossley KM, JOSPT 2015. Rule details recorded as [K] in clinical.md §5.5; an extrapolation from tendinopathy to LBP.',
    clinicalMd: '§5.5',
    url: 'https://www.scribd.com/document/658970561/achilles-rehab-protocol',
  },
  NICE_CG88_EXERCISE: {
    label: 'NICE CG88 (2009, exercise dose)',
    citation:
      'NICE CG88: Low back pain: early management of persistent non-specific low back pain (2009; superseded by NG59 but cited for exercise dose and content): up to 8 supervised sessions over up to 12 weeks; aerobic activity, movement instruction, muscle strengthening, postural control and stretching.',
    clinicalMd: '§5.9',
    url: 'https://gpnotebook.com/',
  },
  LBP_EXERCISE_HANDOUTS: {
    label: 'Low back pain exercise handouts (clinical.md §5.9)',
    citation:
      'Patient handouts listing common low back pain home exercises and safety copy: patientexercises.com "9 exercises for low back pain"; a physiotherapy low-back programme sheet; Mayo Clinic bridge position. Exercise names and "stop and get advice if pain spreads down the leg" safety copy, paraphrased.',
    clinicalMd: '§5.9',
    url: 'https://www.patientexercises.com/9-exercises-for-low-back-pain/',
  },
  PHYSIO_AAA_RED_FLAGS: {
    label: 'Physiotherapy red-flag list (aortic aneurysm)',
    citation:
      'Physiotherapy red-flag list for abdominal aortic aneurysm presenting as low back pain: pulsatile abdominal mass, atherosclerotic vascular disease, pain at rest or at night, age over 60 (features [V]; the referral pathway is [K]), as recorded in clinical.md §4.1.',
    clinicalMd: '§4.1',
  },
  HL7_FHIR_EXAMPLES_LOINC: {
    label: 'HL7 FHIR examples and Synthea (LOINC usage)',
    citation:
      'HL7 FHIR example resources and FSH examples, and Synthea sample data, as read for clinical.md §3.0: pain severity 0–10 verbal numeric rating 72514-3; PHQ-2 panel 55757-9 and total 55758-7.',
    clinicalMd: '§3.0',
    url: 'https://hl7.org/fhir/R4/',
  },
  CDS4CPM_IG: {
    label: 'AHRQ cds4cpm implementation guide',
    citation:
      'cqframework/cds4cpm (AHRQ CDS for Chronic Pain Management) FHIR IG, CQL and MyPAIN questionnaire: LOINC codes used for PEG, STarT Back total (91351-7), PHQ-9, PHQ-2 and GAD-7. Recorded in products.md [AH2]; clinical.md §3.0 itself lists no verified STarT Back code.',
    clinicalMd: '§3.0',
    url: 'https://build.fhir.org/ig/cqframework/cds4cpm',
  },
  ARENSMAN_2024: {
    label: 'Arensman 2024',
    citation:
      'Arensman RM, et al. Adherence trajectories of home exercise in Dutch primary-care physiotherapy for low back pain. BMC Musculoskelet Disord 2024 — as summarised in clinical.md §6.2 (declining 12%, stable 45%, increasing 43%).',
    clinicalMd: '§6.2',
  },
  MISPEX_NETWORK: {
    label: 'MiSpEx network (exercise adherence)',
    citation:
      'Medicine in Spine Exercise (MiSpEx) network cohort, n=1511: 3 weeks supervised then 9 weeks self-administered sensorimotor exercise; adherence 64% (SD 31), 81% supervised and 58% self-administered — as summarised in clinical.md §6.2.',
    clinicalMd: '§6.2',
  },
  SPINE_2016_PT_COHORT: {
    label: 'Spine 2016 PT cohort',
    citation:
      'Retrospective cohort of 4597 physiotherapy patients with low back pain: 28.5% reached the ODI MCID, 59% the resting NPRS MCID. Spine 2016;41:1325–1329.',
    clinicalMd: '§6.1',
    url: 'https://pubmed.ncbi.nlm.nih.gov/26890953/',
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
