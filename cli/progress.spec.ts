// The progress bar draws on a terminal and stays silent elsewhere, except for log lines.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createProgress } from './progress.ts';

const fakeStream = (isTTY: boolean) => {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns: 60, write: (c: string) => chunks.push(c) > 0 } };
};

test('on a terminal it draws the phase, percentage and item, then clears the line', () => {
  const { chunks, stream } = fakeStream(true);
  const progress = createProgress(stream);
  progress.start('read', 200);
  progress.tick(200, 'report.txt');
  const last = chunks.at(-1) ?? '';
  assert.match(last, /^\r\x1b\[2Kread\s+\[█+\] 100% report\.txt$/);
  progress.done();
  assert.equal(chunks.at(-1), '\r\x1b[2K');
});

test('log lines clear the bar, print, and redraw it while a phase is running', () => {
  const { chunks, stream } = fakeStream(true);
  const progress = createProgress(stream);
  progress.start('extract', 10);
  progress.log('skipped x.txt');
  assert.deepEqual(chunks.slice(-3, -1), ['\r\x1b[2K', 'skipped x.txt\n']);
  assert.match(chunks.at(-1) ?? '', /extract/);
});

test('off a terminal only log lines are written', () => {
  const { chunks, stream } = fakeStream(false);
  const progress = createProgress(stream);
  progress.start('read', 10);
  progress.tick(5, 'a.txt');
  progress.log('skipped b.txt');
  progress.done();
  assert.deepEqual(chunks, ['skipped b.txt\n']);
});
