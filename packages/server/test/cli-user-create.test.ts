import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { userCreateCommand } from '../../cli/src/commands/user';
import { totpCode } from '../src/modules/auth/totp';
import { createTestApp, type TestApp } from './app';
import { Client } from './fixtures';

/** `backplan user create` against a real database, then the new admin signs in with the printed secret. */
let t: TestApp;
const saved = { ...process.env };

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  process.env = saved;
  vi.restoreAllMocks();
  await t.close();
});

async function run(options: Parameters<typeof userCreateCommand>[0], password: string): Promise<string> {
  process.env.DATABASE_URL = t.database.url;
  process.env.BACKPLAN_PASSWORD = password;
  const lines: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    await userCreateCommand(options);
  } finally {
    spy.mockRestore();
  }
  return lines.join('');
}

describe('backplan user create', () => {
  it('creates the first admin and their clinic, prints the TOTP secret once, and the admin can sign in', async () => {
    const password = 'river stones and quiet lanterns';
    const out = await run(
      { email: 'first.admin@clinic.example', role: 'admin', org: 'Harbour Clinic' },
      password,
    );
    expect(out).toContain('Created admin first.admin@clinic.example in "Harbour Clinic".');
    const secret = out.match(/secret: ([A-Z2-7]+)/)?.[1] ?? '';
    expect(out).toContain('otpauth://totp/');
    expect(out).not.toContain(password);

    const client = new Client(t.app);
    await client.post('/api/v1/auth/login', { email: 'first.admin@clinic.example', password });
    const second = await client.post('/api/v1/auth/login/second-factor', {
      code: totpCode(secret, t.clock()),
    });
    expect(second.json().user).toMatchObject({ role: 'admin', secondFactor: 'done' });
    expect((await client.get('/api/v1/admin/users')).statusCode).toBe(200);
  });

  it('refuses a short admin password and a staff account without a clinic', async () => {
    await expect(
      run({ email: 'weak@clinic.example', role: 'admin', org: 'Harbour Clinic' }, 'short pass'),
    ).rejects.toThrow(/at least 15 characters/);
    await expect(
      run({ email: 'doc@clinic.example', role: 'clinician' }, 'river stones and quiet lanterns'),
    ).rejects.toThrow(/--org/);
  });
});
