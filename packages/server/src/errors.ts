/**
 * Errors are typed values. Services throw these; `plugins/errors.ts` maps them
 * to HTTP in one place. Anything else becomes a 500 whose body reveals nothing.
 */
export interface FieldIssue {
  /** Dotted path of the failing field, e.g. `body.painStartedOn`. */
  readonly path: string;
  readonly message: string;
}

export type AppErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'too_many_requests'
  | 'unavailable';

const STATUS: Readonly<Record<AppErrorCode, number>> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  too_many_requests: 429,
  unavailable: 503,
};

export class AppError extends Error {
  readonly statusCode: number;
  /** Sent as the Retry-After header (429 and 503). */
  retryAfterSeconds?: number;
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'AppError';
    this.statusCode = STATUS[code];
  }
}

export const badRequest = (message: string, issues: readonly FieldIssue[] = []): AppError =>
  new AppError('bad_request', message, issues);
export const notFound = (what = 'Not found'): AppError => new AppError('not_found', what);
export const forbidden = (message = 'You do not have access to this.'): AppError =>
  new AppError('forbidden', message);
export const unauthorized = (message = 'Please sign in.'): AppError => new AppError('unauthorized', message);
export const conflict = (message: string): AppError => new AppError('conflict', message);
export const tooManyRequests = (message: string, retryAfterSeconds: number): AppError =>
  Object.assign(new AppError('too_many_requests', message), { retryAfterSeconds });

/** The JSON body of every error response. */
export interface ErrorBody {
  readonly error: AppErrorCode | 'internal_error';
  readonly message: string;
  readonly issues?: readonly FieldIssue[];
  readonly requestId: string;
}
