// Settings of `tupu serve`: defaults, validation with messages naming the setting, resolution.
import { TupuError } from '../../common/errors.ts';
import type { StoreTarget } from '../../graph/index.ts';
import { isLoopbackHost } from './security.ts';

/** One resolved serve configuration, read once at start-up. */
export interface ServeConfig {
  outDir: string;
  host: string;
  port: number;
  target: StoreTarget;
  token?: string;
}

export const SERVE_DEFAULTS = { outDir: 'out', host: '127.0.0.1', port: 7373, target: 'kuzu' as StoreTarget };

const invalid = (message: string) => new TupuError('CONFIG_INVALID', `serve: ${message}`);

/** Resolves flags and the environment (TUPU_TOKEN) into a config, or explains what is wrong. */
export function resolveServeConfig(input: { out?: string; host?: string; port?: string; target?: string }, env: NodeJS.ProcessEnv = process.env): ServeConfig {
  const port = input.port === undefined ? SERVE_DEFAULTS.port : Number(input.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw invalid(`--port must be an integer 0–65535, got ${JSON.stringify(input.port)}`);
  const target = input.target ?? SERVE_DEFAULTS.target;
  if (target !== 'kuzu' && target !== 'neo4j') throw invalid(`--target must be kuzu or neo4j, got ${JSON.stringify(target)}`);
  const host = input.host ?? SERVE_DEFAULTS.host;
  const token = env.TUPU_TOKEN?.trim() || undefined;
  if (!isLoopbackHost(host) && !token) {
    throw invalid(`binding to ${host} exposes the graph beyond this machine; set TUPU_TOKEN (clients then send Authorization: Bearer <token>) or use --host 127.0.0.1`);
  }
  if (token && token.length < 16) throw invalid('TUPU_TOKEN must be at least 16 characters');
  return { outDir: input.out ?? SERVE_DEFAULTS.outDir, host, port, target, ...(token ? { token } : {}) };
}
