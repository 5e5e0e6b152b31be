// Vite/Vitest `?raw` imports of JSON Schema files give their text, so tests can load the FHIR R4
// schema without TypeScript inferring a type for a 3.5 MB JSON document.
declare module '*.schema.json?raw' {
  const text: string;
  export default text;
}
