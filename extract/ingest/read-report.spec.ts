import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isTupuError } from '../../common/errors.ts';
import { listReports } from './list-reports.ts';
import { docIdOf, readReport } from './read-report.ts';

async function withDir(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tupu-ingest-'));
  try {
    await run(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

const code = (expected: string) => (err: unknown): boolean => isTupuError(err) && err.code === expected;

test('UTF-8 with BOM is read, BOM stripped, sha256 of the bytes', () => withDir(async (dir) => {
  const file = path.join(dir, 'a.txt');
  await fs.writeFile(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('大模型报告', 'utf8')]));
  const report = await readReport(file);
  assert.equal(report.original, '大模型报告');
  assert.equal(report.encoding, 'utf-8');
  assert.equal(report.doc, 'a.txt');
  assert.equal(report.bytes, 18);
  assert.match(report.sha256, /^[0-9a-f]{64}$/);
}));

test('GB18030/GBK bytes are detected and decoded', () => withDir(async (dir) => {
  const file = path.join(dir, 'gbk.txt');
  await fs.writeFile(file, Buffer.from('c4e3bac3', 'hex'));
  const report = await readReport(file);
  assert.equal(report.encoding, 'gb18030');
  assert.equal(report.original, '你好');
}));

test('bytes that are neither UTF-8 nor GB18030 text: INPUT_ENCODING naming the file', () => withDir(async (dir) => {
  const file = path.join(dir, 'latin1.txt');
  await fs.writeFile(file, Buffer.from('caf\xe9 au lait, na\xefve r\xe9sum\xe9 \xe9\xe9\xe9\xe9', 'latin1'));
  await assert.rejects(readReport(file), (err: unknown) => code('INPUT_ENCODING')(err) && String((err as Error).message).includes('latin1.txt'));
}));

test('empty and whitespace-only files: INPUT_EMPTY', () => withDir(async (dir) => {
  await fs.writeFile(path.join(dir, 'e.txt'), '');
  await fs.writeFile(path.join(dir, 'w.txt'), ' \n\t\u3000\n');
  await assert.rejects(readReport(path.join(dir, 'e.txt')), code('INPUT_EMPTY'));
  await assert.rejects(readReport(path.join(dir, 'w.txt')), code('INPUT_EMPTY'));
}));

test('binary content: INPUT_BINARY', () => withDir(async (dir) => {
  const bytes = Buffer.alloc(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
  await fs.writeFile(path.join(dir, 'b.txt'), bytes);
  await assert.rejects(readReport(path.join(dir, 'b.txt')), code('INPUT_BINARY'));
}));

test('a 60 MB file is refused from its size, quickly, without reading it', () => withDir(async (dir) => {
  const file = path.join(dir, 'big.txt');
  await fs.writeFile(file, '');
  await fs.truncate(file, 60 * 1024 * 1024);
  const t0 = performance.now();
  await assert.rejects(readReport(file), code('INPUT_TOO_LARGE'));
  assert.ok(performance.now() - t0 < 500);
  await assert.rejects(readReport(path.join(dir, 'a.txt'), { maxBytes: 10 }), code('INPUT_NOT_FOUND'));
}));

test('listReports: sorted .txt/.md, recursive; missing dir and empty dir are errors', () => withDir(async (dir) => {
  await assert.rejects(listReports(path.join(dir, 'nope')), code('INPUT_NOT_FOUND'));
  await assert.rejects(listReports(dir), code('NO_REPORTS'));
  await fs.mkdir(path.join(dir, 'sub'));
  await fs.writeFile(path.join(dir, 'b.md'), 'x');
  await fs.writeFile(path.join(dir, 'a.txt'), 'x');
  await fs.writeFile(path.join(dir, 'sub', 'c.TXT'), 'x');
  await fs.writeFile(path.join(dir, 'skip.pdf'), 'x');
  const files = await listReports(dir);
  assert.deepEqual(files.map((f) => path.relative(dir, f)), ['a.txt', 'b.md', path.join('sub', 'c.TXT')]);
  await assert.rejects(listReports(path.join(dir, 'a.txt')), code('INPUT_NOT_FOUND'));
}));

test('listReports: README files (any case, .md or .txt, in any folder) are not reports', () => withDir(async (dir) => {
  await fs.mkdir(path.join(dir, 'sub'));
  for (const name of ['README.md', 'readme.txt', 'ReadMe-en.md', path.join('sub', 'README.md'), 'report.md', path.join('sub', 'notes-readme.txt')]) {
    await fs.writeFile(path.join(dir, name), 'x');
  }
  const files = await listReports(dir);
  assert.deepEqual(files.map((f) => path.relative(dir, f)), ['report.md', path.join('sub', 'notes-readme.txt')]);
  await fs.rm(path.join(dir, 'report.md'));
  await fs.rm(path.join(dir, 'sub', 'notes-readme.txt'));
  await assert.rejects(listReports(dir), code('NO_REPORTS'));
}));

test('doc ids: the file name by default; within a corpus, the relative path, so same-named files in two folders differ', () => withDir(async (dir) => {
  await fs.mkdir(path.join(dir, 'a'));
  await fs.mkdir(path.join(dir, 'b'));
  await fs.writeFile(path.join(dir, 'a', 'report.txt'), '甲报告');
  await fs.writeFile(path.join(dir, 'b', 'report.txt'), '乙报告');
  await fs.writeFile(path.join(dir, 'top.txt'), '顶层报告');
  const files = await listReports(dir);
  assert.equal((await readReport(files[0])).doc, 'report.txt');
  const docs = await Promise.all(files.map(async (f) => (await readReport(f, { doc: docIdOf(dir, f) })).doc));
  assert.deepEqual(docs, ['a/report.txt', 'b/report.txt', 'top.txt']);
}));
