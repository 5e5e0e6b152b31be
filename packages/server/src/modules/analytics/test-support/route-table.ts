import type { InjectOptions } from 'fastify';
import type { TestApp } from '../../../../test/app';
import type { ActorName, World, WorldActor } from '../../../../test/world';

/**
 * Responder analytics rows for the security engineer's route-table tests
 * (plugins/authorization-matrix.test.ts and plugins/fuzz.test.ts), one spread line each.
 * Statuses in ACTOR_NAMES order: anonymous, patientOwn, patientOther, clinicianSameClinic,
 * clinicianOtherClinic, adminSameClinic, adminOtherClinic, clinicianAwaitingTotp. Staff of any
 * clinic get their own clinic's aggregates (never a patient id); patients are refused.
 */
interface MatrixRow {
  readonly expect: readonly [number, number, number, number, number, number, number, number];
  readonly request: (world: World, actor: WorldActor, t: TestApp) => Promise<InjectOptions> | InjectOptions;
  readonly fresh?: boolean;
}

interface FuzzTarget {
  readonly method: 'POST' | 'GET' | 'DELETE' | 'PUT';
  readonly url: string;
  readonly actor: ActorName;
  readonly body?: Record<string, unknown>;
  readonly query?: Record<string, string>;
}

export const ANALYTICS_MATRIX: Record<string, MatrixRow> = {
  'GET /api/v1/analytics/responders': {
    expect: [401, 403, 403, 200, 200, 200, 200, 401],
    request: () => ({ method: 'GET', url: '/api/v1/analytics/responders' }),
  },
};

export const ANALYTICS_FUZZ_TARGETS: Record<string, FuzzTarget> = {
  'GET /api/v1/analytics/responders': {
    method: 'GET',
    url: '/api/v1/analytics/responders',
    actor: 'clinicianSameClinic',
    query: { phenotype: 'mechanical', riskGroup: 'medium' },
  },
};
