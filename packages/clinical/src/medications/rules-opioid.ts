import { daysBetween } from '../outcomes/dates';
import type { MedicationRuleId } from './medication-rules';
import { kidneyFunction } from './profile';
import {
  inClass,
  listMedications,
  type MedicationContext,
  type MedicationRuleEvaluator,
  medicationCard,
  medicationReasons,
  opioids,
  PATIENT_TEAM_WILL_REVIEW,
  reviewSuggestion,
  withGeneric,
} from './rule-context';

/** Opioid co-prescription, MME thresholds and CDC 2022 monitoring safeguards (clinical.md §2.2, §7.8). */

const BREATHING_SAFETY_NET =
  'If someone cannot wake you, or your breathing becomes slow or shallow, call emergency services.';

const naloxoneSuggestion = {
  label: 'Offer naloxone',
  actionType: 'safety-check',
  isRecommended: true,
} as const;

function mmeReasons(context: MedicationContext): string[] {
  const lines = context.mme.lines
    .filter((line) => line.mmePerDay !== null)
    .map((line) => `${line.drug}: ${line.mmePerDay} MME/day`);
  return [`Total ${context.mme.totalMmePerDay} MME/day (${context.mme.factorSet} factors)`, ...lines];
}

function naloxoneReason(context: MedicationContext): string {
  const offered = context.safeguards.naloxoneOfferedOn;
  return offered ? `Naloxone offered on ${offered}` : 'No naloxone offer recorded';
}

export const opioidRuleEvaluators: Partial<Record<MedicationRuleId, MedicationRuleEvaluator>> = {
  'opioid-benzodiazepine': (context, rule) => {
    const opioidList = opioids(context);
    const benzodiazepines = inClass(context, 'benzodiazepine');
    if (opioidList.length === 0 || benzodiazepines.length === 0) return null;
    return medicationCard(
      rule,
      {
        summary: 'Opioid with a benzodiazepine: high risk of respiratory depression',
        detail: `${listMedications(opioidList)} is prescribed with ${listMedications(benzodiazepines)}. CDC 2022 Rec 11: take particular caution with opioids and benzodiazepines together; offer naloxone (Rec 8). If either is reduced, taper gradually. NICE NG59 (2020): do not offer benzodiazepines for sciatica.`,
      },
      {
        summary: 'Two of your medicines can slow your breathing when combined',
        detail: `Together, these medicines can cause deep sleepiness and slow or shallow breathing. ${PATIENT_TEAM_WILL_REVIEW} ${BREATHING_SAFETY_NET}`,
      },
      [...medicationReasons(opioidList), ...medicationReasons(benzodiazepines), naloxoneReason(context)],
      [reviewSuggestion('Review the opioid and benzodiazepine combination'), naloxoneSuggestion],
    );
  },

  'opioid-gabapentinoid': (context, rule) => {
    const opioidList = opioids(context);
    const gabapentinoids = inClass(context, 'gabapentinoid');
    if (opioidList.length === 0 || gabapentinoids.length === 0) return null;
    return medicationCard(
      rule,
      {
        summary: 'Opioid with a gabapentinoid: FDA respiratory-depression warning',
        detail: `${listMedications(opioidList)} is prescribed with ${listMedications(gabapentinoids)}. FDA (Dec 2019): serious breathing problems can occur when gabapentinoids are combined with opioids or other CNS depressants; use the lowest dose, monitor for sedation and respiratory depression, taper before stopping. Gabapentinoids are also off-guideline for LBP and sciatica (NICE 2020).`,
      },
      {
        summary: 'Two of your medicines can slow your breathing when combined',
        detail: `Together, these medicines can cause confusion, extreme sleepiness and slow or shallow breathing. ${PATIENT_TEAM_WILL_REVIEW} ${BREATHING_SAFETY_NET}`,
      },
      [...medicationReasons(opioidList), ...medicationReasons(gabapentinoids)],
      [reviewSuggestion('Review the opioid and gabapentinoid combination'), naloxoneSuggestion],
    );
  },

  'opioid-other-cns-depressant': (context, rule) => {
    const opioidList = opioids(context);
    const depressants = context.medications.filter(
      (medication) =>
        medication.info?.cnsDepressant &&
        !['opioid', 'tramadol', 'benzodiazepine', 'gabapentinoid'].includes(medication.info.drugClass),
    );
    if (opioidList.length === 0 || depressants.length === 0) return null;
    return medicationCard(
      rule,
      {
        summary: 'Opioid with another CNS depressant: sedation and respiratory caution',
        detail: `${listMedications(opioidList)} is prescribed with ${listMedications(depressants)}. CDC 2022 Rec 11: particular caution with opioids and other CNS depressants; consider naloxone (Rec 8).`,
      },
      {
        summary: 'Some of your medicines can make each other’s drowsiness worse',
        detail: `Together, these medicines can make you very drowsy and slow your breathing. ${PATIENT_TEAM_WILL_REVIEW} ${BREATHING_SAFETY_NET}`,
      },
      [...medicationReasons(opioidList), ...medicationReasons(depressants)],
      [reviewSuggestion('Review the CNS-depressant combination'), naloxoneSuggestion],
    );
  },

  'mme-50-naloxone': (context, rule) => {
    if (context.mme.totalMmePerDay < context.config.naloxoneMmeThreshold) return null;
    return medicationCard(
      rule,
      {
        summary: `${context.mme.totalMmePerDay} MME/day (≥${context.config.naloxoneMmeThreshold}): reassess benefit and risk; offer naloxone`,
        detail: `Total opioid dose is ${context.mme.totalMmePerDay} MME/day. CDC 2022 Rec 4: use caution at any dose and weigh benefits and risks before any increase; Rec 8: offer naloxone. The CDC CDS artefacts flag every patient at ≥50 MME/day. ${naloxoneReason(context)}.`,
      },
      {
        summary: 'Your pain medicine has been flagged for a routine safety review',
        detail:
          'At this level, guidelines advise a regular check of benefits and risks. Your care team will also talk with you about naloxone, an emergency medicine that can reverse an overdose.',
      },
      [...mmeReasons(context), naloxoneReason(context)],
      [reviewSuggestion('Reassess benefits and risks of the opioid dose'), naloxoneSuggestion],
    );
  },

  'mme-90-high-risk': (context, rule) => {
    if (context.mme.totalMmePerDay < context.config.highRiskMmeThreshold) return null;
    return medicationCard(
      rule,
      {
        summary: `${context.mme.totalMmePerDay} MME/day (≥${context.config.highRiskMmeThreshold}): high risk for opioid overdose`,
        detail: `Total opioid dose is ${context.mme.totalMmePerDay} MME/day. The CDC CDS artefacts show "high risk for opioid overdose – taper now" at ≥90. CDC 2022 Rec 4–5: avoid increases into diminishing returns; if risks outweigh benefits, optimise other therapies and taper gradually; do not stop abruptly or reduce high doses rapidly. Document the justification if the dose continues.`,
      },
      {
        summary: 'Your pain medicine is at a level that needs a careful review',
        detail:
          'Your care team will go through the benefits and risks with you. Any plan will be made together with you, one small step at a time. Your care team will also talk with you about naloxone, an emergency medicine that can reverse an overdose.',
      },
      mmeReasons(context),
      [reviewSuggestion('Review the opioid dose: justify or plan a gradual taper'), naloxoneSuggestion],
    );
  },

  'opioid-naloxone-risk-factors': (context, rule) => {
    const { profile } = context;
    const opioidList = opioids(context);
    if (!profile || opioidList.length === 0) return null;
    if (context.mme.totalMmePerDay >= context.config.naloxoneMmeThreshold) return null;
    if (context.safeguards.naloxoneOfferedOn) return null;
    const kidney = kidneyFunction(profile);
    const factors = [
      profile.substanceUseDisorderHistory ? 'history of substance use disorder' : null,
      profile.opioidOverdoseHistory ? 'history of overdose' : null,
      profile.sleepApnoea ? 'sleep apnoea' : null,
      profile.age >= 65 ? `age ${profile.age}` : null,
      kidney !== null && kidney < context.config.severeRenalImpairment
        ? `kidney function ${kidney} mL/min`
        : null,
      profile.chronicLiverDisease ? 'chronic liver disease' : null,
    ].filter((factor): factor is string => factor !== null);
    if (factors.length === 0) return null;
    return medicationCard(
      rule,
      {
        summary: 'Opioid with an overdose risk factor: offer naloxone',
        detail: `${listMedications(opioidList)} with ${factors.join(', ')}. CDC 2022 Rec 8: offer naloxone when a risk factor for opioid overdose is present, at any dose. No naloxone offer is recorded.`,
      },
      {
        summary: 'Your care team will talk with you about naloxone',
        detail:
          'Naloxone is an emergency medicine that can reverse an opioid overdose. Guidelines suggest offering it to people with certain health conditions, as a safety measure.',
      },
      [
        ...medicationReasons(opioidList),
        ...factors.map((factor) => `Risk factor: ${factor}`),
        naloxoneReason(context),
      ],
      [naloxoneSuggestion],
    );
  },

  'opioid-pdmp-check': (context, rule) => {
    const opioidList = opioids(context);
    if (!context.today || opioidList.length === 0) return null;
    const checked = context.safeguards.pdmpCheckedOn;
    if (checked && daysBetween(checked, context.today) <= context.config.pdmpRecheckDays) return null;
    const status = checked
      ? `Last PDMP check ${checked} (more than ${context.config.pdmpRecheckDays} days ago)`
      : 'No PDMP check recorded';
    return medicationCard(
      rule,
      {
        summary: 'Check the prescription drug monitoring program (PDMP)',
        detail: `${status}. CDC 2022 Rec 9: review the PDMP when starting opioids and periodically during therapy, looking for high doses and risky combinations.`,
      },
      {
        summary: 'A routine safety check of your prescription record is due',
        detail: 'This is a standard check for everyone on opioid pain medicines. Your care team will do it.',
      },
      [...medicationReasons(opioidList), status],
      [{ label: 'Check the PDMP and record the date', actionType: 'safety-check', isRecommended: true }],
    );
  },

  'opioid-urine-drug-test': (context, rule) => {
    const { today } = context;
    if (!today) return null;
    const longTerm = opioids(context).filter(
      (medication) => daysBetween(medication.entry.startDate, today) >= context.config.longTermOpioidDays,
    );
    if (longTerm.length === 0) return null;
    const tested = context.safeguards.urineDrugTestOn;
    if (tested && daysBetween(tested, today) <= context.config.urineDrugTestIntervalDays) return null;
    const status = tested ? `Last urine drug test ${tested}` : 'No urine drug test recorded';
    return medicationCard(
      rule,
      {
        summary: 'Long-term opioid without a urine drug test in 12 months',
        detail: `${status}. CDC 2022 Rec 10: for subacute or chronic opioid therapy, weigh the benefits and risks of toxicology testing; the CDS suggests considering a screen when none was done in the past 12 months.`,
      },
      {
        summary: 'A routine urine test may be offered',
        detail: 'A urine test is a standard part of safe care for people on long-term opioid pain medicines.',
      },
      [...medicationReasons(longTerm), status],
      [{ label: 'Consider a urine drug test', actionType: 'safety-check', isRecommended: false }],
    );
  },

  'buprenorphine-not-converted': (context, rule) => {
    const excluded = context.mme.lines.filter((line) => line.status === 'excluded');
    if (excluded.length === 0) return null;
    return medicationCard(
      rule,
      {
        summary: 'Buprenorphine is not counted in the MME total',
        detail: excluded[0]?.explanation ?? '',
      },
      {
        summary: 'One of your medicines is not counted in the daily total',
        detail:
          'Buprenorphine works differently from other opioid pain medicines, so it is not counted in the daily total.',
      },
      excluded.map((line) => `On ${line.drug} (${line.route})`),
      [],
    );
  },

  'methadone-caution': (context, rule) => {
    const methadone = withGeneric(context, 'methadone');
    if (methadone.length === 0) return null;
    return medicationCard(
      rule,
      {
        summary: 'Methadone: long, variable half-life; MME is not a conversion guide',
        detail:
          'CDC 2022 table cautions: take particular care with methadone, whose half-life is long and variable; equianalgesic figures are estimates and must not be used to convert from one opioid to another (cross-tolerance is incomplete). The MME factor does not apply to treatment of opioid use disorder.',
      },
      {
        summary: 'Methadone needs extra care',
        detail:
          'Methadone stays in the body for a long and variable time, so your care team reviews it with extra care.',
      },
      medicationReasons(methadone),
      [reviewSuggestion('Review methadone with specialist input')],
    );
  },

  'mme-incomplete': (context, rule) => {
    const missing = context.mme.lines.filter((line) => line.status === 'not-converted');
    if (missing.length === 0) return null;
    return medicationCard(
      rule,
      {
        summary: 'MME total is incomplete: an opioid could not be converted',
        detail: `${missing.map((line) => `${line.drug}: ${line.explanation}`).join(' ')} The total of ${context.mme.totalMmePerDay} MME/day is a lower bound.`,
      },
      {
        summary: 'One of your medicines could not be counted in the daily total',
        detail: 'Your care team will check it by hand.',
      },
      missing.map((line) => `Not converted: ${line.drug} (${line.route})`),
      [reviewSuggestion('Check the unconverted opioid by hand')],
    );
  },
};
