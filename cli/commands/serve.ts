// `tupu serve`: the API and the viewer over the graph of the last build, on loopback by default.
import path from 'node:path';
import { isTupuError } from '../../common/errors.ts';
import { defineCommand, UsageError } from '../command.ts';

export const serveCommand = defineCommand({
  name: 'serve',
  summary: 'Serve the graph explorer (API + viewer) for a build',
  usage: '[--out DIR] [--port 7373] [--host 127.0.0.1] [--target kuzu|neo4j]',
  options: {
    out: { type: 'string', valueName: 'DIR', description: 'the build output directory holding graph.json', defaultText: 'out' },
    port: { type: 'string', valueName: 'PORT', description: 'port to listen on (0 picks a free one)', defaultText: '7373' },
    host: { type: 'string', valueName: 'HOST', description: 'address to bind; anything but loopback requires TUPU_TOKEN', defaultText: '127.0.0.1' },
    target: { type: 'string', valueName: 'STORE', description: 'Cypher store behind /api/cypher: kuzu (embedded) or neo4j', defaultText: 'kuzu' },
  },
  details: [
    'Off loopback every API call needs `Authorization: Bearer $TUPU_TOKEN`.',
    'Exit status: 0 stopped cleanly, 1 could not start, 2 usage error.',
  ].join('\n'),
  async run({ values }) {
    const { resolveServeConfig, startServer } = await import('../../web/server/index.ts');
    let config;
    try {
      config = resolveServeConfig({ out: values.out, host: values.host, port: values.port, target: values.target });
    } catch (err) {
      if (isTupuError(err) && err.code === 'CONFIG_INVALID') throw new UsageError(err.message.replace(/^serve: /, ''));
      throw err;
    }
    try {
      const running = await startServer({ ...config, outDir: path.resolve(config.outDir) });
      process.stdout.write(`Tupu serving ${path.relative(process.cwd(), config.outDir) || '.'} at ${running.url}${config.token ? ' (bearer token required)' : ''}\n`);
      await running.closed;
      return 0;
    } catch (err) {
      if (!isTupuError(err)) throw err;
      process.stderr.write(`tupu serve: ${err.message} [${err.code}]\n`);
      return 1;
    }
  },
});
