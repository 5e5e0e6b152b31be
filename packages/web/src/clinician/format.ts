/** Small display helpers shared by the workspace pages. */

export const oneDecimal = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : (Math.round(value * 10) / 10).toFixed(1);

export const percent = (rate: number | null | undefined): string =>
  rate === null || rate === undefined ? '—' : `${Math.round(rate * 100)}%`;

/** The panel's reason filter names, in priority order (server: TRIAGE_REASON_PRIORITY). */
export const TRIAGE_REASONS = [
  'red-flag-or-self-harm',
  'worsening',
  'long-flare',
  'not-improving',
  'not-doing-it',
  'reassessment-due',
  'messages',
  'none',
] as const;

export const PHENOTYPES = ['mechanical', 'radicular', 'inflammatory', 'mixed'] as const;
export const RISK_GROUPS = ['low', 'medium', 'high'] as const;
