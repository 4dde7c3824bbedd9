// Maps errors to `{error: {code, message}}` responses; 5xx answers hide details and log the context.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { isTupuError, type ErrorCode } from '../../common/errors.ts';
import type { ApiError } from '../../schema/index.ts';

/** HTTP status for each error code the API can answer with. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400, CYPHER_SYNTAX: 400, SCHEMA_INVALID: 400,
  UNAUTHORIZED: 401, CYPHER_WRITE_REFUSED: 403, NOT_FOUND: 404,
  CYPHER_TIMEOUT: 504, STORE_UNAVAILABLE: 503, STORE_AUTH: 503,
};

/** 5xx codes whose message is for the user (what to fix or retry), not an internal detail. */
const TOLD_5XX: ReadonlySet<ErrorCode> = new Set(['STORE_UNAVAILABLE', 'STORE_AUTH', 'CYPHER_TIMEOUT']);

/** Builds the error body; the one place an API error takes its shape. */
export const apiError = (code: string, message: string): ApiError => ({ error: { code, message } });

function describeZod(e: ZodError): string {
  return e.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}

/** Installs the error and not-found handlers on an app. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof ZodError) return reply.code(400).send(apiError('BAD_REQUEST', `request: ${describeZod(err)}`));
    if (isTupuError(err)) {
      const status = STATUS[err.code] ?? 500;
      if (status < 500 || TOLD_5XX.has(err.code)) {
        if (status >= 500) req.log.warn({ err, url: req.url }, 'request failed');
        return reply.code(status).send(apiError(err.code, err.message));
      }
    }
    const status = (err as FastifyError).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return reply.code(status).send(apiError(status === 401 ? 'UNAUTHORIZED' : status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', err.message));
    }
    req.log.error({ err, url: req.url, method: req.method, reqId: req.id }, 'internal error');
    return reply.code(500).send(apiError('INTERNAL', `internal error (request ${req.id}); see the server log`));
  });
  app.setNotFoundHandler((req, reply) => reply.code(404).send(apiError('NOT_FOUND', `no route ${req.method} ${req.url.split('?')[0]}`)));
}
