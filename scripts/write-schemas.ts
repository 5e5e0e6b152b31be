// Writes the published JSON Schemas (docs/schemas/*.schema.json) from the zod schemas
// in @backplan/clinical. Run: npx tsx scripts/write-schemas.ts
// A test (packages/clinical/test/published-schemas.test.ts) fails when they are stale.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishedJsonSchemas } from '../packages/clinical/test/published-schemas';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
for (const [name, schema] of Object.entries(publishedJsonSchemas())) {
  const file = path.join(root, 'docs/schemas', `${name}.schema.json`);
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`wrote ${path.relative(root, file)}\n`);
}
