import type { Database } from '../../db/client';
import { badRequest, conflict } from '../../errors';
import type { PasswordHasher } from '../auth/password-hasher';
import { ADMIN_PASSWORD_MIN_LENGTH, describePasswordProblem, passwordProblem } from '../auth/password-policy';
import { newRecoveryCodes } from '../auth/second-factor-service';
import { newTotpEnrolment, type TotpEnrolment } from '../auth/totp';
import { enableTotp, insertUser, type Role, replaceRecoveryCodes } from '../auth/users-repository';
import {
  addMembership,
  findOrganisationByName,
  insertOrganisation,
  insertPatient,
} from '../organisations/repository';

export interface CreateAccountInput {
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
  readonly role: Role;
  /** Clinic to join (created when no clinic has this name). Required for clinicians and admins. */
  readonly organisationName?: string;
  readonly language?: 'en' | 'es';
}

export interface CreatedAccount {
  readonly userId: string;
  readonly orgId: string;
  readonly patientId: string | null;
  /** For clinicians and admins: TOTP is enrolled at creation and must be added to an authenticator app. */
  readonly totp: TotpEnrolment | null;
  readonly recoveryCodes: readonly string[];
}

/**
 * Creates an account outside the sign-up flow: the first admin (from the CLI)
 * and staff accounts. Staff get TOTP at once, because they may not reach
 * patient data without it.
 */
export async function createAccount(
  deps: { readonly db: Database; readonly hasher: PasswordHasher; readonly clock: () => Date },
  input: CreateAccountInput,
): Promise<CreatedAccount> {
  const staff = input.role !== 'patient';
  if (staff && !input.organisationName?.trim()) throw badRequest('Staff accounts need a clinic (--org).');
  const minLength = input.role === 'admin' ? ADMIN_PASSWORD_MIN_LENGTH : undefined;
  const problem = passwordProblem(input.password, { email: input.email, minLength });
  if (problem) throw badRequest(describePasswordProblem(problem, minLength));
  const passwordHash = await deps.hasher.hash(input.password);
  const now = deps.clock();
  const totp = staff ? newTotpEnrolment(input.email) : null;
  const recovery = staff ? newRecoveryCodes() : null;
  return deps.db.transaction(async (tx) => {
    const user = await insertUser(tx, {
      email: input.email.trim(),
      displayName: input.displayName.trim(),
      passwordHash,
      role: input.role,
      preferredLanguage: input.language ?? 'en',
      totpSecret: totp?.secret ?? null,
      createdAt: now,
      passwordChangedAt: now,
    });
    if (!user) throw conflict(`An account with the email address ${input.email} already exists.`);
    const clinicName = input.organisationName?.trim();
    const org = clinicName
      ? ((await findOrganisationByName(tx, clinicName, 'clinic')) ??
        (await insertOrganisation(tx, { name: clinicName, kind: 'clinic' })))
      : await insertOrganisation(tx, { name: 'Personal', kind: 'personal' });
    let patientId: string | null = null;
    if (input.role === 'patient') {
      const patient = await insertPatient(tx, {
        orgId: org.id,
        userId: user.id,
        sharingConsentedAt: clinicName ? now : null,
      });
      patientId = patient.id;
    } else {
      await addMembership(tx, { orgId: org.id, userId: user.id, role: input.role });
      await enableTotp(tx, user.id, now);
      await replaceRecoveryCodes(tx, user.id, recovery?.hashes ?? []);
    }
    return { userId: user.id, orgId: org.id, patientId, totp, recoveryCodes: recovery?.codes ?? [] };
  });
}
