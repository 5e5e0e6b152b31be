/**
 * The seed article (shared/reference/seed-article.txt) is not evidence: clinical.md §8 found
 * its statistics unsupported, misstated or misattributed. None of them may reach a screen.
 * This list holds the figures it states, in the forms they could be written.
 */
export const SEED_ARTICLE_FIGURES: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  {
    pattern: /\b78\s?%|\b78\s+(?:in|out of)\s+100\b/i,
    why: '"78% improve with PT": no source (clinical.md §8 #1)',
  },
  { pattern: /\b52\s?%|\b52\s+(?:in|out of)\s+100\b/i, why: '"52% with medicines alone": no source (§8 #1)' },
  {
    pattern: /\b82\s?%|\b82\s+(?:in|out of)\s+100\b/i,
    why: '"82% success with home exercise": no source (§8 #2)',
  },
  { pattern: /\b45\s?%/i, why: '"45% success / 45% on opioids in 2016": no source (§8 #2, #3)' },
  { pattern: /\b12\s?%/i, why: '"12% on opioids in 2024": no source (§8 #3)' },
  { pattern: /\b40\s?[-–]\s?50\s?%/i, why: '"40–50% pain reduction" misstates responder rates (§8 #4)' },
  { pattern: /\b63\s?%/i, why: '"63% stick with self-management": misattributed (§8 #4)' },
  { pattern: /\b67\s?%/i, why: '"duloxetine helps 67%": overstated (§8 #5)' },
  { pattern: /\b25\s?%/i, why: '"nausea in 25%": overstated (§8 #5)' },
  { pattern: /\b8\s?%\s+of\s+Americans/i, why: '"8% of Americans": not from our sources' },
  {
    pattern: /\bfull\s+(?:improvement|recovery)\s+(?:in|by|after|within)\s+8/i,
    why: '"full improvement in 8–12 weeks" is not supported (§8 #6)',
  },
  { pattern: /\$\s?45\s?(?:million|m\b)/i, why: '"$45 million NIH study": unsupported (§8 #7)' },
  { pattern: /\bHTX-011\b|\bAXS-07\b/i, why: 'HTX-011 and AXS-07 are not back-pain treatments (§8 #8)' },
];

export interface SeedFigureFinding {
  readonly match: string;
  readonly why: string;
}

/** Every seed-article figure found in `text`. */
export function findSeedArticleFigures(text: string): SeedFigureFinding[] {
  const findings: SeedFigureFinding[] = [];
  for (const { pattern, why } of SEED_ARTICLE_FIGURES) {
    const match = pattern.exec(text);
    if (match) findings.push({ match: match[0], why });
  }
  return findings;
}
