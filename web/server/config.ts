// Settings of `tupu serve`: defaults, validation with messages naming the setting, resolution.
import { TupuError } from '../../common/errors.ts';
import type { StoreTarget } from '../../graph/index.ts';
import { isLoopbackHost } from './security.ts';

/** Where `--target neo4j` connects; the password is read from NEO4J_PASSWORD by the store, never from a flag. */
export interface Neo4jSettings { uri: string; user: string; database?: string }

/** One resolved serve configuration, read once at start-up. */
export interface ServeConfig {
  outDir: string;
  host: string;
  port: number;
  target: StoreTarget;
  token?: string;
  /** Set when target is neo4j. */
  neo4j?: Neo4jSettings;
}

export const SERVE_DEFAULTS = { outDir: 'out', host: '127.0.0.1', port: 7373, target: 'kuzu' as StoreTarget, neo4jUri: 'bolt://localhost:7687', neo4jUser: 'neo4j' };

/** What the command line may set. */
export interface ServeFlags { out?: string; host?: string; port?: string; target?: string; uri?: string; user?: string; database?: string }

const invalid = (message: string) => new TupuError('CONFIG_INVALID', `serve: ${message}`);
const BOLT_URI = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/;

/** Flags, then NEO4J_URI / NEO4J_USER, then defaults; NEO4J_PASSWORD must be set. */
function resolveNeo4j(input: ServeFlags, env: NodeJS.ProcessEnv): Neo4jSettings {
  const uri = input.uri ?? env.NEO4J_URI ?? SERVE_DEFAULTS.neo4jUri;
  if (!BOLT_URI.test(uri)) throw invalid(`--uri (or NEO4J_URI) must be a bolt:// or neo4j:// URI, got ${JSON.stringify(uri)}`);
  if (!env.NEO4J_PASSWORD) throw invalid('--target neo4j needs NEO4J_PASSWORD in the environment (the password is never taken from a flag)');
  const user = input.user ?? env.NEO4J_USER ?? SERVE_DEFAULTS.neo4jUser;
  return { uri, user, ...(input.database ? { database: input.database } : {}) };
}

/** Resolves flags and the environment (TUPU_TOKEN, NEO4J_*) into a config, or explains what is wrong. */
export function resolveServeConfig(input: ServeFlags, env: NodeJS.ProcessEnv = process.env): ServeConfig {
  const port = input.port === undefined ? SERVE_DEFAULTS.port : Number(input.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw invalid(`--port must be an integer 0–65535, got ${JSON.stringify(input.port)}`);
  const target = input.target ?? SERVE_DEFAULTS.target;
  if (target !== 'kuzu' && target !== 'neo4j') throw invalid(`--target must be kuzu or neo4j, got ${JSON.stringify(target)}`);
  const neo4jFlag = (['uri', 'user', 'database'] as const).find((k) => input[k] !== undefined);
  if (target === 'kuzu' && neo4jFlag) throw invalid(`--${neo4jFlag} applies to --target neo4j only`);
  const host = input.host ?? SERVE_DEFAULTS.host;
  const token = env.TUPU_TOKEN?.trim() || undefined;
  if (!isLoopbackHost(host) && !token) {
    throw invalid(`binding to ${host} exposes the graph beyond this machine; set TUPU_TOKEN (clients then send Authorization: Bearer <token>) or use --host 127.0.0.1`);
  }
  if (token && token.length < 16) throw invalid('TUPU_TOKEN must be at least 16 characters');
  return {
    outDir: input.out ?? SERVE_DEFAULTS.outDir, host, port, target,
    ...(token ? { token } : {}),
    ...(target === 'neo4j' ? { neo4j: resolveNeo4j(input, env) } : {}),
  };
}
