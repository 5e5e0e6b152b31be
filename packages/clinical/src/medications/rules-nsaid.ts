import { nsaidContraindications } from './contraindications';
import type { MedicationRuleId } from './medication-rules';
import { hasChronicKidneyDisease, kidneyFunction } from './profile';
import {
  inClass,
  listMedications,
  type MedicationRuleEvaluator,
  medicationCard,
  medicationReasons,
  PATIENT_TEAM_WILL_REVIEW,
  reviewSuggestion,
} from './rule-context';

/** NSAID safety (clinical.md §7.1, §7.8): GI bleeding, renal and cardiovascular risk, contraindications. */

export const nsaidRuleEvaluators: Partial<Record<MedicationRuleId, MedicationRuleEvaluator>> = {
  'nsaid-gi-bleed-risk': (context, rule) => {
    const nsaids = inClass(context, 'nsaid');
    const profile = context.profile;
    if (nsaids.length === 0 || !profile) return null;
    const bleedingPartners = inClass(context, 'anticoagulant', 'antiplatelet', 'ssri', 'snri');
    const risks = [
      profile.age >= context.config.nsaidCautionAge ? `age ${profile.age}` : null,
      profile.giBleedHistory === 'past' ? 'previous GI bleed or ulcer' : null,
      ...bleedingPartners.map((medication) => `${medication.entry.drug} (${medication.info?.drugClass})`),
    ].filter((risk): risk is string => risk !== null);
    if (risks.length === 0) return null;
    return medicationCard(
      rule,
      {
        summary: 'NSAID with GI-bleed risk factors: consider gastroprotection or avoid',
        detail: `${listMedications(nsaids)} with ${risks.join(', ')}. NSAIDs carry a boxed warning for GI bleeding, ulceration and perforation; the risk is higher with age, previous ulcer, anticoagulants, antiplatelets and SSRIs/SNRIs. NICE NG59: lowest effective dose for the shortest time; think about gastroprotection.`,
      },
      {
        summary: 'One of your medicines needs a stomach-safety check',
        detail: `${PATIENT_TEAM_WILL_REVIEW} If you notice black or bloody stools, or vomit blood, seek urgent medical help.`,
      },
      [...medicationReasons(nsaids), ...risks.map((risk) => `Risk factor: ${risk}`)],
      [reviewSuggestion('Review the NSAID: gastroprotection, lowest dose, shortest time, or avoid')],
    );
  },

  'nsaid-renal-cv-risk': (context, rule) => {
    const nsaids = inClass(context, 'nsaid');
    const profile = context.profile;
    if (nsaids.length === 0 || !profile) return null;
    const kidney = kidneyFunction(profile);
    const risks = [
      hasChronicKidneyDisease(profile)
        ? `chronic kidney disease${kidney !== null ? ` (${kidney} mL/min)` : ''}`
        : null,
      profile.heartFailure !== 'none' ? `heart failure (${profile.heartFailure})` : null,
      profile.cardiovascularDisease ? 'cardiovascular disease' : null,
      profile.uncontrolledHypertension ? 'uncontrolled hypertension' : null,
    ].filter((risk): risk is string => risk !== null);
    if (risks.length === 0) return null;
    return medicationCard(
      rule,
      {
        summary: 'NSAID with kidney or cardiovascular risk',
        detail: `${listMedications(nsaids)} with ${risks.join(', ')}. FDA 2015: MI and stroke risk can begin in the first weeks of NSAID use, with or without heart disease, and heart-failure risk rises; labels warn of renal toxicity and hypertension. NICE NG59: take cardio-renal toxicity into account.`,
      },
      {
        summary: 'One of your medicines needs a heart and kidney safety check',
        detail: PATIENT_TEAM_WILL_REVIEW,
      },
      [...medicationReasons(nsaids), ...risks.map((risk) => `Risk factor: ${risk}`)],
      [reviewSuggestion('Review the NSAID against kidney and cardiovascular risk')],
    );
  },

  'nsaid-triple-whammy': (context, rule) => {
    const nsaids = inClass(context, 'nsaid');
    const raas = inClass(context, 'ace-inhibitor', 'arb');
    const diuretics = inClass(context, 'diuretic');
    if (nsaids.length === 0 || raas.length === 0 || diuretics.length === 0) return null;
    return medicationCard(
      rule,
      {
        summary: '"Triple whammy": NSAID + ACE inhibitor/ARB + diuretic (acute kidney injury)',
        detail: `${listMedications(nsaids)} with ${listMedications(raas)} and ${listMedications(diuretics)}. This combination is a recognised cause of acute kidney injury (clinical.md §7.1).`,
      },
      {
        summary: 'Three of your medicines need a kidney safety check together',
        detail: PATIENT_TEAM_WILL_REVIEW,
      },
      [...medicationReasons(nsaids), ...medicationReasons(raas), ...medicationReasons(diuretics)],
      [reviewSuggestion('Review the NSAID, ACE inhibitor/ARB and diuretic combination')],
    );
  },

  'nsaid-contraindicated': (context, rule) => {
    const nsaids = inClass(context, 'nsaid');
    if (nsaids.length === 0 || !context.profile) return null;
    const reasons = nsaidContraindications(context.profile);
    if (reasons.length === 0) return null;
    return medicationCard(
      rule,
      {
        summary: 'NSAID prescribed despite a contraindication',
        detail: `${listMedications(nsaids)} with ${reasons.join(', ')}. Label contraindications and warnings (clinical.md §7.1).`,
      },
      { summary: 'One of your medicines needs an urgent safety check', detail: PATIENT_TEAM_WILL_REVIEW },
      [...medicationReasons(nsaids), ...reasons.map((reason) => `Contraindication: ${reason}`)],
      [reviewSuggestion('Review the NSAID now')],
    );
  },
};
