import { dailyMilligrams } from './frequency';
import type { MedicationRuleId } from './medication-rules';
import { kidneyFunction } from './profile';
import {
  listMedications,
  type MedicationContext,
  type MedicationRuleEvaluator,
  medicationCard,
  medicationReasons,
  PATIENT_TEAM_WILL_REVIEW,
  type ResolvedMedication,
  reviewSuggestion,
  withGeneric,
} from './rule-context';

/** Duloxetine and tramadol: serotonin syndrome, MAOIs, seizures, dose limits (clinical.md §7.2, §7.6, §7.8). */

const SEROTONIN_SAFETY_NET =
  'If you get a high temperature, shaking, muscle twitching, agitation or confusion, seek urgent medical help.';

function serotonergicPartners(
  context: MedicationContext,
  excludeGenerics: readonly string[],
): ResolvedMedication[] {
  return context.medications.filter(
    (medication) =>
      medication.info?.serotonergic &&
      !medication.info.inhibitsMonoamineOxidase &&
      !excludeGenerics.includes(medication.info.generic),
  );
}

function tramadolDailyLimit(context: MedicationContext, medication: ResolvedMedication) {
  const profile = context.profile;
  const kidney = profile ? kidneyFunction(profile) : null;
  const extendedRelease = medication.entry.formulation === 'extended-release';
  const limits: { limit: number; reason: string }[] = [
    extendedRelease
      ? { limit: 300, reason: 'extended-release maximum 300 mg/day' }
      : { limit: 400, reason: 'immediate-release maximum 400 mg/day' },
  ];
  if (kidney !== null && kidney < 30)
    limits.push({ limit: 200, reason: `CrCl ${kidney} mL/min: maximum 200 mg/day` });
  if (profile && profile.age > 75)
    limits.push({ limit: 300, reason: `age ${profile.age}: maximum 300 mg/day` });
  return limits.reduce((lowest, next) => (next.limit < lowest.limit ? next : lowest));
}

export const serotonergicRuleEvaluators: Partial<Record<MedicationRuleId, MedicationRuleEvaluator>> = {
  'duloxetine-serotonergic': (context, rule) => {
    const duloxetine = withGeneric(context, 'duloxetine');
    const partners = serotonergicPartners(context, ['duloxetine']);
    if (duloxetine.length === 0 || partners.length === 0) return null;
    return medicationCard(
      rule,
      {
        summary: 'Duloxetine with another serotonergic drug: serotonin syndrome risk',
        detail: `Duloxetine is prescribed with ${listMedications(partners)}. Serotonin syndrome can occur at recommended doses (duloxetine and tramadol labels). Confirm the combination is intended, and monitor for agitation, tremor, hyperthermia and clonus.`,
      },
      {
        summary: 'Two of your medicines need a safety check together',
        detail: `${PATIENT_TEAM_WILL_REVIEW} ${SEROTONIN_SAFETY_NET}`,
      },
      [...medicationReasons(duloxetine), ...medicationReasons(partners)],
      [reviewSuggestion('Confirm the serotonergic combination is intended')],
    );
  },

  'maoi-linezolid-contraindicated': (context, rule) => {
    const affected = [...withGeneric(context, 'duloxetine'), ...withGeneric(context, 'tramadol')];
    const inhibitors = context.medications.filter((medication) => medication.info?.inhibitsMonoamineOxidase);
    if (affected.length === 0 || inhibitors.length === 0) return null;
    return medicationCard(
      rule,
      {
        summary: 'Contraindicated: duloxetine or tramadol with an MAOI, linezolid or methylene blue',
        detail: `${listMedications(affected)} with ${listMedications(inhibitors)}. Duloxetine label: contraindicated with MAOIs (allow 14 days after stopping an MAOI, 5 days after stopping duloxetine) and must not be started in patients on linezolid or IV methylene blue. Tramadol: do not give with an MAOI or within 14 days of stopping one.`,
      },
      {
        summary: 'Two of your medicines should not be combined',
        detail: `${PATIENT_TEAM_WILL_REVIEW} ${SEROTONIN_SAFETY_NET}`,
      },
      [...medicationReasons(affected), ...medicationReasons(inhibitors)],
      [reviewSuggestion('Resolve the contraindicated combination now')],
    );
  },

  'tramadol-serotonergic': (context, rule) => {
    const tramadol = withGeneric(context, 'tramadol');
    // Duloxetine + tramadol is reported once, by duloxetine-serotonergic.
    const partners = serotonergicPartners(context, ['tramadol', 'duloxetine']);
    if (tramadol.length === 0 || partners.length === 0) return null;
    return medicationCard(
      rule,
      {
        summary: 'Tramadol with a serotonergic drug: serotonin syndrome risk',
        detail: `Tramadol is prescribed with ${listMedications(partners)}. Tramadol inhibits serotonin and noradrenaline reuptake; serotonin syndrome can occur with SSRIs, SNRIs, TCAs, MAOIs and triptans, even at recommended doses (tramadol label).`,
      },
      {
        summary: 'Two of your medicines need a safety check together',
        detail: `${PATIENT_TEAM_WILL_REVIEW} ${SEROTONIN_SAFETY_NET}`,
      },
      [...medicationReasons(tramadol), ...medicationReasons(partners)],
      [reviewSuggestion('Confirm the serotonergic combination is intended')],
    );
  },

  'tramadol-seizure-risk': (context, rule) => {
    const tramadol = withGeneric(context, 'tramadol');
    if (tramadol.length === 0) return null;
    const lowering = context.medications.filter(
      (medication) => medication.info?.lowersSeizureThreshold && medication.info.generic !== 'tramadol',
    );
    const history = context.profile?.seizureRisk ?? false;
    if (!history && lowering.length === 0) return null;
    const reasons = [
      ...medicationReasons(tramadol),
      ...(history ? ['Seizure history or epilepsy recorded'] : []),
      ...lowering.map((medication) => `Seizure-threshold-lowering: ${medication.entry.drug}`),
    ];
    return medicationCard(
      rule,
      {
        summary: 'Tramadol with seizure risk',
        detail: `Tramadol lowers the seizure threshold; the risk rises above the recommended dose and with SSRIs, TCAs, MAOIs, antipsychotics and other opioids. Avoid in epilepsy or a seizure history. Naloxone given for tramadol overdose may itself increase seizure risk (Medsafe 2007).`,
      },
      {
        summary: 'One of your medicines needs a safety check because of seizure risk',
        detail: PATIENT_TEAM_WILL_REVIEW,
      },
      reasons,
      [reviewSuggestion('Review tramadol against seizure risk')],
    );
  },

  'tramadol-dose-limit': (context, rule) => {
    const tramadol = withGeneric(context, 'tramadol');
    if (tramadol.length === 0) return null;
    const kidney = context.profile ? kidneyFunction(context.profile) : null;
    const problems: string[] = [];
    if (kidney !== null && kidney < 10) {
      problems.push(`Tramadol is contraindicated with CrCl ${kidney} mL/min (<10)`);
    } else {
      // Several tramadol lines (scheduled + as needed) count together against one daily limit.
      const dailyAmounts = tramadol.map((medication) => dailyMilligrams(medication.entry));
      const known = dailyAmounts.filter((amount): amount is number => amount !== null);
      const total = known.reduce((sum, amount) => sum + amount, 0);
      const { limit, reason } = tramadol
        .map((medication) => tramadolDailyLimit(context, medication))
        .reduce((lowest, next) => (next.limit < lowest.limit ? next : lowest));
      if (total > limit) problems.push(`Tramadol ${total} mg/day in total exceeds the ${reason}`);
    }
    if (problems.length === 0) return null;
    return medicationCard(
      rule,
      {
        summary: 'Tramadol above its daily limit for this patient',
        detail: `${problems.join('; ')}. Seizure and serotonin risks rise above the recommended dose (tramadol label; clinical.md §7.6).`,
      },
      { summary: 'One of your medicines needs a dose check', detail: PATIENT_TEAM_WILL_REVIEW },
      [...medicationReasons(tramadol), ...problems],
      [reviewSuggestion('Review the tramadol dose')],
    );
  },

  'duloxetine-renal-hepatic': (context, rule) => {
    const duloxetine = withGeneric(context, 'duloxetine');
    const profile = context.profile;
    if (duloxetine.length === 0 || !profile) return null;
    const kidney = kidneyFunction(profile);
    const problems = [
      kidney !== null && kidney < context.config.severeRenalImpairment ? `CrCl ${kidney} mL/min (<30)` : null,
      profile.chronicLiverDisease ? 'chronic liver disease' : null,
      profile.heavyAlcoholUse ? 'substantial alcohol use' : null,
    ].filter((problem): problem is string => problem !== null);
    if (problems.length === 0) return null;
    return medicationCard(
      rule,
      {
        summary: 'Duloxetine with severe renal impairment, liver disease or heavy alcohol use',
        detail: `Duloxetine label: avoid in severe renal impairment (CrCl <30 mL/min) and in chronic liver disease or substantial alcohol use (hepatotoxicity). Present: ${problems.join(', ')}.`,
      },
      {
        summary: 'One of your medicines needs a check against your other health conditions',
        detail: PATIENT_TEAM_WILL_REVIEW,
      },
      [...medicationReasons(duloxetine), ...problems],
      [reviewSuggestion('Review duloxetine against kidney and liver function')],
    );
  },
};
