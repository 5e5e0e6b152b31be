// Content lint: reading level, empty fields, cited claims, no medication instructions,
// no seed-article figures. Reusable by every module that ships patient-facing text.
export * from './claims';
export * from './empty-fields';
export * from './medication-instructions';
export * from './readability';
export * from './seed-figures';
