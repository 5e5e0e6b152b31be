import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/db';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await database.handle.pool.query(
    `INSERT INTO audit_log (action, resource, outcome) VALUES ('patient.read', 'patient', 'allowed')`,
  );
});

afterAll(async () => {
  await database.drop();
});

describe('audit_log is append-only', () => {
  it.each([
    ['UPDATE', `UPDATE audit_log SET action = 'tampered'`],
    ['DELETE', 'DELETE FROM audit_log'],
    ['TRUNCATE', 'TRUNCATE audit_log'],
  ])('refuses %s even for the table owner', async (_op, statement) => {
    await expect(database.handle.pool.query(statement)).rejects.toThrow(/append-only/);
    const { rows } = await database.handle.pool.query<{ action: string }>('SELECT action FROM audit_log');
    expect(rows.map((r) => r.action)).toEqual(['patient.read']);
  });

  it('still accepts new rows', async () => {
    await database.handle.pool.query(
      `INSERT INTO audit_log (action, resource, outcome) VALUES ('patient.export', 'patient', 'allowed')`,
    );
    const { rows } = await database.handle.pool.query<{ n: string }>('SELECT count(*) AS n FROM audit_log');
    expect(Number(rows[0]?.n)).toBe(2);
  });
});
