import { z } from 'zod';
import { type Principal, sessionComplete } from './principal';

/** Request and response shapes of /api/v1/auth/*. Bounds on every string keep inputs small. */
export const emailField = z.email({ message: 'must be an email address' }).max(254);
/** Generous upper bound: length rules themselves are checked by the password policy with a clear message. */
export const passwordField = z.string().min(1, 'is required').max(1024);
export const languageField = z.enum(['en', 'es']);
const sixDigits = z.string().regex(/^\d{6}$/, 'must be the 6-digit code from your authenticator app');
const recoveryCode = z.string().min(8).max(32);
const secret = z
  .string()
  .min(16)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/, 'is not a valid link token');
const inviteCode = z.string().min(4).max(32);

export const signUpBody = z.strictObject({
  email: emailField,
  password: passwordField,
  displayName: z.string().trim().min(1, 'is required').max(100),
  language: languageField.default('en'),
  /** The person read and agreed to what BackPlan is and how their data is used. */
  acceptTerms: z.literal(true, { message: 'must be accepted' }),
  inviteCode: inviteCode.optional(),
  inviteToken: secret.optional(),
});

export const logInBody = z.strictObject({ email: emailField, password: passwordField });

export const secondFactorBody = z.union([
  z.strictObject({ code: sixDigits }),
  z.strictObject({ recoveryCode }),
]);

export const totpCodeBody = z.strictObject({ code: sixDigits });
export const resetRequestBody = z.strictObject({ email: emailField });
export const resetConfirmBody = z.strictObject({ token: secret, password: passwordField });

export const secondFactorState = z.enum(['not-required', 'pending', 'done', 'enrolment-required']);

export const userView = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(['patient', 'clinician', 'admin']),
  language: z.string(),
  totpEnabled: z.boolean(),
  secondFactor: secondFactorState,
  patient: z.object({ id: z.uuid(), orgId: z.uuid() }).nullable(),
  staffOrgIds: z.array(z.uuid()),
});
export type UserView = z.infer<typeof userView>;

export function toUserView(p: Principal): UserView {
  let secondFactor: z.infer<typeof secondFactorState> = 'not-required';
  if (p.totpEnabled) secondFactor = sessionComplete(p) ? 'done' : 'pending';
  else if (p.role !== 'patient') secondFactor = 'enrolment-required';
  return {
    id: p.userId,
    email: p.email,
    displayName: p.displayName,
    role: p.role,
    language: p.language,
    totpEnabled: p.totpEnabled,
    secondFactor,
    patient: p.patient ? { id: p.patient.id, orgId: p.patient.orgId } : null,
    staffOrgIds: [...p.staffOrgIds],
  };
}

export const sessionResponse = z.object({ user: userView });
export const messageResponse = z.object({ message: z.string() });
export const enrolmentResponse = z.object({ secret: z.string(), uri: z.string() });
export const recoveryCodesResponse = z.object({ recoveryCodes: z.array(z.string()) });
