import type { TFunction } from 'i18next';
import type { ResponderCell } from './types';

export const percent = (value: number): string => `${Math.round(value * 100)}%`;

/** "Mechanical · Medium · Step 2": a cell's group in words. */
export function groupLabel(t: TFunction, cell: ResponderCell, week: number): string {
  return [
    t(`values.${cell.phenotype}`, { defaultValue: cell.phenotype }),
    `STarT Back ${t(`values.${cell.riskGroup}`, { defaultValue: cell.riskGroup })}`,
    t(`treatments.${cell.treatment}`, { defaultValue: cell.treatment, week }),
  ].join(' · ');
}
