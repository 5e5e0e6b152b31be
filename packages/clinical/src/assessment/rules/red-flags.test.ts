import { describe, expect, it } from 'vitest';
import { assess } from '../assess';
import { DEFAULT_ASSESSMENT_CONFIG } from '../config';
import { buildIntake, type IntakeOverrides } from '../test-support/intake-builder';
import { featureId } from './red-flag-features';

function flagsOf(overrides: IntakeOverrides) {
  return assess(buildIntake(overrides)).redFlags.map(({ condition, action, triggeredBy }) => ({
    condition,
    action,
    triggeredBy,
  }));
}

describe('feature ids', () => {
  it('turn field names into kebab case, splitting at digits', () => {
    expect(featureId('newUrinaryRetention')).toBe('new-urinary-retention');
    expect(featureId('onsetBeforeAge40')).toBe('onset-before-age-40');
  });
});

describe('cauda equina (BASS 2018)', () => {
  it('fires as an emergency on a single feature and names it', () => {
    expect(flagsOf({ redFlagSymptoms: { newSaddleNumbness: true } })).toEqual([
      { condition: 'cauda-equina', action: 'emergency', triggeredBy: ['new-saddle-numbness'] },
    ]);
  });

  it('counts bilateral leg pain and a lax sphincter on examination', () => {
    expect(flagsOf({ redFlagSymptoms: { bilateralLegPain: true } })[0]?.condition).toBe('cauda-equina');
    expect(flagsOf({ clinicianFindings: { laxAnalSphincter: true } })[0]?.triggeredBy).toEqual([
      'lax-anal-sphincter',
    ]);
  });
});

describe('malignancy (Downie 2013)', () => {
  it('fires on a history of cancer alone', () => {
    expect(flagsOf({ redFlagSymptoms: { historyOfCancer: true } })).toEqual([
      { condition: 'malignancy', action: 'urgent', triggeredBy: ['history-of-cancer'] },
    ]);
  });

  it('needs two other features without a cancer history', () => {
    expect(flagsOf({ redFlagSymptoms: { unexplainedWeightLoss: true } })).toEqual([]);
    expect(
      flagsOf({ redFlagSymptoms: { unexplainedWeightLoss: true, thoracicPain: true } })[0],
    ).toMatchObject({
      condition: 'malignancy',
      triggeredBy: ['unexplained-weight-loss', 'thoracic-pain'],
    });
  });

  it('counts new onset over 50 from age and duration', () => {
    const onsetAt52 = {
      ageYears: 52,
      painDurationWeeks: 6,
      redFlagSymptoms: { unexplainedWeightLoss: true },
    };
    expect(flagsOf(onsetAt52)[0]?.triggeredBy).toEqual(['unexplained-weight-loss', 'onset-after-age-50']);
    const onsetAt48 = {
      ageYears: 52,
      painDurationWeeks: 52.1775 * 4,
      redFlagSymptoms: { unexplainedWeightLoss: true },
    };
    expect(flagsOf(onsetAt48)).toEqual([]);
  });

  it('becomes an emergency (suspected MSCC) with any neurological symptom', () => {
    expect(
      flagsOf({ redFlagSymptoms: { historyOfCancer: true }, radicularSymptoms: { legWeakness: true } }),
    ).toEqual([
      { condition: 'malignancy', action: 'emergency', triggeredBy: ['history-of-cancer', 'leg-weakness'] },
    ]);
  });
});

describe('infection', () => {
  it('fires on fever alone, and on two risk factors but not one', () => {
    expect(flagsOf({ redFlagSymptoms: { feverOrChills: true } })[0]).toMatchObject({
      condition: 'infection',
      action: 'urgent',
    });
    expect(flagsOf({ redFlagSymptoms: { intravenousDrugUse: true } })).toEqual([]);
    expect(
      flagsOf({ redFlagSymptoms: { intravenousDrugUse: true, spinalSurgeryInPastYear: true } })[0]
        ?.triggeredBy,
    ).toEqual(['intravenous-drug-use', 'spinal-surgery-in-past-year']);
  });
});

describe('fracture (Downie 2013)', () => {
  it('sends major trauma to the Emergency Department', () => {
    expect(flagsOf({ redFlagSymptoms: { majorTrauma: true } })[0]).toMatchObject({
      condition: 'fracture',
      action: 'emergency',
    });
  });

  it('fires on prolonged corticosteroids alone', () => {
    expect(flagsOf({ redFlagSymptoms: { prolongedCorticosteroidUse: true } })[0]).toMatchObject({
      action: 'urgent',
    });
  });

  it('fires on minor trauma only in someone over 70 or with osteoporosis', () => {
    expect(flagsOf({ ageYears: 70, redFlagSymptoms: { minorTraumaOrStrenuousLifting: true } })).toEqual([]);
    expect(
      flagsOf({ ageYears: 71, redFlagSymptoms: { minorTraumaOrStrenuousLifting: true } })[0]?.triggeredBy,
    ).toEqual(['minor-trauma-or-strenuous-lifting', 'age-over-70']);
    expect(
      flagsOf({ redFlagSymptoms: { minorTraumaOrStrenuousLifting: true, knownOsteoporosis: true } })[0]
        ?.condition,
    ).toBe('fracture');
  });

  it('does not fire on older age alone', () => {
    expect(flagsOf({ ageYears: 85 })).toEqual([]);
  });
});

describe('aortic aneurysm', () => {
  const profile = { atheroscleroticDisease: true, painAtRestOrAtNight: true };

  it('asks for same-day review when over 60 with the full risk profile, not at 60', () => {
    expect(flagsOf({ ageYears: 61, redFlagSymptoms: profile })[0]).toMatchObject({
      condition: 'aortic-aneurysm',
      action: 'urgent',
    });
    expect(flagsOf({ ageYears: 60, redFlagSymptoms: profile })).toEqual([]);
  });

  it('treats a pulsatile mass as an emergency', () => {
    expect(flagsOf({ clinicianFindings: { pulsatileAbdominalMass: true } })[0]).toMatchObject({
      action: 'emergency',
    });
  });
});

describe('progressive neurological deficit and axSpA', () => {
  it('fires urgent on foot drop', () => {
    expect(flagsOf({ redFlagSymptoms: { footDrop: true } })).toEqual([
      { condition: 'progressive-neurological-deficit', action: 'urgent', triggeredBy: ['foot-drop'] },
    ]);
  });

  it('refers to rheumatology when 4 of 5 IBP criteria are met in chronic pain, listing extra-spinal features', () => {
    const ibp = {
      onsetBeforeAge40: true,
      insidiousOnset: true,
      improvesWithExercise: true,
      noImprovementWithRest: true,
      uveitis: true,
    };
    expect(flagsOf({ painDurationWeeks: 30, inflammatoryFeatures: ibp })[0]).toEqual({
      condition: 'axial-spondyloarthritis',
      action: 'rheumatology-referral',
      triggeredBy: [
        'onset-before-age-40',
        'insidious-onset',
        'improves-with-exercise',
        'no-improvement-with-rest',
        'uveitis',
      ],
    });
    expect(flagsOf({ painDurationWeeks: 10, inflammatoryFeatures: ibp })).toEqual([]);
  });
});

describe('ordering and configuration', () => {
  it('puts an emergency before urgent flags and a referral', () => {
    const actions = flagsOf({
      redFlagSymptoms: { footDrop: true, newUrinaryRetention: true, feverOrChills: true },
    }).map((flag) => flag.action);
    expect(actions).toEqual(['emergency', 'urgent', 'urgent']);
  });

  it('honours a deployment’s own thresholds', () => {
    const intake = buildIntake({ ageYears: 66, redFlagSymptoms: { minorTraumaOrStrenuousLifting: true } });
    expect(assess(intake).redFlags).toEqual([]);
    expect(
      assess(intake, { ...DEFAULT_ASSESSMENT_CONFIG, fractureOlderAgeYears: 65 }).redFlags[0]?.condition,
    ).toBe('fracture');
  });
});
