// Typed errors with stable codes: callers and tests match on `code`, never on wording.

/** Stable error codes across the CLI, stores and HTTP API. */
export type ErrorCode =
  | 'INPUT_NOT_FOUND' | 'INPUT_EMPTY' | 'INPUT_BINARY' | 'INPUT_TOO_LARGE' | 'INPUT_ENCODING' | 'NO_REPORTS'
  | 'SCHEMA_INVALID' | 'CONFIG_INVALID' | 'CURATION_INVALID'
  | 'CYPHER_SYNTAX' | 'CYPHER_WRITE_REFUSED' | 'CYPHER_TIMEOUT'
  | 'STORE_UNAVAILABLE' | 'STORE_AUTH' | 'STORE_FAILED'
  | 'NOT_FOUND' | 'BAD_REQUEST' | 'UNAUTHORIZED' | 'INTERNAL';

/** An error Tupu expects and can explain; `retriable` says whether trying again may help. */
export class TupuError extends Error {
  readonly code: ErrorCode;
  readonly retriable: boolean;
  constructor(code: ErrorCode, message: string, options: { cause?: unknown; retriable?: boolean } = {}) {
    super(message, { cause: options.cause });
    this.name = 'TupuError';
    this.code = code;
    this.retriable = options.retriable ?? false;
  }
}

export const isTupuError = (e: unknown): e is TupuError => e instanceof TupuError;
