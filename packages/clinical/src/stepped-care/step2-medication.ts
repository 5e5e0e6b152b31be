import { drugClassContraindications } from '../medications/contraindications';
import { type CardSuggestion, type DecisionCard, makeCard } from './card';
import { type EngineContext, ruleById } from './engine-context';
import { inClassOnList } from './medication-lookup';
import { describeTier, type TierState } from './medication-tiers';

/** Step 2 medication cards (ACP 2017 Rec 3; NICE NG59; clinical.md §1.3, §7.1–§7.6). */

const STEP2_PATIENT_DETAIL =
  'Your exercise programme stays the most important part of your plan. Your care team will go through the possible benefits and side effects of each option with you, so you can decide together.';

export function nsaidFirstCard(context: EngineContext, nsaid: TierState): DecisionCard {
  const rule = ruleById('step2-nsaid-first');
  const profile = context.state.profile;
  const cautions = [
    profile.age >= 65 ? `age ${profile.age} (GI risk: consider gastroprotection)` : null,
    profile.giBleedHistory === 'past' ? 'previous GI bleed (consider gastroprotection or avoid)' : null,
    profile.cardiovascularDisease ? 'cardiovascular disease (FDA 2015 warning)' : null,
    profile.heartFailure === 'compensated' ? 'heart failure (FDA 2015 warning)' : null,
    profile.chronicKidneyDisease || (profile.egfr ?? 100) < 60 ? 'chronic kidney disease' : null,
  ].filter((caution): caution is string => caution !== null);
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician: {
      summary: 'Next step: consider an NSAID (first-line drug, ACP 2017 Rec 3)',
      detail: `Non-drug care has not produced a meaningful change with adequate adherence. ACP 2017 Rec 3: consider an NSAID first. NICE NG59: consider an oral NSAID, weighing GI, liver and cardio-renal risk and age; lowest effective dose for the shortest time; think about gastroprotection. The effect is small (Enthoven 2016: about −3/100). Paracetamol alone is not recommended (no effect in LBP, Machado 2015; NICE). Keep the exercise programme.${cautions.length > 0 ? ` Cautions: ${cautions.join('; ')}.` : ''}`,
    },
    patient: {
      summary: 'Your care team will talk with you about medicine options',
      detail: STEP2_PATIENT_DETAIL,
    },
    reasons: [describeTier(nsaid), ...cautions.map((caution) => `Caution: ${caution}`)],
    source: rule.citations,
    suggestions: [
      {
        label: 'Consider an NSAID, lowest dose, shortest time',
        actionType: 'consider-medication',
        drugClass: 'nsaid',
        isRecommended: true,
      },
    ],
  });
}

export function secondLineCard(tiers: readonly TierState[]): DecisionCard | null {
  const available = tiers.filter(
    (tier) => tier.status === 'available' && (tier.tier === 'duloxetine' || tier.tier === 'tramadol'),
  );
  if (available.length === 0) return null;
  const rule = ruleById('step2-second-line-duloxetine-tramadol');
  const suggestions: CardSuggestion[] = available.map((tier) =>
    tier.tier === 'duloxetine'
      ? {
          label: 'Consider duloxetine (30 mg for a week, then 60 mg daily)',
          actionType: 'consider-medication',
          drugClass: 'snri',
          drug: 'duloxetine',
          isRecommended: true,
        }
      : {
          label: 'Consider tramadol (opioid safeguards apply)',
          actionType: 'consider-medication',
          drugClass: 'tramadol',
          drug: 'tramadol',
          isRecommended: true,
        },
  );
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician: {
      summary: 'Next step: duloxetine or tramadol (ACP second line); NICE advises against SNRIs',
      detail:
        'Guidelines disagree here, so both are shown. ACP 2017 Rec 3: tramadol or duloxetine are second-line after an NSAID. NICE NG59: do not offer SSRIs, SNRIs or TCAs for LBP. Evidence: pooled duloxetine trials, ≥30% relief in 59.7% vs 47.8% on placebo (Alev 2017); nausea 13–18%, discontinuation for adverse events 15.2% vs 5.4%; label dose 60 mg daily with an optional 30 mg start ([K], verify against the SPL). Tramadol is a μ-agonist and SNRI: seizure and serotonin-syndrome risks, and the opioid safeguards apply (PDMP, reassess within 4 weeks). Do not combine duloxetine with tramadol without a serotonin-syndrome check.',
    },
    patient: {
      summary: 'Your care team will talk with you about other medicine options',
      detail: STEP2_PATIENT_DETAIL,
    },
    reasons: tiers.map(describeTier),
    source: rule.citations,
    suggestions,
  });
}

export function recordTrialOutcomeCard(
  context: EngineContext,
  current: readonly TierState[],
): DecisionCard | null {
  if (current.length === 0) return null;
  const rule = ruleById('step2-record-trial-outcome');
  const pain = context.outcomes.changes.find((change) => change.instrument === 'pain');
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician: {
      summary: 'Record the outcome of the current medication trial before the next tier',
      detail:
        'A medication is being taken with no recorded trial outcome. Record it as failed, not tolerated or helped (with the pain and PEG change since it began) so the next guideline tier can be offered on evidence rather than assumption.',
    },
    patient: {
      summary: 'Your care team will ask how your current treatment has been working',
      detail:
        'Your diary and questionnaires show how things have changed. Your care team will go through them with you.',
    },
    reasons: [
      ...current.map(describeTier),
      ...(pain ? [`Pain change this step: ${Math.round(pain.pointChange * 10) / 10} points`] : []),
    ],
    source: rule.citations,
    suggestions: [
      { label: 'Record the trial outcome', actionType: 'review-medication', isRecommended: true },
    ],
  });
}

export function gabapentinoidNotForSciaticaCard(context: EngineContext): DecisionCard | null {
  const { phenotype } = context.state.assessment;
  if (phenotype !== 'radicular' && phenotype !== 'mixed') return null;
  // When a gabapentinoid is already prescribed, the gabapentinoid-off-guideline alert says this instead.
  if (inClassOnList(context.state.medications, ['gabapentinoid']).length > 0) return null;
  const rule = ruleById('step2-gabapentinoid-not-for-sciatica');
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician: {
      summary: 'Radicular pain: gabapentinoids are not suggested (NICE 2020, no benefit in trials)',
      detail:
        'Practice and guidelines disagree here, so both are shown. Practice: gabapentin or pregabalin are often prescribed for "nerve pain" because general neuropathic-pain guidance lists them. Guideline: NICE NG59 (2020) says do not offer gabapentinoids for sciatica. Evidence: PRECISE (Mathieson 2017) found no benefit of pregabalin for sciatica at 8 or 52 weeks and more adverse events; Enke 2018 found no effect in LBP or radicular pain. Safety: FDA 2019 warns of respiratory depression with opioids or other CNS depressants.',
    },
    patient: {
      summary: 'About medicines for nerve-related leg pain',
      detail:
        'Research has found that some medicines often prescribed for nerve pain do not help sciatica and can cause dizziness and drowsiness. Your care team can explain the evidence.',
    },
    reasons: [`Phenotype: ${phenotype}`],
    source: rule.citations,
    suggestions: [],
  });
}

export function muscleRelaxantFlareCard(context: EngineContext): DecisionCard | null {
  const { state, acuteFlare } = context;
  if (!acuteFlare) return null;
  if (inClassOnList(state.medications, ['muscle-relaxant']).length > 0) return null;
  const triedBefore = state.medicationTrials.some(
    (trial) => trial.drugClass === 'muscle-relaxant' && trial.outcome !== 'helped',
  );
  if (
    triedBefore ||
    drugClassContraindications('muscle-relaxant', state.profile, state.medications).length > 0
  ) {
    return null;
  }
  const rule = ruleById('step2-muscle-relaxant-flare');
  return makeCard({
    ruleId: rule.id,
    severity: rule.severity,
    clinician: {
      summary: 'Acute flare: a muscle relaxant for 2 weeks or less is an option',
      detail:
        'ACP 2017 Rec 1: for acute LBP, an NSAID or a skeletal muscle relaxant may be used if a drug is wanted. Cashin 2021: small pain effect at ≤2 weeks, none on disability, more adverse events (RR 1.6). Limit to about 2 weeks; warn about sedation; avoid with opioids, benzodiazepines or gabapentinoids. Non-drug flare care (heat, gentle movement, pacing back the programme) comes first.',
    },
    patient: {
      summary: 'Help for your flare-up',
      detail:
        'Flare-ups usually settle within days to a few weeks. Keep moving gently, try heat, and ease back your exercise programme for a few days. Your care team may also discuss short-term medicine options for the flare.',
    },
    reasons: [`Flare ongoing since ${acuteFlare.startedOn}`],
    source: rule.citations,
    suggestions: [
      {
        label: 'Consider a muscle relaxant for up to 2 weeks',
        actionType: 'consider-medication',
        drugClass: 'muscle-relaxant',
        isRecommended: false,
      },
    ],
  });
}
