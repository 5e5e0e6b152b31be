import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAIN_LESSONS } from './lessons/all-lessons';
import { RELAXATION_SCRIPTS } from './relaxation/scripts';
import { SELF_MANAGEMENT_RULES } from './rules';
import { SLEEP_HABIT_TIPS } from './sleep/sleep-habits';

// The one piece of I/O: reading the document that describes this module, in the test only.
const DOC = readFileSync(new URL('../../../../docs/self-management.md', import.meta.url), 'utf8');

describe('docs/self-management.md', () => {
  it.each([
    ['lesson', PAIN_LESSONS.map((lesson) => lesson.id)],
    ['relaxation script', RELAXATION_SCRIPTS.map((script) => script.id)],
    ['rule', SELF_MANAGEMENT_RULES.map((rule) => rule.id)],
    ['sleep tip', SLEEP_HABIT_TIPS.map((tip) => tip.id)],
  ])('names every %s id', (_kind, ids) => {
    for (const id of ids) expect(DOC, id).toContain(`\`${id}\``);
  });
});
