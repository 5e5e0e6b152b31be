import { assessmentJsonSchemas } from '../src/assessment/schemas';
import { steppedCareJsonSchemas } from '../src/stepped-care/schemas';

/** Every JSON Schema published in docs/schemas/, by file stem. */
export function publishedJsonSchemas(): Record<string, unknown> {
  const all: Record<string, unknown> = { ...assessmentJsonSchemas, ...steppedCareJsonSchemas };
  return Object.fromEntries(
    Object.entries(all).map(([name, schema]) => [
      name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
      {
        $id: `https://backplan.org/schemas/${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.schema.json`,
        ...(schema as object),
      },
    ]),
  );
}
