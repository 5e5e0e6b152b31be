import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { intakeSchema, patientStateSchema } from '@backplan/clinical';
import type { InjectOptions } from 'fastify';
import type { z } from 'zod';
import type { TestApp } from '../../../../test/app';
import type { ActorName, World, WorldActor } from '../../../../test/world';
import { mmeRequestSchema } from '../evaluate';

/**
 * The clinical calculators' rows for the route-table tests
 * (plugins/authorization-matrix.test.ts and plugins/fuzz.test.ts). The
 * calculators are public and store nothing, so every actor gets 200.
 * Statuses are in ACTOR_NAMES order.
 */
interface MatrixRow {
  readonly expect: readonly [number, number, number, number, number, number, number, number];
  readonly request: (world: World, actor: WorldActor, t: TestApp) => Promise<InjectOptions> | InjectOptions;
  readonly fresh?: boolean;
}

interface FuzzTarget {
  readonly method: 'POST';
  readonly url: string;
  readonly actor: ActorName;
  readonly body?: Record<string, unknown>;
}

const examples = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../../../docs/examples',
);
const example = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(examples, file), 'utf8')) as Record<string, unknown>;

const intake = example('assessment/01-chronic-mechanical-low-risk.intake.json');
const patientState = example('stepped-care/01-week-12-sciatica-doing-it-not-improving.patient-state.json');
const medications = { medications: example('stepped-care/04-opioid-list.medication-list.json') };

/**
 * The fuzzer breaks a body by dropping a key or adding one, so its bodies hold only the
 * keys the schema requires: drop each key whose absence still validates.
 */
function requiredOnly(schema: z.ZodType, body: Record<string, unknown>): Record<string, unknown> {
  const kept = { ...body };
  for (const key of Object.keys(body)) {
    const without = { ...kept };
    delete without[key];
    if (schema.safeParse(without).success) delete kept[key];
  }
  return kept;
}

const EVERYONE_200 = [200, 200, 200, 200, 200, 200, 200, 200] as const;
const post = (url: string, payload: object): InjectOptions => ({ method: 'POST', url, payload });

export const CLINICAL_API_MATRIX: Record<string, MatrixRow> = {
  'POST /api/v1/assessments/evaluate': {
    expect: EVERYONE_200,
    request: () => post('/api/v1/assessments/evaluate', intake),
  },
  'POST /api/v1/care/recommendations': {
    expect: EVERYONE_200,
    request: () => post('/api/v1/care/recommendations', patientState),
  },
  'POST /api/v1/medications/mme': {
    expect: EVERYONE_200,
    request: () => post('/api/v1/medications/mme', medications),
  },
};

export const CLINICAL_API_FUZZ_TARGETS: Record<string, FuzzTarget> = {
  'POST /api/v1/assessments/evaluate': {
    method: 'POST',
    url: '/api/v1/assessments/evaluate',
    actor: 'anonymous',
    body: requiredOnly(intakeSchema, intake),
  },
  'POST /api/v1/care/recommendations': {
    method: 'POST',
    url: '/api/v1/care/recommendations',
    actor: 'anonymous',
    body: requiredOnly(patientStateSchema, patientState),
  },
  'POST /api/v1/medications/mme': {
    method: 'POST',
    url: '/api/v1/medications/mme',
    actor: 'anonymous',
    body: requiredOnly(mmeRequestSchema, medications),
  },
};
