import type { Intake } from '../assessment/intake-schema';
import type { IsoDate, PainPhenotype, StartBackRiskGroup } from '../core/vocabulary';
import { GAD_2 } from '../instruments/gad';
import { PHQ_9, PHQ9_SELF_HARM_ITEM_ID } from '../instruments/phq';
import { STARTBACK } from '../instruments/startback';
import type { Random } from './random';

/**
 * Builds the intake a synthetic patient would give, so the real `assess()` decides their
 * phenotype, STarT Back group, mood and red flags from answers, as it does for a person.
 * The traits only aim the answers; the assessment is the record.
 */

export type SimulatedRedFlag = 'cauda-equina' | 'malignancy' | 'infection';

export interface IntakeTraits {
  readonly assessedOn: IsoDate;
  readonly ageYears: number;
  readonly sex: 'female' | 'male';
  readonly phenotype: PainPhenotype;
  readonly riskGroup: StartBackRiskGroup;
  readonly baselinePain: number;
  readonly phq9Total: number;
  readonly selfHarm: boolean;
  readonly redFlag: SimulatedRedFlag | null;
  readonly painDurationWeeks: number;
}

const NO = false;

const clampScore = (value: number, max: number) => Math.min(max, Math.max(0, Math.round(value)));

/** STarT Back answers (items 1–8 agree/disagree, item 9 bothersomeness 0–4) that score as `group`. */
function startBackAnswers(
  group: StartBackRiskGroup,
  legPain: boolean,
  random: Random,
): Record<string, number> {
  // Items 1–4 are physical (leg pain, shoulder/neck, walking, dressing); 5–8 and 9 are distress.
  const physical = [legPain ? 1 : 0, random.chance(0.3) ? 1 : 0, 0, 0];
  let distress = [0, 0, 0, 0];
  let bothersomeness = random.integer(0, 2);
  if (group === 'low') {
    physical[2] = random.chance(0.3) ? 1 : 0;
    physical[3] = 0;
    if (physical.reduce((a, b) => a + b, 0) > 3) physical[1] = 0;
  } else if (group === 'medium') {
    physical[2] = 1;
    physical[3] = 1;
    physical[0] = 1;
    distress = [1, random.chance(0.5) ? 1 : 0, 0, 0];
    bothersomeness = random.integer(1, 2);
  } else {
    physical[2] = 1;
    physical[3] = random.chance(0.6) ? 1 : 0;
    distress = [1, 1, 1, random.chance(0.6) ? 1 : 0];
    bothersomeness = random.integer(3, 4);
  }
  const values = [...physical, ...distress, bothersomeness];
  return Object.fromEntries(STARTBACK.items.map((item, index) => [item.id, values[index] ?? 0]));
}

/** PHQ-9 answers (0–3 each) adding up to `total`, with item 9 set by `selfHarm`. */
function phq9Answers(total: number, selfHarm: boolean, random: Random): Record<string, number> {
  const ids = PHQ_9.items.map((item) => item.id);
  const answers: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
  let remaining = total;
  if (selfHarm) {
    answers[PHQ9_SELF_HARM_ITEM_ID] = 1;
    remaining -= 1;
  }
  const others = ids.filter((id) => id !== PHQ9_SELF_HARM_ITEM_ID);
  let guard = 0;
  while (remaining > 0 && guard < 200) {
    guard += 1;
    const id = others[random.integer(0, others.length - 1)];
    if (id === undefined || (answers[id] ?? 0) >= 3) continue;
    answers[id] = (answers[id] ?? 0) + 1;
    remaining -= 1;
  }
  return answers;
}

function redFlagSymptoms(flag: SimulatedRedFlag | null): Intake['redFlagSymptoms'] {
  return {
    newDifficultyPassingUrine: NO,
    newUrinaryRetention: flag === 'cauda-equina',
    newUrinaryIncontinence: NO,
    newSaddleNumbness: flag === 'cauda-equina',
    newBowelIncontinenceOrLossOfRectalSensation: NO,
    newSexualDysfunction: NO,
    bilateralLegPain: NO,
    weaknessInBothLegs: NO,
    progressiveLegWeakness: NO,
    footDrop: NO,
    gaitDisturbance: NO,
    historyOfCancer: flag === 'malignancy',
    unexplainedWeightLoss: flag === 'malignancy',
    nightPainUnrelievedByPosition: flag === 'malignancy',
    thoracicPain: NO,
    feverOrChills: flag === 'infection',
    feelsSystemicallyUnwell: flag === 'infection',
    intravenousDrugUse: NO,
    immunosuppression: flag === 'infection',
    recentBacterialInfectionOrPenetratingWound: NO,
    spinalSurgeryInPastYear: NO,
    majorTrauma: NO,
    minorTraumaOrStrenuousLifting: NO,
    knownOsteoporosis: NO,
    prolongedCorticosteroidUse: NO,
    atheroscleroticDisease: NO,
    painAtRestOrAtNight: flag === 'malignancy',
  };
}

function radicularSymptoms(phenotype: PainPhenotype): Intake['radicularSymptoms'] {
  const radicular = phenotype === 'radicular';
  const mixed = phenotype === 'mixed';
  // Mixed: a radicular component with back-dominant pain (leg pain not worse than back pain).
  return {
    legPainBelowKneeWorseThanBackPain: radicular,
    dermatomalLegPain: radicular || mixed,
    legNumbnessOrPinsAndNeedles: radicular || mixed,
    legWeakness: NO,
  };
}

function inflammatoryFeatures(phenotype: PainPhenotype): Intake['inflammatoryFeatures'] {
  const inflammatory = phenotype === 'inflammatory';
  return {
    onsetBeforeAge40: inflammatory,
    insidiousOnset: inflammatory,
    improvesWithExercise: inflammatory,
    noImprovementWithRest: inflammatory,
    nightPainImprovesOnGettingUp: NO,
    uveitis: NO,
    psoriasis: NO,
    inflammatoryBowelDisease: NO,
    familyHistoryOfSpondyloarthritis: NO,
  };
}

export function buildIntake(traits: IntakeTraits, random: Random): Intake {
  const pain = clampScore(traits.baselinePain, 10);
  const interference = (shift: number) => clampScore(traits.baselinePain + shift + random.normal(0, 1.2), 10);
  const phq9 = phq9Answers(traits.phq9Total, traits.selfHarm, random);
  const [first, second] = PHQ_9.items;
  const worry = traits.phq9Total >= 10 ? random.integer(2, 5) : random.integer(0, 3);
  const [gadFirst, gadSecond] = GAD_2.items;
  const highRisk = traits.riskGroup === 'high';
  return {
    assessedOn: traits.assessedOn,
    ageYears: traits.ageYears,
    sex: traits.sex,
    painDurationWeeks: traits.painDurationWeeks,
    instruments: {
      'pain-nrs': { 'pain-intensity': pain },
      'peg-3': {
        'pain-average': pain,
        'enjoyment-interference': interference(0.3),
        'activity-interference': interference(0.5),
      },
      startback: startBackAnswers(traits.riskGroup, traits.phenotype === 'radicular', random),
      'phq-2': first && second ? { [first.id]: phq9[first.id] ?? 0, [second.id]: phq9[second.id] ?? 0 } : {},
      'phq-9': phq9,
      'gad-2':
        gadFirst && gadSecond
          ? { [gadFirst.id]: Math.min(3, Math.ceil(worry / 2)), [gadSecond.id]: Math.floor(worry / 2) }
          : {},
    },
    psychosocial: {
      fearOfMovement: highRisk,
      catastrophising: highRisk && random.chance(0.6),
      poorSleep: random.chance(highRisk ? 0.7 : 0.35),
      workStatus: random.weighted({
        working: 0.55,
        'off-work-because-of-back-pain': highRisk ? 0.2 : 0.06,
        retired: traits.ageYears >= 65 ? 0.6 : 0.02,
        'not-working-for-other-reasons': 0.1,
      }),
    },
    ...(traits.phenotype === 'radicular'
      ? { clinicianFindings: { straightLegRaise: 'positive' as const } }
      : {}),
    redFlagSymptoms: redFlagSymptoms(traits.redFlag),
    radicularSymptoms: radicularSymptoms(traits.phenotype),
    inflammatoryFeatures: inflammatoryFeatures(traits.phenotype),
  };
}
