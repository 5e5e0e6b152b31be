/**
 * Thresholds that clinical.md does not pin down as verified facts. Each is either tagged [K]
 * in clinical.md (background knowledge to be checked) or a product decision where the source lists
 * features without saying how many must be present. A deployment may pass its own values to
 * `assess(intake, config)`; the defaults below are what docs/clinical-rules/assessment.md describes.
 */
export interface AssessmentConfig {
  /** Malignancy: new onset above this age counts as a feature. clinical.md §4.1: over 50 (some guidance 55). */
  readonly malignancyOnsetAgeAbove: number;
  /** Malignancy: new onset below this age counts as a feature. clinical.md §4.1: under 20. */
  readonly malignancyOnsetAgeBelow: number;
  /** Malignancy without a history of cancer: how many other features must co-occur (design decision). */
  readonly malignancyMinimumOtherFeatures: number;
  /** Fracture: "older age" (Downie 2013). The age cut-off is [K]; 70 is the usual cut in red-flag lists. */
  readonly fractureOlderAgeYears: number;
  /** Aortic aneurysm: age above this is a feature (clinical.md §4.1: over 60). */
  readonly aorticAneurysmAgeAbove: number;
  /** Infection without fever, systemic illness or raised markers: risk factors needed (design decision). */
  readonly infectionMinimumRiskFactorsAlone: number;
  /** Radicular component: features needed, at least one of them a leg-pain distribution (design decision). */
  readonly radicularMinimumFeatures: number;
  /** PHQ-9 total at which clinician review of depression is asked for (clinical.md §3.3: ≥10, tagged [K]). */
  readonly phq9ReviewAt: number;
  /** GAD-7 total at which clinician review of anxiety is asked for (clinical.md §3.3: ≥10, tagged [K]). */
  readonly gad7ReviewAt: number;
  /** ODI % above which baseline disability counts as high (Chou 2010 names the factor; the cut is a design decision). */
  readonly highBaselineDisabilityOdiAbove: number;
}

export const DEFAULT_ASSESSMENT_CONFIG: AssessmentConfig = {
  malignancyOnsetAgeAbove: 50,
  malignancyOnsetAgeBelow: 20,
  malignancyMinimumOtherFeatures: 2,
  fractureOlderAgeYears: 70,
  aorticAneurysmAgeAbove: 60,
  infectionMinimumRiskFactorsAlone: 2,
  radicularMinimumFeatures: 2,
  phq9ReviewAt: 10,
  gad7ReviewAt: 10,
  highBaselineDisabilityOdiAbove: 40,
};
