import { type ContentLintIssue, lintSelfManagementContent } from '../lint';
import type { RelaxationScript } from './types';

/** The shared content lint for a relaxation script, plus timing checks the timer relies on. */
export function lintRelaxationScript(script: RelaxationScript): ContentLintIssue[] {
  const stepTexts = script.steps.map((step) => ({ text: step.text, claimIds: step.claimIds ?? [] }));
  const issues = lintSelfManagementContent({
    id: script.id,
    value: script,
    allowEmptyListsFor: ['claimIds'],
    sourcedTexts: [script.why, ...stepTexts],
    plainTexts: [script.title, script.summary, script.timingNote],
    readingTexts: [script.why.text, ...script.steps.map((step) => step.text)],
    claims: script.claims,
  });
  const shape = (detail: string): void => {
    issues.push({ contentId: script.id, rule: 'shape', detail });
  };
  if (script.steps.length === 0) shape('the script has no steps');
  for (const step of script.steps) {
    if (!Number.isInteger(step.seconds) || step.seconds < 1)
      shape(`step "${step.id}" lasts ${step.seconds} s`);
  }
  if (new Set(script.steps.map((step) => step.id)).size !== script.steps.length) shape('a step id repeats');
  const sum = script.steps.reduce((total, step) => total + step.seconds, 0);
  if (sum !== script.totalSeconds)
    shape(`totalSeconds ${script.totalSeconds} is not the sum of the steps (${sum})`);
  if (script.minutes !== Math.ceil(sum / 60)) shape(`minutes ${script.minutes} does not match ${sum} s`);
  return issues;
}
