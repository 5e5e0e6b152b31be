import type { FastifyRequest } from 'fastify';
import { requestMeta, requirePrincipal } from '../../plugins/session';
import type { ServiceContext } from '../auth/context';
import type { PatientRequest } from './own-record';

/** The signed-in patient's request, as the services take it. */
export function patientRequest(ctx: ServiceContext, request: FastifyRequest): PatientRequest {
  return { ctx, principal: requirePrincipal(request), meta: requestMeta(request) };
}
