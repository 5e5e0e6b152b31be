import { daysBetween } from '../outcomes/dates';
import { dailyMilligrams } from './frequency';
import { normalMaximumDailyMg, renalDoseBand } from './gabapentinoid-dosing';
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

/** Gabapentinoids, paracetamol, corticosteroids, muscle relaxants, unknown drugs (clinical.md §7.3–§7.5, §7.8). */

const SYSTEMIC_ROUTES = new Set(['oral', 'intravenous', 'intramuscular', 'subcutaneous']);

export const otherRuleEvaluators: Partial<Record<MedicationRuleId, MedicationRuleEvaluator>> = {
  'gabapentinoid-off-guideline': (context, rule) => {
    const gabapentinoids = inClass(context, 'gabapentinoid');
    if (gabapentinoids.length === 0) return null;
    return medicationCard(
      rule,
      {
        summary: 'Gabapentinoid for back pain or sciatica is off-guideline (NICE 2020)',
        detail: `${listMedications(gabapentinoids)}. Guidelines and practice disagree here. Common practice: gabapentinoids are prescribed for "nerve pain" because general neuropathic-pain guidance lists them. Guideline: NICE NG59 (2020 update) says do not offer gabapentinoids for sciatica; ACP 2017 does not recommend them for CLBP. Evidence: PRECISE (Mathieson 2017) found no benefit of pregabalin for sciatica and more adverse events (dizziness 39.6% vs 12.9%); Enke 2018 found no effect in LBP or radicular pain. If continuing, explain the risks; if stopping is agreed, taper and discuss withdrawal.`,
      },
      {
        summary: 'One of your medicines is due for a review against current guidance',
        detail: `Recent research has not shown this medicine helping back pain or sciatica. ${PATIENT_TEAM_WILL_REVIEW}`,
      },
      medicationReasons(gabapentinoids),
      [reviewSuggestion('Discuss the evidence and agree a plan (taper if stopping)')],
    );
  },

  'gabapentinoid-renal-dose': (context, rule) => {
    const profile = context.profile;
    const gabapentinoids = inClass(context, 'gabapentinoid');
    if (!profile || gabapentinoids.length === 0) return null;
    const kidney = kidneyFunction(profile);
    const findings = gabapentinoids.flatMap((medication) => {
      const generic = medication.info?.generic ?? '';
      if (kidney === null) {
        return hasChronicKidneyDisease(profile)
          ? [`${medication.entry.drug}: CKD recorded but no creatinine clearance; dose by CrCl`]
          : [];
      }
      const band = renalDoseBand(generic, kidney);
      const normal = normalMaximumDailyMg(generic);
      if (!band || normal === null || band.maximumDailyMg >= normal) return [];
      const daily = dailyMilligrams(medication.entry);
      const verdict =
        daily === null
          ? 'daily amount unknown'
          : daily > band.maximumDailyMg
            ? `${daily} mg/day exceeds the band maximum`
            : `${daily} mg/day is within the band`;
      return [`${medication.entry.drug} at ${kidney} mL/min: ${band.label}; ${verdict}`];
    });
    if (findings.length === 0) return null;
    return medicationCard(
      rule,
      {
        summary: 'Gabapentinoid with reduced kidney function: dose by creatinine clearance',
        detail: `${findings.join('. ')}. Gabapentin and pregabalin are cleared by the kidneys almost unchanged.`,
      },
      {
        summary: 'One of your medicines needs a kidney-function dose check',
        detail: PATIENT_TEAM_WILL_REVIEW,
      },
      [...medicationReasons(gabapentinoids), ...findings],
      [reviewSuggestion('Check the gabapentinoid dose against creatinine clearance')],
    );
  },

  'gabapentinoid-respiratory-risk': (context, rule) => {
    const profile = context.profile;
    const gabapentinoids = inClass(context, 'gabapentinoid');
    if (!profile || gabapentinoids.length === 0) return null;
    // Opioid co-use is reported by opioid-gabapentinoid; this rule covers the other FDA risk factors.
    const depressants = context.medications.filter(
      (medication) =>
        medication.info?.cnsDepressant &&
        !['gabapentinoid', 'opioid', 'tramadol'].includes(medication.info.drugClass),
    );
    const factors = [
      profile.copd ? 'COPD' : null,
      profile.age >= context.config.gabapentinoidRespiratoryAge ? `age ${profile.age}` : null,
      ...depressants.map((medication) => `${medication.entry.drug} (CNS depressant)`),
    ].filter((factor): factor is string => factor !== null);
    if (factors.length === 0) return null;
    return medicationCard(
      rule,
      {
        summary: 'Gabapentinoid with a respiratory risk factor (FDA 2019)',
        detail: `${listMedications(gabapentinoids)} with ${factors.join(', ')}. FDA (Dec 2019): serious breathing difficulty can occur with gabapentinoids in patients with respiratory risk factors (CNS depressants, COPD, older age); start low, titrate carefully, monitor for sedation and respiratory depression.`,
      },
      {
        summary: 'One of your medicines needs a breathing-safety check',
        detail: `${PATIENT_TEAM_WILL_REVIEW} If you feel confused, extremely sleepy, or your breathing is slow or shallow, call emergency services.`,
      },
      [...medicationReasons(gabapentinoids), ...factors.map((factor) => `Risk factor: ${factor}`)],
      [reviewSuggestion('Review the gabapentinoid against respiratory risk')],
    );
  },

  'paracetamol-only-analgesic': (context, rule) => {
    const paracetamol = inClass(context, 'paracetamol');
    const analgesics = inClass(
      context,
      'nsaid',
      'opioid',
      'tramadol',
      'gabapentinoid',
      'muscle-relaxant',
    ).concat(context.medications.filter((medication) => medication.info?.generic === 'duloxetine'));
    if (paracetamol.length === 0 || analgesics.length > 0) return null;
    return medicationCard(
      rule,
      {
        summary: 'Paracetamol is the only analgesic: no effect in low back pain',
        detail:
          'High-quality evidence shows paracetamol is ineffective for LBP (Machado 2015: pain WMD −0.5/100). NICE NG59: do not offer paracetamol alone for LBP. Check the maximum daily dose and alcohol/liver risk if it continues. Non-drug care (exercise, self-management) remains first line.',
      },
      {
        summary: 'Research on pain relief for back pain',
        detail:
          'Studies have found that paracetamol on its own does little for back pain. Exercise and staying active are the treatments with the best evidence. Your care team can talk this through with you.',
      },
      medicationReasons(paracetamol),
      [reviewSuggestion('Discuss the evidence on paracetamol for back pain')],
    );
  },

  'systemic-corticosteroid': (context, rule) => {
    const steroids = inClass(context, 'systemic-corticosteroid').filter((medication) =>
      SYSTEMIC_ROUTES.has(medication.entry.route),
    );
    if (steroids.length === 0) return null;
    return medicationCard(
      rule,
      {
        summary: 'Systemic corticosteroid: not recommended for back pain or sciatica',
        detail: `${listMedications(steroids)}. ACP 2017: systemic steroids showed no benefit in acute LBP, even with radicular symptoms. NICE NG59 (2020): do not offer oral corticosteroids for sciatica; they raise long-term adverse-event risk. Check whether it is prescribed for another condition.`,
      },
      { summary: 'One of your medicines is due for a review', detail: PATIENT_TEAM_WILL_REVIEW },
      medicationReasons(steroids),
      [reviewSuggestion('Check the indication for the corticosteroid')],
    );
  },

  'muscle-relaxant-over-2-weeks': (context, rule) => {
    const { today } = context;
    if (!today) return null;
    const longCourses = inClass(context, 'muscle-relaxant').filter(
      (medication) => daysBetween(medication.entry.startDate, today) > context.config.muscleRelaxantMaxDays,
    );
    if (longCourses.length === 0) return null;
    return medicationCard(
      rule,
      {
        summary: 'Muscle relaxant for more than 2 weeks: for acute flares only',
        detail: `${listMedications(longCourses)}. ACP 2017 lists muscle relaxants for acute or subacute LBP only, not chronic LBP; Cashin 2021 found a small effect at ≤2 weeks, no effect on disability, and more adverse events (RR 1.6). Warn about sedation, especially with opioids or gabapentinoids.`,
      },
      { summary: 'One of your medicines is due for a review', detail: PATIENT_TEAM_WILL_REVIEW },
      longCourses.map(
        (medication) =>
          `On ${medication.entry.drug} since ${medication.entry.startDate} (${daysBetween(medication.entry.startDate, today)} days)`,
      ),
      [reviewSuggestion('Review the muscle relaxant course')],
    );
  },

  'medication-not-recognised': (context, rule) => {
    const unknown = context.medications.filter((medication) => medication.info === null);
    if (unknown.length === 0) return null;
    const names = unknown.map((medication) => medication.entry.drug);
    return medicationCard(
      rule,
      {
        summary: 'Medication not recognised: safety rules could not check it',
        detail: `${names.join(', ')} is not in the drug-class table, so interaction, MME and dose rules did not check it. Review it by hand or record its generic name.`,
      },
      {
        summary: 'Your care team will check one of your medicines by hand',
        detail: 'The app did not recognise the name, so it could not run its automatic safety checks on it.',
      },
      names.map((name) => `Not recognised: ${name}`),
      [reviewSuggestion('Check the unrecognised medication by hand')],
    );
  },
};
