import { randomUUID } from 'node:crypto';

/** The body of POST /api/v1/me/check-ins (patient-app/check-ins.ts), as a device sends it. */
export interface CheckInRequest {
  readonly day: string;
  readonly pain: number;
  readonly sleepQuality: number | null;
  readonly mood: number | null;
  readonly activityMinutes: number | null;
  readonly sideEffects: readonly string[];
  readonly flare: boolean;
  readonly newBladderBowelSaddleSymptoms: boolean | null;
  readonly idempotencyKey: string;
  readonly clientRecordedAt: string;
}

/**
 * A valid check-in for `day` with an ordinary day's answers and a fresh
 * idempotency key, for tests and benchmarks that send many; `overrides`
 * changes any field.
 */
export function checkInRequest(
  day: string,
  pain: number,
  overrides: Partial<CheckInRequest> = {},
): CheckInRequest {
  return {
    day,
    pain,
    sleepQuality: 5,
    mood: 5,
    activityMinutes: 20,
    sideEffects: [],
    flare: false,
    newBladderBowelSaddleSymptoms: null,
    idempotencyKey: randomUUID(),
    clientRecordedAt: new Date().toISOString(),
    ...overrides,
  };
}
