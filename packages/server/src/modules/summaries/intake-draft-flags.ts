import { CAUDA_EQUINA_FEATURES } from '@backplan/clinical/assessment/rules/red-flag-features';

/**
 * A patient who answers yes to a cauda equina question in the intake wizard is
 * stopped at once and sent to the emergency department (clinical.md §4.1), before
 * the intake is finished and assessed. The wizard saves its draft first, so the
 * care team is told through the triage rollup from the draft itself.
 *
 * Draft answers are keyed by the web wizard as `flag:redFlagSymptoms:<intake field>`
 * (packages/web/src/patient/intake/intake-screens.ts, `flagAnswerId`), where the
 * intake field is the camelCase name of the clinical feature id.
 */
const DRAFT_KEY = /^flag:redFlagSymptoms:([A-Za-z]+)$/;

const kebab = (camel: string): string => camel.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const CAUDA_EQUINA = new Set<string>(CAUDA_EQUINA_FEATURES);

/** The cauda equina features answered yes in an unfinished intake, as clinical feature ids. */
export function emergencyFeaturesInDraft(answers: Readonly<Record<string, unknown>>): string[] {
  const found: string[] = [];
  for (const [key, value] of Object.entries(answers)) {
    const field = DRAFT_KEY.exec(key)?.[1];
    if (field && value === true && CAUDA_EQUINA.has(kebab(field))) found.push(kebab(field));
  }
  return found.sort();
}
