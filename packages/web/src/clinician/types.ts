/** Shapes of the clinician API's JSON (packages/server/src/modules/clinician/*-routes.ts). */

export interface PanelPatient {
  readonly id: string;
  readonly displayName: string;
  readonly clinicName: string;
  readonly priority: number;
  readonly reasons: readonly string[];
  readonly step: number | null;
  readonly weeksInStep: number | null;
  readonly phenotype: string | null;
  readonly riskGroup: string | null;
  readonly painBaseline: number | null;
  readonly pain7dMean: number | null;
  readonly adherence14d: number | null;
  readonly lastCheckInDay: string | null;
  readonly unreadMessages: number;
}

export interface PanelPage {
  readonly patients: readonly PanelPatient[];
  readonly nextCursor: string | null;
}

export interface Citation {
  readonly source: string;
  readonly section: string;
}

export interface Trend {
  readonly instrument: string;
  readonly baseline: number | null;
  readonly current: number | null;
  readonly change: {
    readonly points: number;
    readonly percent: number;
    readonly category: string;
    readonly citations: readonly Citation[];
  } | null;
}

export interface DecisionCard {
  readonly ruleId: string;
  readonly severity: 'info' | 'warning' | 'critical';
  readonly summary: string;
  readonly detail: string;
  readonly reasons: readonly string[];
  readonly source: readonly Citation[];
  readonly suggestions: readonly { readonly label: string; readonly isRecommended: boolean }[];
}

export interface Medication {
  readonly id: string;
  readonly drug: string;
  readonly dose: number;
  readonly unit: string;
  readonly frequency: string;
  readonly route: string;
  readonly maxDosesPerDay: number | null;
  readonly startedOn: string;
  readonly stoppedOn: string | null;
  readonly recordedBy: string;
  readonly overrideReason: string | null;
  readonly stopReason: string | null;
  readonly trialOutcome: string | null;
  readonly mmePerDay: number | null;
}

export interface PatientHeader {
  readonly id: string;
  readonly displayName: string;
  readonly clinicName: string;
  readonly triage: { readonly priority: number; readonly reasons: readonly string[] };
}

export interface Adherence {
  readonly prescribed: number;
  readonly completed: number;
  readonly rate: number | null;
}

export interface RecordSummary {
  readonly patient: PatientHeader;
  readonly today: string;
  readonly assessment: {
    readonly assessedOn: string;
    readonly chronicity: string | null;
    readonly phenotype: string | null;
    readonly riskGroup: string | null;
    readonly directionalPreference: string | null;
    readonly redFlags: readonly { condition: string; action: string; cleared: boolean }[];
    readonly yellowFlags: readonly string[];
    readonly selfHarmSafetyFlag: boolean;
  } | null;
  readonly step: {
    readonly step: number;
    readonly startedOn: string;
    readonly weeksInStep: number;
    readonly carePlanVersion: number;
    readonly components: readonly string[];
    readonly level: number | null;
  } | null;
  readonly trends: {
    readonly pain: Trend & { readonly lastCheckInDay: string | null };
    readonly peg: Trend & { readonly latestOn: string | null };
    readonly odi: Trend & { readonly latestOn: string | null };
    readonly rmdq: Trend & { readonly latestOn: string | null };
  };
  readonly adherence: { readonly last14Days: Adherence; readonly last28Days: Adherence };
  readonly flare: { readonly startedOn: string } | null;
  readonly medications: {
    readonly active: readonly Medication[];
    readonly totalMmePerDay: number;
    readonly mmeComplete: boolean;
    readonly alerts: readonly DecisionCard[];
  };
  readonly physiotherapy: { readonly visitsAuthorised: number | null; readonly visitsUsed: number };
  /** The active red flag (triage priority 1) and the last clinician clearance. */
  readonly redFlag: {
    readonly active: { readonly action: 'emergency' | 'urgent'; readonly source: string } | null;
    readonly assessmentId: string | null;
    readonly clearance: RedFlagClearance | null;
  };
}

export interface RedFlagClearance {
  readonly assessmentId: string;
  readonly clearedAt: string;
  readonly clearedOn: string;
  readonly clearedBy: string | null;
  readonly reason: string | null;
  readonly findings: string | null;
}

export interface CardEntry {
  readonly card: DecisionCard;
  readonly changesPlan: {
    readonly step: number;
    readonly stepChanged: boolean;
    readonly components: readonly string[];
  } | null;
  readonly decision: {
    readonly decision: 'accepted' | 'declined';
    readonly reason: string;
    readonly decidedAt: string;
    readonly by: string | null;
  } | null;
}

export interface TimelineEvent {
  readonly kind: 'decision' | 'care-plan';
  readonly at: string;
  readonly summary: string;
  readonly decision: 'accepted' | 'declined' | null;
  readonly reason: string;
  readonly by: string | null;
  readonly carePlanVersion: number | null;
}

export interface CarePlan {
  readonly version: number;
  readonly step: number;
  readonly stepStartedOn: string;
  readonly reason: string;
  readonly components: readonly string[];
  readonly programme: {
    readonly level: number | null;
    readonly directionalPreference: string | null;
    readonly sessionDays: readonly string[];
    readonly estimatedMinutes: number | null;
    readonly items: readonly {
      readonly exerciseId: string;
      readonly name: string;
      readonly role: string;
      readonly doseText: string;
      readonly estimatedMinutes: number;
    }[];
  };
  readonly physiotherapy: { readonly visitsAuthorised: number | null; readonly visitsUsed: number };
}

export interface MedicationCheck {
  readonly totalMmePerDay: number;
  readonly mmeBefore: number;
  readonly mmeComplete: boolean;
  readonly alerts: readonly DecisionCard[];
  readonly newAlertRuleIds: readonly string[];
  readonly overrideRequired: boolean;
}

export interface VisitNote {
  readonly id: string;
  readonly visitedOn: string;
  readonly body: string;
  readonly author: string | null;
}
