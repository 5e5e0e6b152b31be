import type { Citation } from '../core/sources';
import type { CardSeverity } from '../core/vocabulary';

/**
 * A clinical rule as data: what it checks, how serious its card is, and where the
 * evidence is. `configurable` names any threshold that is a product choice or a [K]
 * fact in clinical.md (not verified against a retrieved source), so the docs and the
 * UI can say so.
 */
export interface RuleDefinition<Id extends string = string> {
  readonly id: Id;
  readonly severity: CardSeverity;
  readonly description: string;
  readonly citations: readonly Citation[];
  readonly configurable?: readonly string[];
}
