/**
 * Finds empty fields in a content object: blank strings, empty lists and numbers that are
 * not finite. Content with a blank field renders as a gap on screen or a silent screen-reader
 * region, so we treat it as a defect.
 */

export interface EmptyFieldOptions {
  /** Property names whose lists may legitimately be empty (e.g. `claimIds` of a paragraph). */
  readonly allowEmptyListsFor?: readonly string[];
}

/** Paths such as `sections[0].paragraphs[2].text` of every empty field, in document order. */
export function findEmptyContentFields(value: unknown, options: EmptyFieldOptions = {}): string[] {
  const allowed = new Set(options.allowEmptyListsFor ?? []);
  const found: string[] = [];
  visit(value, '', '', allowed, found);
  return found;
}

function visit(value: unknown, path: string, key: string, allowed: Set<string>, found: string[]): void {
  if (typeof value === 'string') {
    if (value.trim().length === 0) found.push(path || '(root)');
    return;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) found.push(path || '(root)');
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0 && !allowed.has(key)) found.push(path || '(root)');
    value.forEach((item, index) => {
      visit(item, `${path}[${index}]`, key, allowed, found);
    });
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [childKey, child] of Object.entries(value)) {
      visit(child, path ? `${path}.${childKey}` : childKey, childKey, allowed, found);
    }
  }
}
