// Exports: graph.json validation, GEXF/GraphML round trips, Neo4j import CSVs, load.cypher — with hostile strings.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { TupuError } from '../../common/errors.ts';
import { lintCypher } from '../queries/lint.ts';
import { HOSTILE, smallGraph, smallGraphJson } from '../test-fixtures.ts';
import { assignAnalytics } from '../analytics/index.ts';
import { assignLayouts } from '../layout/index.ts';
import { buildLoadCypher, buildNeo4jImport, cypherString, importCommand, parseGraphJson, renderLoadCypher, toGexf, toGraphJson, toGraphml, toGraphology } from './index.ts';

/** RFC 4180 reader, to check what a CSV consumer sees. */
function readCsv(text: string): string[][] {
  const rows: string[][] = []; let row: string[] = []; let field = ''; let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else field += c;
  }
  return rows;
}

const enriched = () => { const g = smallGraph(); assignAnalytics(g); assignLayouts(g, { forceatlas2: { iterations: 5 } }); return g; };

describe('graph.json', () => {
  test('round-trips through graphology unchanged', () => {
    const json = smallGraphJson();
    assert.deepEqual(toGraphJson(toGraphology(parseGraphJson(json))), json);
  });

  test('schema errors name the node or edge', () => {
    const bad = smallGraphJson();
    (bad.nodes[3].attributes as { label: string }).label = 'Startup';
    assert.throws(() => parseGraphJson(bad), (e: TupuError) => e.code === 'SCHEMA_INVALID' && e.message.includes('nodes[3] ("Company:智谱AI").attributes.label'));
    const dangling = smallGraphJson();
    dangling.edges[1].target = 'Model:nowhere';
    assert.throws(() => parseGraphJson(dangling), (e: TupuError) => e.code === 'SCHEMA_INVALID' && /edges\[1\].*Model:nowhere/.test(e.message));
  });

  test('a graph declared simple but holding parallel edges is read as a multigraph', () => {
    const json = { ...smallGraphJson(), options: { type: 'directed' as const, multi: false, allowSelfLoops: false } };
    json.edges.push({ ...json.edges[0], key: 'PARTNERS', attributes: { ...json.edges[0].attributes, type: 'PARTNERS_WITH' } });
    assert.equal(toGraphology(parseGraphJson(json)).multi, true);
  });
});

describe('GEXF and GraphML', () => {
  test('GEXF parses back with every node, edge, hostile name and position', () => {
    const g = enriched();
    const text = toGexf(g);
    assert.ok(!text.includes('<script>'), 'markup is escaped');
    const back = gexf.parse(MultiDirectedGraph, text);
    assert.equal(back.order, g.order);
    assert.equal(back.size, g.size);
    assert.equal(back.getNodeAttribute('Product:hostile', 'label'), HOSTILE);
    assert.equal(back.getNodeAttribute('Product:hostile', 'category'), 'Product');
    assert.equal(back.getNodeAttribute('Company:百度', 'x'), g.getNodeAttribute('Company:百度', 'x'));
  });

  test('GraphML is well-formed and carries typed keys', () => {
    const g = enriched();
    const text = toGraphml(g);
    assert.match(text, /attr.name="pagerank" attr.type="double"/);
    const back = graphml.parse(MultiDirectedGraph, text);
    assert.equal(back.order, g.order);
    assert.equal(back.size, g.size);
    assert.equal(back.getNodeAttribute('Product:hostile', 'name'), HOSTILE);
  });
});

describe('Neo4j import CSVs', () => {
  const { files, delimiter } = buildNeo4jImport(enriched());
  const file = (p: string) => files.find((f) => f.path === p)!.content;

  test('one file per label and per type, with import headers', () => {
    const companies = readCsv(file('nodes-Company.csv'));
    assert.equal(companies[0][0], 'id:ID');
    assert.equal(companies[0].at(-1), ':LABEL');
    assert.ok(companies[0].includes('aliases:string[]'));
    assert.ok(companies[0].includes('degree:long'));
    const rels = readCsv(file('rels-DEVELOPS.csv'));
    assert.deepEqual(rels[0].slice(0, 3), [':START_ID', ':END_ID', ':TYPE']);
    assert.ok(rels[0].includes('confidence:float'));
    assert.equal(rels.length, 1 + 3);
  });

  test('hostile strings survive CSV quoting; a list element holding ";" switches the delimiter', () => {
    assert.equal(delimiter, '\u001f');
    const rows = readCsv(file('nodes-Product.csv'));
    const header = rows[0];
    const row = rows.find((r) => r[0] === 'Product:hostile')!;
    assert.equal(row[header.indexOf('name')], HOSTILE);
    assert.deepEqual(row[header.indexOf('aliases:string[]')].split(delimiter), ['semi;colon', 'comma,alias', 'quote"alias']);
    const offers = readCsv(file('rels-OFFERS.csv'));
    assert.equal(JSON.parse(offers[1][offers[0].indexOf('evidence')])[0].sentence, HOSTILE);
    assert.match(file('README.md'), /--array-delimiter="U\+001F"/);
  });

  test('the README holds the exact import command', () => {
    const cmd = importCommand(['nodes-Company.csv', 'rels-DEVELOPS.csv'], ';');
    assert.equal(cmd, 'bin/neo4j-admin database import full neo4j \\\n  --overwrite-destination=true \\\n  --array-delimiter=";" \\\n  --multiline-fields=true \\\n  --id-type=string \\\n  --nodes=import/nodes-Company.csv \\\n  --relationships=import/rels-DEVELOPS.csv');
    assert.ok(file('README.md').includes('neo4j-admin database import full neo4j'));
  });
});

describe('load.cypher', () => {
  test('constraints first, then parameter-free batches; every statement passes the Neo4j linter', () => {
    const load = buildLoadCypher(enriched(), 3);
    assert.ok(load.statements.slice(0, load.constraints).every((s) => s.startsWith('CREATE CONSTRAINT') && s.includes('IF NOT EXISTS')));
    assert.ok(load.statements.slice(load.constraints).every((s) => s.startsWith('UNWIND [') && s.includes('MERGE')));
    assert.ok(load.statements.every((s) => !/\$\w/.test(s)), 'no parameters');
    for (const s of load.statements) {
      const errors = lintCypher(s).filter((p) => p.severity === 'error');
      assert.deepEqual(errors, [], s.slice(0, 200));
    }
    const text = renderLoadCypher(load);
    assert.equal(text.split('\n').filter((l) => l.endsWith(';')).length, load.statements.length);
  });

  test('string literals escape quotes, backslashes and newlines', () => {
    assert.equal(cypherString(HOSTILE), "'He said \"hi\", it\\'s <script>alert(1)</script>\\nline two; back\\\\slash'");
    assert.deepEqual(lintCypher(`RETURN ${cypherString(HOSTILE)} AS s`), []);
  });
});
