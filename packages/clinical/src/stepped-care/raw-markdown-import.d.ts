// Vite/Vitest `?raw` imports of Markdown give the file's text, so tests can check that every
// rule id is documented without filesystem access in the pure clinical package.
declare module '*.md?raw' {
  const text: string;
  export default text;
}
