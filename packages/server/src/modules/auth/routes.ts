import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { unauthorized } from '../../errors';
import { clearSessionCookies, requestMeta, setSessionCookies } from '../../plugins/session';
import { logIn, logOut, signUp } from './auth-service';
import type { ServiceContext } from './context';
import { confirmPasswordReset, requestPasswordReset } from './password-reset-service';
import {
  enrolmentResponse,
  logInBody,
  messageResponse,
  recoveryCodesResponse,
  resetConfirmBody,
  resetRequestBody,
  secondFactorBody,
  sessionResponse,
  signUpBody,
  totpCodeBody,
  toUserView,
} from './schemas';
import {
  completeSecondFactor,
  confirmTotpEnrolment,
  regenerateRecoveryCodes,
  startTotpEnrolment,
} from './second-factor-service';
import { type IssuedSession, resolveSession } from './session-service';

/** Sign-up, sign-in with TOTP, sign-out, password reset and two-step set-up: /api/v1/auth/*. */
export const authRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  const tags = ['auth'];
  const principalOf = (request: FastifyRequest) => {
    if (!request.principal) throw unauthorized();
    return request.principal;
  };
  const startSession = async (reply: FastifyReply, issued: IssuedSession) => {
    setSessionCookies(reply, issued, ctx.settings);
    const resolved = await resolveSession(ctx.db, issued.token, ctx.clock(), ctx.settings);
    if (!resolved) throw unauthorized();
    return toUserView(resolved.principal);
  };

  app.post(
    '/api/v1/auth/signup',
    {
      config: { access: 'public' },
      schema: { tags, body: signUpBody, response: { 201: sessionResponse } },
    },
    async (request, reply) => {
      const { inviteCode, inviteToken, ...rest } = request.body;
      const invite = inviteToken ? { token: inviteToken } : inviteCode ? { code: inviteCode } : undefined;
      const { session } = await signUp(
        ctx,
        { ...rest, invite },
        { ...requestMeta(request), replacing: request.principal?.sessionIdHash ?? null },
      );
      return reply.code(201).send({ user: await startSession(reply, session) });
    },
  );

  app.post(
    '/api/v1/auth/login',
    {
      config: { access: 'public' },
      schema: { tags, body: logInBody, response: { 200: sessionResponse } },
    },
    async (request, reply) => {
      const { session } = await logIn(ctx, request.body, {
        ...requestMeta(request),
        replacing: request.principal?.sessionIdHash ?? null,
      });
      return { user: await startSession(reply, session) };
    },
  );

  app.post(
    '/api/v1/auth/login/second-factor',
    {
      config: { access: 'awaiting-second-factor' },
      schema: { tags, body: secondFactorBody, response: { 200: sessionResponse } },
    },
    async (request, reply) => {
      const issued = await completeSecondFactor(
        ctx,
        principalOf(request),
        request.body,
        requestMeta(request),
      );
      return { user: await startSession(reply, issued) };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { config: { access: 'awaiting-second-factor' }, schema: { tags } },
    async (request, reply) => {
      await logOut(ctx, principalOf(request).sessionIdHash);
      clearSessionCookies(reply, ctx.settings);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/auth/me',
    { config: { access: 'awaiting-second-factor' }, schema: { tags, response: { 200: sessionResponse } } },
    async (request) => ({ user: toUserView(principalOf(request)) }),
  );

  app.post(
    '/api/v1/auth/password-reset/request',
    {
      config: { access: 'public' },
      schema: { tags, body: resetRequestBody, response: { 202: messageResponse } },
    },
    async (request, reply) => {
      await requestPasswordReset(ctx, request.body.email, requestMeta(request));
      return reply.code(202).send({
        message: 'If an account uses this address, we have sent it a link to choose a new password.',
      });
    },
  );

  app.post(
    '/api/v1/auth/password-reset/confirm',
    { config: { access: 'public' }, schema: { tags, body: resetConfirmBody } },
    async (request, reply) => {
      await confirmPasswordReset(ctx, request.body, requestMeta(request));
      clearSessionCookies(reply, ctx.settings);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/auth/totp/enrol',
    { config: { access: 'signed-in' }, schema: { tags, response: { 200: enrolmentResponse } } },
    async (request) => startTotpEnrolment(ctx, principalOf(request)),
  );

  app.post(
    '/api/v1/auth/totp/confirm',
    {
      config: { access: 'signed-in' },
      schema: { tags, body: totpCodeBody, response: { 200: recoveryCodesResponse } },
    },
    async (request, reply) => {
      const result = await confirmTotpEnrolment(
        ctx,
        principalOf(request),
        request.body.code,
        requestMeta(request),
      );
      setSessionCookies(reply, result.session, ctx.settings);
      return { recoveryCodes: result.recoveryCodes };
    },
  );

  app.post(
    '/api/v1/auth/totp/recovery-codes',
    {
      config: { access: 'signed-in' },
      schema: { tags, body: totpCodeBody, response: { 200: recoveryCodesResponse } },
    },
    async (request) => ({
      recoveryCodes: await regenerateRecoveryCodes(
        ctx,
        principalOf(request),
        request.body.code,
        requestMeta(request),
      ),
    }),
  );
};
