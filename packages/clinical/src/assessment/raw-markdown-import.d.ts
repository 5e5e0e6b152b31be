// Vite/Vitest `?raw` imports of Markdown give the file's text; the rules test reads
// docs/clinical-rules/assessment.md this way, without node:fs.
declare module '*.md?raw' {
  const text: string;
  export default text;
}
