import { z } from 'zod';
import type { InstrumentDefinition, InstrumentItem } from './types';

/**
 * Instruments whose wording may not ship (ODI, RMDQ; clinical.md §3.5–3.6) can be completed by a
 * deployment that holds a licence: it loads a text file in this shape and merges it into the
 * definition. The scoring never changes: the file may add wording and option labels only.
 */
export const licensedItemTextFileSchema = z.strictObject({
  instrumentId: z.string().min(1),
  version: z.string().min(1),
  /** The notice required by the licence, shown wherever the text is shown. */
  licenceNotice: z.string().min(1),
  instructions: z.string().min(1).optional(),
  items: z.record(
    z.string(),
    z.strictObject({
      text: z.string().min(1),
      /** One label per answer option, in option order. */
      optionLabels: z.array(z.string().min(1)).optional(),
    }),
  ),
});

export type LicensedItemTextFile = z.infer<typeof licensedItemTextFileSchema>;

export interface LicensedTextIssue {
  readonly path: string;
  readonly message: string;
}

/** The loaded file does not fit the definition; every problem is listed. */
export class LicensedTextError extends Error {
  override readonly name = 'LicensedTextError';
  readonly issues: readonly LicensedTextIssue[];

  constructor(instrumentId: string, issues: readonly LicensedTextIssue[]) {
    super(`licensed text for ${instrumentId}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.issues = issues;
  }
}

function checkFileAgainstDefinition(
  definition: InstrumentDefinition,
  file: LicensedItemTextFile,
): LicensedTextIssue[] {
  const issues: LicensedTextIssue[] = [];
  if (file.instrumentId !== definition.id) {
    issues.push({ path: 'instrumentId', message: `expected "${definition.id}", got "${file.instrumentId}"` });
  }
  if (file.version !== definition.version) {
    issues.push({ path: 'version', message: `expected "${definition.version}", got "${file.version}"` });
  }
  const itemIds = new Set(definition.items.map((item) => item.id));
  for (const itemId of Object.keys(file.items)) {
    if (!itemIds.has(itemId))
      issues.push({ path: `items.${itemId}`, message: 'not an item of this instrument' });
  }
  for (const item of definition.items) {
    const loaded = file.items[item.id];
    if (loaded === undefined) {
      issues.push({ path: `items.${item.id}`, message: 'missing: every item needs its text' });
    } else if (loaded.optionLabels !== undefined && loaded.optionLabels.length !== item.options.length) {
      issues.push({
        path: `items.${item.id}.optionLabels`,
        message: `expected ${item.options.length} labels, got ${loaded.optionLabels.length}`,
      });
    }
  }
  return issues;
}

/**
 * Returns a copy of `definition` carrying the licensed wording from `loadedFile` (untrusted JSON).
 * Throws `LicensedTextError` listing every mismatch: wrong instrument or version, unknown or missing
 * items, or the wrong number of option labels.
 */
export function mergeLicensedItemText(
  definition: InstrumentDefinition,
  loadedFile: unknown,
): InstrumentDefinition {
  const parsed = licensedItemTextFileSchema.safeParse(loadedFile);
  if (!parsed.success) {
    throw new LicensedTextError(
      definition.id,
      parsed.error.issues.map((issue) => ({
        path: issue.path.join('.') || '(file)',
        message: issue.message,
      })),
    );
  }
  const file = parsed.data;
  const issues = checkFileAgainstDefinition(definition, file);
  if (issues.length > 0) throw new LicensedTextError(definition.id, issues);

  const items: InstrumentItem[] = definition.items.map((item) => {
    const loaded = file.items[item.id];
    const labels = loaded?.optionLabels;
    return {
      ...item,
      text: loaded?.text,
      options: item.options.map((option, index) => ({ ...option, label: labels?.[index] ?? option.label })),
    };
  });
  return {
    ...definition,
    instructions: file.instructions ?? definition.instructions,
    items,
    licence: { ...definition.licence, notice: file.licenceNotice, itemTextSource: 'deployment-licensed' },
  };
}
