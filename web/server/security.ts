// Security for the served API: response headers, DNS-rebinding guard on loopback, Bearer-token auth.
import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { apiError } from './http-errors.ts';

/** Content-Security-Policy of the viewer: no inline or remote scripts, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // CodeMirror injects its theme as <style> elements; scripts stay strict.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Whether a bind address only accepts local connections. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Constant-time comparison of a presented token with the configured one. */
export function tokenMatches(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}

/** Hostname part of a Host header, without the port. */
function hostnameOf(hostHeader: string | undefined): string {
  if (!hostHeader) return '';
  if (hostHeader.startsWith('[')) return hostHeader.slice(0, hostHeader.indexOf(']') + 1);
  return hostHeader.split(':')[0];
}

/**
 * Installs the guards. With a token every `/api/` call needs `Authorization: Bearer <token>`;
 * without one the server is loopback-only and refuses foreign Host headers (DNS rebinding).
 */
export function installSecurity(app: FastifyInstance, { token }: { token?: string }): void {
  app.addHook('onRequest', async (req, reply) => {
    if (!token && !isLoopbackHost(hostnameOf(req.headers.host))) {
      return reply.code(403).send(apiError('UNAUTHORIZED', 'serve: this server only answers requests addressed to localhost'));
    }
    if (token && req.url.startsWith('/api/')) {
      const auth = req.headers.authorization ?? '';
      const presented = auth.startsWith('Bearer ') ? auth.slice(7).trim() : '';
      if (!presented || !tokenMatches(presented, token)) {
        reply.header('www-authenticate', 'Bearer realm="tupu"');
        return reply.code(401).send(apiError('UNAUTHORIZED', 'serve: missing or wrong bearer token'));
      }
    }
  });
  app.addHook('onSend', async (req, reply, payload) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
