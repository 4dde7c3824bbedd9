import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isTupuError } from '../../common/errors.ts';
import { LEXICON_DIR, lazy, readLexiconFile } from './load.ts';
import { RegionGazetteer } from './regions.ts';
import { z } from 'zod';
import { LexiconMeta, RegionsFile } from './schemas.ts';

const meta = { title: 't', source: 's', scope: 'x', updated: '2024' };
const dir = mkdtempSync(join(tmpdir(), 'tupu-lexicon-'));

const failsWith = (code: string, path: string, fn: () => unknown) =>
  assert.throws(fn, (e: unknown) => isTupuError(e) && e.code === code && e.message.includes(path));

test('a broken file is CONFIG_INVALID naming the file and the path', () => {
  const file = join(dir, 'regions.json');
  writeFileSync(file, JSON.stringify({ meta, entries: [{ id: 'X', name: 'x', aliases: [], level: 'planet', division: 'country' }] }));
  failsWith('CONFIG_INVALID', file, () => readLexiconFile(file, RegionsFile));
  failsWith('CONFIG_INVALID', 'entries[0].level', () => readLexiconFile(file, RegionsFile));
});

test('unreadable JSON and a missing file are CONFIG_INVALID', () => {
  const file = join(dir, 'bad.json');
  writeFileSync(file, '{ not json');
  failsWith('CONFIG_INVALID', file, () => readLexiconFile(file, RegionsFile));
  failsWith('CONFIG_INVALID', 'missing.json', () => readLexiconFile(join(dir, 'missing.json'), RegionsFile));
});

test('broken cross-references are CONFIG_INVALID', () => {
  const entries = RegionsFile.parse({ meta, entries: [{ id: 'A', name: 'a', aliases: [], level: 'city', division: 'world-city', parent: 'nowhere' }] }).entries;
  failsWith('CONFIG_INVALID', 'entries[0].parent', () => new RegionGazetteer(entries));
});

test('every shipped file carries meta with its source', () => {
  const files = readdirSync(LEXICON_DIR).filter((f) => f.endsWith('.json'));
  assert.equal(files.length, 7);
  for (const f of files) readLexiconFile(join(LEXICON_DIR, f), z.object({ meta: LexiconMeta }).loose());
});

test('lazy builds once', () => {
  let n = 0;
  const get = lazy(() => ++n);
  get();
  get();
  assert.equal(n, 1);
});
