// `tupu build` on bad input: unreadable files are reported and skipped, and only an unbuildable corpus fails.
import assert from 'node:assert/strict';
import { closeSync, openSync, ftruncateSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Manifest } from '../../schema/index.ts';
import { GOOD_REPORT, runTupu, tempDir, writeCorpus, type TupuRun } from './helpers.ts';

const SIXTY_MB = 60 * 1024 * 1024;
/** Latin-1 text: 0xE9/0xFF bytes make it invalid as both UTF-8 and GB18030, yet it has no NUL or control bytes. */
const LATIN1 = Buffer.from('Caf\xe9 na\xefve r\xe9sum\xe9 \xff\xfe \xe9t\xe9 d\xe9j\xe0 vu.\n'.repeat(20), 'latin1');
const BINARY = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.alloc(2048, 0x00)]);

describe('a corpus with one good report among bad files', () => {
  const tmp = tempDir('bad-input');
  const corpus = path.join(tmp.dir, 'corpus');
  const out = path.join(tmp.dir, 'out');
  let run: TupuRun;
  let manifest: Manifest;

  before(() => {
    writeCorpus(corpus, {
      'good.txt': GOOD_REPORT,
      'latin1.txt': LATIN1,
      'empty.txt': '',
      'blank.md': '  \n\n \n',
      'binary.txt': BINARY,
      'ignored.pdf': BINARY,
    });
    const fd = openSync(path.join(corpus, 'huge.txt'), 'w');
    ftruncateSync(fd, SIXTY_MB);
    closeSync(fd);
    run = runTupu(['build', '--corpus', corpus, '--out', out]);
    manifest = Manifest.parse(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')));
  });
  after(tmp.cleanup);

  test('builds (exit 0) from the readable report', () => {
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Built .*graph\.json/);
    const good = manifest.inputs.find((i) => i.file === 'good.txt');
    assert.equal(good?.status, 'read');
    assert.equal(good?.encoding, 'utf-8');
    assert.equal(good?.bytes, Buffer.byteLength(GOOD_REPORT));
    assert.match(good?.sha256 ?? '', /^[0-9a-f]{64}$/);
  });

  const expected: [string, string][] = [
    ['latin1.txt', 'INPUT_ENCODING'],
    ['empty.txt', 'INPUT_EMPTY'],
    ['blank.md', 'INPUT_EMPTY'],
    ['binary.txt', 'INPUT_BINARY'],
    ['huge.txt', 'INPUT_TOO_LARGE'],
  ];
  for (const [file, code] of expected) {
    test(`${file} is reported on stderr and recorded as skipped with ${code}`, () => {
      const line = run.stderr.split('\n').find((l) => l.includes(`skipped ${file}`));
      assert.ok(line, `stderr names ${file}:\n${run.stderr}`);
      assert.ok(line.includes(code), `stderr gives the reason for ${file}: ${line}`);
      const input = manifest.inputs.find((i) => i.file === file);
      assert.equal(input?.status, 'skipped');
      assert.ok(input?.reason?.startsWith(code), `manifest reason for ${file}: ${input?.reason}`);
    });
  }

  test('the over-cap file is recorded with its size but never read', () => {
    const huge = manifest.inputs.find((i) => i.file === 'huge.txt');
    assert.equal(huge?.bytes, SIXTY_MB);
  });

  test('files that are not .txt or .md are not inputs', () => {
    assert.equal(manifest.inputs.some((i) => i.file === 'ignored.pdf'), false);
    assert.equal(manifest.inputs.length, expected.length + 1);
  });
});

describe('corpora that cannot be built exit 1 with a clear message', () => {
  const tmp = tempDir('unbuildable');
  after(tmp.cleanup);

  test('a corpus path that does not exist', () => {
    const missing = path.join(tmp.dir, 'no-such-dir');
    const run = runTupu(['build', '--corpus', missing, '--out', path.join(tmp.dir, 'out1')]);
    assert.equal(run.status, 1);
    assert.ok(run.stderr.includes('no-such-dir'), run.stderr);
    assert.match(run.stderr, /INPUT_NOT_FOUND/);
  });

  test('a directory with no reports', () => {
    const dir = writeCorpus(path.join(tmp.dir, 'no-reports'), { 'notes.pdf': BINARY, 'data.csv': 'a,b\n' });
    const run = runTupu(['build', '--corpus', dir, '--out', path.join(tmp.dir, 'out2')]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /NO_REPORTS/);
    assert.ok(run.stderr.includes('no-reports'), run.stderr);
  });

  test('a directory where every report is unreadable, with --json', () => {
    const dir = writeCorpus(path.join(tmp.dir, 'all-bad'), { 'empty.txt': '', 'binary.txt': BINARY });
    const run = runTupu(['build', '--corpus', dir, '--out', path.join(tmp.dir, 'out3'), '--json']);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /skipped empty\.txt.*INPUT_EMPTY/);
    assert.match(run.stderr, /skipped binary\.txt.*INPUT_BINARY/);
    const summary = JSON.parse(run.stdout) as { ok: boolean; error: { code: string } };
    assert.equal(summary.ok, false);
    assert.equal(summary.error.code, 'NO_REPORTS');
  });
});

test('--max-bytes lowers the size cap', () => {
  const tmp = tempDir('max-bytes');
  try {
    const corpus = writeCorpus(path.join(tmp.dir, 'corpus'), { 'small.txt': GOOD_REPORT, 'large.txt': GOOD_REPORT.repeat(20) });
    const run = runTupu(['build', '--corpus', corpus, '--out', path.join(tmp.dir, 'out'), '--max-bytes', '1K', '--json']);
    assert.equal(run.status, 0, run.stderr);
    const summary = JSON.parse(run.stdout) as { files: { read: number; skipped: number }; skipped: { file: string; reason: string }[] };
    assert.deepEqual(summary.files, { read: 1, skipped: 1 });
    assert.equal(summary.skipped[0]?.file, 'large.txt');
    assert.match(summary.skipped[0]?.reason ?? '', /^INPUT_TOO_LARGE/);
  } finally {
    tmp.cleanup();
  }
});
