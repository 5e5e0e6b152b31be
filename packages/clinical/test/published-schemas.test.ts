import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { publishedJsonSchemas } from './published-schemas';

const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/schemas');

describe('published JSON Schemas (docs/schemas)', () => {
  const schemas = publishedJsonSchemas();
  it.each(Object.keys(schemas))(
    '%s.schema.json matches the zod schema (run npx tsx scripts/write-schemas.ts)',
    (name) => {
      const published = JSON.parse(readFileSync(path.join(docs, `${name}.schema.json`), 'utf8'));
      expect(published).toEqual(schemas[name]);
    },
  );
});
