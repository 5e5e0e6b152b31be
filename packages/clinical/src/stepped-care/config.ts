/**
 * Thresholds of the stepped-care engine. Each says where it comes from; those marked
 * "configurable" are product heuristics or [K] facts in clinical.md (not verified
 * against a retrieved source) and may be changed per deployment.
 */
export const STEPPED_CARE_CONFIG = {
  /** Check progress at week 6: most change happens in the first 6 weeks (Costa 2012; clinical.md §6.1). */
  checkWeek: 6,
  /** Decide at week 12: usual programme end and chronic-phase plateau (Kongsted 2010; clinical.md §6.1). */
  decideWeek: 12,
  /** Adherence at or above this counts as "doing it". Configurable: product heuristic (clinical.md §6.2 reports 58–81%). */
  adherenceThreshold: 0.7,
  /** Adherence is judged over the last 4 weeks. Configurable. */
  adherenceWindowDays: 28,
  /** Fewest diary days in a week for a 7-day mean. Configurable. */
  minimumDiaryDays: 4,
  /** A flare lasting longer than this raises a clinician card. Configurable: product rule. */
  flareClinicianDays: 7,
  /** A flare that started within this many days counts as acute (muscle-relaxant option; ACP Rec 1). Configurable. */
  acuteFlareDays: 14,
  /** PHQ-9 screening cut-off for depression (Kroenke 2001; [K] in clinical.md §3.3). Configurable. */
  phq9ReferralThreshold: 10,
  /** "Running low" when this many authorised PT visits or fewer remain. Configurable. */
  ptVisitsRunningLow: 2,
  /** Weeks of conservative care before an interventional referral is discussed. Configurable: product rule (products.md gap 7). */
  interventionalMinimumWeeks: 12,
  /** Outcome measures (PEG, ODI, RMDQ) are overdue after this many days. Configurable (products.md "no PEG in 90 days"). */
  outcomeMeasureOverdueDays: 90,
  /** CDC 2022 Rec 7: re-evaluate within 1–4 weeks of starting an opioid. */
  opioidFirstReviewDays: 28,
  /** CDC 2022 Rec 7: "regularly afterwards"; every 3 months is a configurable product choice. */
  opioidRegularReviewDays: 90,
  /** Window for the pain trajectory (least-squares slope of the 7-day mean). Configurable. */
  trajectoryWindowDays: 28,
} as const;
export type SteppedCareConfig = typeof STEPPED_CARE_CONFIG;
