// `tupu serve`: the API and the viewer over the graph of the last build, on loopback by default.
import path from 'node:path';
import { isTupuError } from '../../common/errors.ts';
import { defineCommand, UsageError } from '../command.ts';

export const serveCommand = defineCommand({
  name: 'serve',
  summary: 'Serve the graph explorer (API + viewer) for a build',
  usage: '[--out DIR] [--port 7373] [--host 127.0.0.1] [--target kuzu|neo4j [--uri bolt://…] [--user U] [--database NAME]]',
  options: {
    out: { type: 'string', valueName: 'DIR', description: 'the build output directory holding graph.json', defaultText: 'out' },
    port: { type: 'string', valueName: 'PORT', description: 'port to listen on (0 picks a free one)', defaultText: '7373' },
    host: { type: 'string', valueName: 'HOST', description: 'address to bind; anything but loopback requires TUPU_TOKEN', defaultText: '127.0.0.1' },
    target: { type: 'string', valueName: 'STORE', description: 'Cypher store behind /api/cypher: kuzu (embedded) or neo4j', defaultText: 'kuzu' },
    uri: { type: 'string', valueName: 'URI', description: 'Neo4j bolt URI (--target neo4j)', defaultText: '$NEO4J_URI or bolt://localhost:7687' },
    user: { type: 'string', valueName: 'USER', description: 'Neo4j user; the password is read from NEO4J_PASSWORD only', defaultText: '$NEO4J_USER or neo4j' },
    database: { type: 'string', valueName: 'NAME', description: 'Neo4j database (default: the server\'s default)' },
  },
  details: [
    'Off loopback every API call needs `Authorization: Bearer $TUPU_TOKEN`.',
    'With --target neo4j, load the build first (`tupu load --target neo4j`); queries run in read sessions, so Neo4j refuses writes.',
    'Exit status: 0 stopped cleanly, 1 could not start, 2 usage error.',
  ].join('\n'),
  async run({ values }) {
    const { resolveServeConfig, startServer } = await import('../../web/server/index.ts');
    let config;
    try {
      config = resolveServeConfig({ out: values.out, host: values.host, port: values.port, target: values.target, uri: values.uri, user: values.user, database: values.database });
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
      process.stderr.write(`tupu serve: ${err.message.replace(/^serve: /, '')} [${err.code}]\n`);
      return 1;
    }
  },
});
