import { type AppError, badRequest } from '../../errors';

/** A 400 worded like the schema validator's, naming the failing field, for checks a schema cannot express. */
export function invalidField(path: string, message: string): AppError {
  return badRequest(`Invalid request: ${path} ${message}`, [{ path, message }]);
}
