import {
  article,
  assumption,
  evidence,
  type SimulationParameter,
  type SimulationParameters,
} from './parameter-types';

/**
 * The simulation's parameters: one place, every number with its basis (see parameter-types.ts).
 * Evidence comes from clinical.md §6.1 (time course), §6.2 (adherence), §6.3 (predictors),
 * §7.1–§7.2 (NSAID, duloxetine), §5.7 (CBT) and §1.5 (STarT Back). Where clinical.md has no
 * number the entry is an `assumption` and says so. docs/simulation.md lists them all.
 */
export const DEFAULT_PARAMETERS: SimulationParameters = {
  scenario: 'default',
  cohort: {
    ageMean: assumption(47, 'Mean age of adults in a back-pain programme; clinical.md gives no age mix.'),
    ageSd: assumption(13, 'Spread of ages (ages are kept between 18 and 85).'),
    femaleShare: assumption(0.56, 'Share of women; no rule in clinical.md depends on sex.'),
    phenotypeShares: assumption(
      { mechanical: 0.6, radicular: 0.24, inflammatory: 0.05, mixed: 0.11 },
      'Target mix of intake features; the phenotype itself is decided by the real assess().',
    ),
    riskShares: assumption(
      { low: 0.33, medium: 0.42, high: 0.25 },
      'Target STarT Back mix of the intake answers; clinical.md records the trial, not the group sizes. The group is scored by the real assess().',
      { source: 'HILL_2011_STARTBACK_TRIAL', section: 'stratified care by risk group' },
    ),
    depressedShare: assumption(0.22, 'Share with PHQ-9 of 10 or more at intake.'),
    selfHarmShare: assumption(
      0.02,
      'Share answering PHQ-9 item 9 above 0 at intake (rare, so triage has examples).',
    ),
    redFlagShare: assumption(
      0.01,
      'Share with an emergency or urgent red flag at intake; their programme is blocked by the real generator.',
    ),
    baselinePainSd: assumption(
      1.7,
      'Spread of baseline pain around the Costa 2012 mean (kept within 1–10 on the NRS).',
    ),
  },
  timeCourse: {
    meanPain: evidence(
      [
        { week: 0, meanPain: 5.1 },
        { week: 6, meanPain: 3.3 },
        { week: 26, meanPain: 2.6 },
        { week: 52, meanPain: 2.3 },
      ],
      { source: 'COSTA_2012', section: 'persistent cohorts: 51, 33, 26, 23 on 0–100' },
      'Mean pain in persistent (chronic) cohorts, divided by 10 for the 0–10 NRS. Used as the course under usual stepped care; pain is held flat after week 52.',
    ),
  },
  response: {
    responderMeanFall: assumption(
      0.74,
      'Mean fall in pain (fraction of baseline) by week 52 for a patient whose pain responds. Costa 2012 gives only cohort means; splitting them into responders and non-responders is ours.',
    ),
    responderFallSd: assumption(0.14, 'Spread of the responders’ fall.'),
    nonResponderMeanFall: assumption(0.12, 'Mean fall in pain by week 52 for a non-responder.'),
    nonResponderFallSd: assumption(0.16, 'Spread of the non-responders’ fall (some worsen).'),
    baselinePainRiskRatio: evidence(
      1.12,
      {
        source: 'CAMPBELL_2013',
        section: 'each point of baseline pain raised the risk of poor outcome by 12%',
      },
      'Risk ratio of non-response per point of baseline pain above the cohort mean (6-month outcome in the source).',
    ),
    riskGroupRiskRatio: assumption(
      { low: 0.7, medium: 1, high: 1.45 },
      'Risk ratio of non-response by STarT Back group. The direction is documented (high risk has the worst prognosis); the sizes are ours.',
      { source: 'HILL_2011_STARTBACK_TRIAL', section: 'high-risk group has the worst prognosis' },
    ),
    depressionRiskRatio: assumption(
      1.3,
      'Risk ratio of non-response with PHQ-9 of 10 or more. Psychiatric comorbidity predicts persistence; the size is ours.',
      { source: 'CHOU_2010_PROGNOSIS', section: 'psychiatric comorbidity predicts persistence' },
    ),
    adherenceEffect: assumption(
      0.25,
      'Extra fall in pain (fraction of baseline) per unit of exercise adherence above the cohort mean. Adherence trajectories are linked to recovery; no effect size is recorded.',
      { source: 'ARENSMAN_2024', section: 'adherence trajectories linked to recovery' },
    ),
  },
  adherence: {
    meanRate: evidence(
      0.64,
      { source: 'MISPEX_NETWORK', section: 'average adherence 64% (SD 31)' },
      'Mean share of planned home-exercise sessions done.',
    ),
    sdRate: evidence(
      0.31,
      { source: 'MISPEX_NETWORK', section: 'average adherence 64% (SD 31)' },
      'Spread of adherence between patients (rates are kept within 2–100%).',
    ),
    trajectoryShares: evidence(
      { stable: 0.45, declining: 0.12, improving: 0.43 },
      { source: 'ARENSMAN_2024', section: 'declining 12%, stable 45%, increasing 43%' },
      'Share of patients on each adherence trajectory.',
    ),
    trajectoryChange: assumption(
      { stable: 0, declining: -0.4, improving: 0.25 },
      'How far the session probability moves over the first 12 weeks on each trajectory (then holds). The source gives shares, not slopes.',
      { source: 'ARENSMAN_2024', section: 'trajectory shapes' },
    ),
    depressionPenalty: assumption(
      0.1,
      'Lower session probability with PHQ-9 of 10 or more. Depression goes with poor adherence; the size is ours.',
      { source: 'JACK_2010', section: 'depression, anxiety or helplessness' },
    ),
    supervisedGain: evidence(
      0.23,
      { source: 'MISPEX_NETWORK', section: '81% supervised vs 58% self-administered' },
      'Supervised minus self-administered adherence (0.81 − 0.58).',
    ),
    supervisedShare: assumption(
      0.3,
      'Share of sessions that are supervised while physiotherapy is in the plan, so the gain applied is 0.23 × 0.3.',
    ),
    reminderNudge: assumption(
      0.05,
      'Reminders add 5 points to the daily session probability. Motivational strategies go with better adherence; no effect size is recorded.',
      { source: 'BEINART_2013', section: 'behaviour-change programme with motivational strategies' },
    ),
    simplifiedProgrammeNudge: assumption(
      0.08,
      'A clinician who accepts a "not doing it" card simplifies the programme; fewer exercises predict better adherence. The size is ours.',
      { source: 'MEDINA_MIRAPEIX_2009', section: 'number of exercises predicted frequency adherence' },
    ),
    checkInRate: assumption(0.86, 'Chance of a daily check-in on any day (the diary is not an exercise).'),
  },
  flares: {
    annualProbability: evidence(
      0.73,
      { source: 'PENGEL_2003', section: '73% had at least one recurrence within 12 months' },
      'Chance of at least one flare in a year, so flares arrive at −ln(1 − 0.73) ≈ 1.3 a year. The source studied acute cohorts.',
    ),
    meanDays: assumption(5, 'Mean flare length in days (about one flare in seven lasts more than 7 days).'),
    painRise: assumption(2.5, 'Points of pain added on flare days.'),
    redFlagPerFlare: assumption(
      0.01,
      'Chance that a flare-day red-flag screen is positive (rare, for triage examples).',
    ),
  },
  treatment: {
    nsaidPainShift: evidence(
      -0.33,
      { source: 'ENTHOVEN_2016', section: 'mean difference −3.30 on 0–100' },
      'Pain shift while on an NSAID (−3.3/100 as −0.33 on the NRS).',
    ),
    duloxetineResponse: evidence(
      0.597,
      { source: 'ALEV_2017', section: '≥30% pain reduction 59.7% vs 47.8%' },
      'Share with at least 30% pain relief on duloxetine 60 mg.',
    ),
    duloxetinePlaceboResponse: evidence(
      0.478,
      { source: 'ALEV_2017', section: '≥30% pain reduction 59.7% vs 47.8%' },
      'Share with at least 30% relief on placebo. A non-responder on duloxetine starts to respond with probability (0.597 − 0.478) / (1 − 0.478) ≈ 0.23.',
    ),
    duloxetineDiscontinuation: evidence(
      0.152,
      { source: 'SKLJAREVSKI_2010', section: 'discontinuation for adverse events 15.2% vs 5.4%' },
      'Chance of stopping duloxetine for side effects within the first 4 weeks (trial recorded as not tolerated).',
    ),
    tramadolRescue: assumption(
      0.15,
      'Chance a non-responder starts to respond on tramadol. clinical.md records its place (second line, ACP 2017) and MME factor, not an effect size.',
      { source: 'ACP_2017', section: 'Rec 3: tramadol or duloxetine second line' },
    ),
    opioidRescue: assumption(
      0.05,
      'Chance a non-responder starts to respond on an opioid: kept small because opioids were not better than non-opioid drugs over 12 months.',
      { source: 'KREBS_2018_SPACE', section: 'opioids not superior to non-opioids' },
    ),
    cbtResponse: evidence(
      0.44,
      { source: 'CHERKIN_2016', section: '≥30% improvement about 44% with CBT or MBSR' },
      'Share with at least 30% improvement in pain bothersomeness after CBT or MBSR.',
    ),
    cbtUsualCareResponse: evidence(
      0.27,
      { source: 'CHERKIN_2016', section: 'about 27% with usual care' },
      'Share with usual care. A non-responder referred to CBT starts to respond with probability (0.44 − 0.27) / (1 − 0.27) ≈ 0.23.',
    ),
    physiotherapyRescue: assumption(
      0.2,
      'Chance a non-responder starts to respond after referral to physiotherapy. 59% of a PT cohort reached the pain MCID, but that is all comers, not non-responders.',
      { source: 'SPINE_2016_PT_COHORT', section: '59% reached the MCID for resting NPRS' },
    ),
    clinicianAcceptance: assumption(
      0.7,
      'Chance that the simulated clinician accepts a decision card that proposes an action (configurable per run).',
    ),
  },
  noise: {
    dailySd: assumption(0.7, 'Day-to-day noise in diary pain (points).'),
    weeklySd: assumption(
      0.6,
      'Slow week-to-week fluctuation in pain (points); LBP fluctuates from week to week.',
      { source: 'KONGSTED_2010', section: 'weekly fluctuation' },
    ),
    weeklyPersistence: assumption(
      0.9,
      'Day-to-day persistence of that slow fluctuation (AR(1) coefficient).',
    ),
  },
};

const SEED_ARTICLE = 'seed article (shared/reference/seed-article.txt)';

/**
 * The seed article's figures as a scenario, for comparison only (clinical.md §8). Never the
 * default: §8 found each figure unsupported, misstated or overstated.
 */
export const ARTICLE_PARAMETERS: SimulationParameters = {
  ...DEFAULT_PARAMETERS,
  scenario: 'article',
  timeCourse: {
    meanPain: article(
      [
        { week: 0, meanPain: 5.1 },
        { week: 6, meanPain: 3.7 },
        { week: 12, meanPain: 2.8 },
        { week: 52, meanPain: 2.8 },
      ],
      `${SEED_ARTICLE}: improvement in 4–6 weeks, "full improvement" in 8–12 weeks, 40–50% pain reduction (clinical.md §8 rows 4 and 6)`,
      'A 45% mean fall reached by week 12 and then held; §8 finds the "full improvement" claim unsupported.',
    ),
  },
  response: {
    ...DEFAULT_PARAMETERS.response,
    responderMeanFall: article(
      0.55,
      `${SEED_ARTICLE}: meaningful improvement for most people in PT (clinical.md §8 row 1)`,
      'Chosen with the non-responder fall so that about 78 in 100 respond, as the article claims.',
    ),
    nonResponderMeanFall: article(
      0.1,
      `${SEED_ARTICLE}: clinical.md §8 row 1`,
      'Non-responders improve little.',
    ),
    adherenceEffect: article(
      0.6,
      `${SEED_ARTICLE}: home-exercise adherers "succeed" far more often (clinical.md §8 row 2)`,
      'A larger effect of adherence, matching the article’s success gap between adherers and non-adherers.',
    ),
  },
  adherence: {
    ...DEFAULT_PARAMETERS.adherence,
    meanRate: article(
      0.63,
      `${SEED_ARTICLE}: share who stick with self-management (clinical.md §8 row 4)`,
      '§8 says the figure matches MiSpEx exercise adherence, not self-management.',
    ),
  },
  treatment: {
    ...DEFAULT_PARAMETERS.treatment,
    duloxetineResponse: article(
      0.67,
      `${SEED_ARTICLE}: "duloxetine helps" most patients (clinical.md §8 row 5)`,
      '§8: pooled RCTs show 59.7% vs 47.8% on placebo.',
    ),
  },
};

export const SCENARIOS = { default: DEFAULT_PARAMETERS, article: ARTICLE_PARAMETERS } as const;
export type ScenarioName = keyof typeof SCENARIOS;

/** Every parameter of a scenario with its dotted path, e.g. `adherence.meanRate` (for docs and tests). */
export function listParameters(
  parameters: SimulationParameters,
): { readonly path: string; readonly parameter: SimulationParameter<unknown> }[] {
  const found: { path: string; parameter: SimulationParameter<unknown> }[] = [];
  for (const [group, entries] of Object.entries(parameters)) {
    if (typeof entries !== 'object' || entries === null) continue;
    for (const [name, parameter] of Object.entries(entries as Record<string, SimulationParameter<unknown>>)) {
      found.push({ path: `${group}.${name}`, parameter });
    }
  }
  return found;
}
