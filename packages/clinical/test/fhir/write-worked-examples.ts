// Rewrites docs/examples/fhir from the functions that produce them, after a deliberate change:
//   npx tsx packages/clinical/test/fhir/write-worked-examples.ts
// packages/clinical/src/fhir/worked-examples.test.ts fails whenever the files and the code differ.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fhirWorkedExamples } from '../../src/fhir/worked-examples.test-support';

const directory = fileURLToPath(new URL('../../../../docs/examples/fhir/', import.meta.url));
mkdirSync(directory, { recursive: true });
for (const { file, content } of fhirWorkedExamples()) {
  writeFileSync(`${directory}${file}`, `${JSON.stringify(content, null, 2)}\n`);
  console.log(`wrote docs/examples/fhir/${file}`);
}
