// kuzu's exceptions as TupuErrors: the engine decides what is a syntax error, a refused write or a timeout.
import { TupuError } from '../../common/errors.ts';

/** Map an error thrown by kuzu to a TupuError, keeping kuzu's own message. */
export function kuzuError(err: unknown, where: string): TupuError {
  if (err instanceof TupuError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (/read-only database|read only mode/i.test(message)) {
    return new TupuError('CYPHER_WRITE_REFUSED', `${where}: the embedded store is opened read-only; pass --write to change it (${message})`, { cause: err });
  }
  if (/^Interrupted|interrupted/i.test(message)) {
    return new TupuError('CYPHER_TIMEOUT', `${where}: query exceeded its timeout and was interrupted`, { cause: err });
  }
  if (/^(Parser|Binder) exception/i.test(message)) {
    return new TupuError('CYPHER_SYNTAX', `${where}: ${message}`, { cause: err });
  }
  if (/lock|IO exception|Could not set lock/i.test(message)) {
    return new TupuError('STORE_UNAVAILABLE', `${where}: ${message}`, { cause: err, retriable: true });
  }
  return new TupuError('STORE_FAILED', `${where}: ${message}`, { cause: err });
}
