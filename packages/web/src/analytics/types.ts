/** The JSON of GET /api/v1/analytics/responders (packages/server/src/modules/analytics/routes.ts). */
export interface ResponderCell {
  readonly phenotype: string;
  readonly riskGroup: string;
  readonly treatment: string;
  readonly suppressed: boolean;
  readonly n: number | null;
  readonly responders: number | null;
  readonly share: number | null;
  readonly interval: { readonly lower: number; readonly upper: number } | null;
}

export interface ResponderAnalytics {
  readonly generatedOn: string;
  readonly week: number;
  readonly minimumCellSize: number;
  readonly evaluablePatients: number;
  readonly definition: string;
  readonly cells: readonly ResponderCell[];
}

export const PHENOTYPES = ['mechanical', 'radicular', 'inflammatory', 'mixed'] as const;
export const RISK_GROUPS = ['low', 'medium', 'high', 'unknown'] as const;
