// Neo4j driver errors as TupuErrors: unreachable, unauthorised, syntax, refused write, timeout.
import neo4j from 'neo4j-driver';
import { TupuError } from '../../common/errors.ts';

/** Map a driver error; `retriable` follows the driver's own judgement. */
export function neo4jError(err: unknown, where: string): TupuError {
  if (err instanceof TupuError) return err;
  const e = err as { code?: string; message?: string; retryable?: boolean; retriable?: boolean };
  const code = e.code ?? ''; const message = e.message ?? String(err);
  const retriable = e.retryable ?? e.retriable ?? neo4j.isRetryableError(err as never);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ENOTFOUND|connect/i.test(message) && !code.startsWith('Neo.')) {
    return new TupuError('STORE_UNAVAILABLE', `${where}: Neo4j is not reachable (${message})`, { cause: err, retriable: true });
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new TupuError('STORE_AUTH', `${where}: Neo4j refused the credentials (${code}); check --user and NEO4J_PASSWORD`, { cause: err });
  }
  if (code === 'Neo.ClientError.Statement.SyntaxError') return new TupuError('CYPHER_SYNTAX', `${where}: ${message}`, { cause: err });
  if (code === 'Neo.ClientError.Statement.AccessMode' || code === 'Neo.ClientError.Cluster.NotALeader' || /in read access mode/i.test(message)) {
    return new TupuError('CYPHER_WRITE_REFUSED', `${where}: the session is read-only; pass --write to change the database (${message})`, { cause: err });
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.TransientError.Transaction.LockClientStopped') {
    return new TupuError('CYPHER_TIMEOUT', `${where}: query exceeded its timeout`, { cause: err });
  }
  return new TupuError('STORE_FAILED', `${where}: ${message}${code ? ` (${code})` : ''}`, { cause: err, retriable });
}
