import { z } from 'zod';

/**
 * The patient-reported and clinician-recorded sections of the intake. Field names say the
 * clinical finding in plain words; each red-flag field becomes a feature id in kebab case
 * (`newUrinaryRetention` → `new-urinary-retention`) when it triggers a flag.
 *
 * Patient-reported red-flag, radicular and inflammatory items are required booleans: a flag can
 * only be ruled out by a question that was asked. Examination findings are optional because a
 * remote intake may have no examination; absent means "not examined".
 */

const yes = (description: string) => z.boolean().describe(description);
const finding = (description: string) => z.boolean().optional().describe(description);

/** Red-flag questions asked of every patient (clinical.md §4.1). */
export const redFlagSymptomsSchema = z
  .strictObject({
    // Cauda equina syndrome (BASS 2018)
    newDifficultyPassingUrine: yes(
      'New difficulty starting to pass urine, or a new change in the feeling of urine flow',
    ),
    newUrinaryRetention: yes('New inability to empty the bladder (urinary retention)'),
    newUrinaryIncontinence: yes('New loss of bladder control (urinary incontinence)'),
    newSaddleNumbness: yes(
      'New numbness or altered feeling around the back passage, genitals or inner buttocks',
    ),
    newBowelIncontinenceOrLossOfRectalSensation: yes(
      'New loss of bowel control, or new loss of the feeling that the bowel is full',
    ),
    newSexualDysfunction: yes('New loss of sexual function or genital sensation'),
    bilateralLegPain: yes('Nerve pain in both legs, or leg pain on one side that has spread to both'),
    weaknessInBothLegs: yes('Severe or worsening weakness in both legs'),
    // Progressive neurological deficit
    progressiveLegWeakness: yes('Weakness in a leg that is getting worse'),
    footDrop: yes('Foot drop: the front of the foot catches or slaps when walking'),
    gaitDisturbance: yes('New unsteadiness or difficulty walking that is not explained by pain'),
    // Malignancy (Downie 2013: history of cancer is the informative flag)
    historyOfCancer: yes('Any past or current cancer'),
    unexplainedWeightLoss: yes('Weight loss without trying'),
    nightPainUnrelievedByPosition: yes('Pain at night that no change of position eases'),
    thoracicPain: yes('Pain in the upper or middle back (thoracic spine)'),
    // Spinal infection
    feverOrChills: yes('Fever, chills or shaking (rigors)'),
    feelsSystemicallyUnwell: yes('Feeling generally unwell, not just in the back'),
    intravenousDrugUse: yes('Injecting drugs'),
    immunosuppression: yes('Weakened immunity: steroid tablets, transplant, HIV, biologic drugs or diabetes'),
    recentBacterialInfectionOrPenetratingWound: yes(
      'A recent bacterial infection (for example a urine infection) or a wound that went deep',
    ),
    spinalSurgeryInPastYear: yes('Spinal surgery in the past 12 months'),
    // Vertebral fracture (Downie 2013)
    majorTrauma: yes('A major injury: road traffic collision, fall from a height, or similar'),
    minorTraumaOrStrenuousLifting: yes('A minor fall or knock, or heavy lifting, just before the pain began'),
    knownOsteoporosis: yes('Osteoporosis (thin bones) diagnosed'),
    prolongedCorticosteroidUse: yes('Steroid tablets (such as prednisolone) taken for months'),
    // Abdominal aortic aneurysm (not spinal, mimics back pain)
    atheroscleroticDisease: yes(
      'Known narrowing of the arteries: heart attack, angina, stroke or poor leg circulation',
    ),
    painAtRestOrAtNight: yes('Pain that stays when resting, or pain at night'),
  })
  .describe('Red-flag questions (clinical.md §4.1); every one must be answered');

/** Our own radicular items (clinical.md §3.7: phenotype nerve-root pain from findings, not from painDETECT or DN4). */
export const radicularSymptomsSchema = z
  .strictObject({
    legPainBelowKneeWorseThanBackPain: yes('Pain below the knee that is worse than the back pain'),
    dermatomalLegPain: yes('Leg pain that runs in a narrow band down the leg, often into the foot or toes'),
    legNumbnessOrPinsAndNeedles: yes('Numbness or pins and needles in the leg or foot'),
    legWeakness: yes('Weakness in the leg or foot'),
  })
  .describe('Radicular (nerve-root) symptoms');

/** ASAS 2009 expert criteria for inflammatory back pain plus extra-spinal features (clinical.md §3.8, §4.1). */
export const inflammatoryFeaturesSchema = z
  .strictObject({
    onsetBeforeAge40: yes('Back pain first began before the age of 40'),
    insidiousOnset: yes('The back pain came on gradually, without an injury'),
    improvesWithExercise: yes('The back pain gets better with exercise'),
    noImprovementWithRest: yes('The back pain does not get better with rest'),
    nightPainImprovesOnGettingUp: yes('Pain at night that gets better on getting up'),
    uveitis: yes('Uveitis or iritis (painful red eye) diagnosed'),
    psoriasis: yes('Psoriasis'),
    inflammatoryBowelDisease: yes("Crohn's disease or ulcerative colitis"),
    familyHistoryOfSpondyloarthritis: yes(
      'A parent, brother, sister or child with ankylosing spondylitis, psoriasis, uveitis or inflammatory bowel disease',
    ),
  })
  .describe('Inflammatory back pain criteria (ASAS 2009) and extra-spinal features');

/** Yellow flags (Kendall 1997; NHS Dumfries & Galloway list; clinical.md §4.2). Unanswered = not reported. */
export const psychosocialSchema = z
  .strictObject({
    fearOfMovement: finding('Avoids moving for fear of hurting or damaging the back'),
    believesPainMeansHarm: finding('Believes that back pain means the back is being harmed'),
    catastrophising: finding('Thinks the pain is terrible and will never get better'),
    avoidingActivityOrProlongedRest: finding('Resting for long periods or withdrawing from normal activity'),
    poorSleep: finding('Poor sleep because of the pain'),
    moreAlcoholOrDrugsSinceOnset: finding('Drinking more alcohol or using more drugs since the pain began'),
    socialWithdrawal: finding('Seeing less of friends and family because of the pain'),
    expectsPassiveTreatmentOnly: finding(
      'Expects a quick fix or treatments done to them, rather than active self-help',
    ),
    noOneToTalkTo: finding('Has nobody to talk to about problems'),
    workStatus: z
      .enum([
        'working',
        'off-work-because-of-back-pain',
        'not-working-for-other-reasons',
        'retired',
        'student',
      ])
      .optional()
      .describe('Current work status'),
    heavyOrMonotonousWork: finding('Job is physically heavy or monotonous'),
    lowJobSatisfaction: finding('Unhappy with the job'),
    unsupportiveEmployer: finding('Employer is unsupportive about the back pain'),
    compensationClaim: finding('An open compensation, insurance or benefits claim linked to the back pain'),
    disputeOrLitigation: finding('A dispute or legal case linked to the back pain'),
  })
  .describe('Psychosocial (yellow-flag) items; an unanswered item is treated as not reported');

export const straightLegRaiseSchema = z.enum(['positive', 'negative', 'not-tested']);
export const directionalPreferenceSchema = z.enum(['extension', 'flexion', 'lateral-shift', 'none']);

/** Recorded by a clinician. Absent means not examined. */
export const clinicianFindingsSchema = z
  .strictObject({
    straightLegRaise: straightLegRaiseSchema.optional().describe('Straight-leg raise reproducing leg pain'),
    directionalPreference: directionalPreferenceSchema
      .optional()
      .describe('McKenzie/MDT directional preference found on repeated movements (clinical.md §5.3)'),
    laxAnalSphincter: finding('Reduced anal sphincter tone on examination'),
    upperMotorNeuronSigns: finding('Upper motor neuron signs (suspect cord compression)'),
    widespreadNeurologicalSigns: finding('Neurological signs in more than one nerve-root territory'),
    structuralDeformity: finding('Structural spinal deformity'),
    contusionOrAbrasion: finding('Bruising or grazing over the spine'),
    pulsatileAbdominalMass: finding('Pulsatile abdominal mass'),
    raisedInflammatoryMarkers: finding('Raised CRP or ESR'),
    odiPercent: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .describe('ODI % scored from a licensed paper form, when item answers are not recorded'),
    rmdqTotal: z
      .int()
      .min(0)
      .max(24)
      .optional()
      .describe('RMDQ total from a licensed paper form, when item answers are not recorded'),
  })
  .describe('Findings recorded by a clinician');
