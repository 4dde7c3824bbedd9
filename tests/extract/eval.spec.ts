// Extraction quality on the visible gold and on our held-out reports: regression guards at today's measured level.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const shared = join(import.meta.dirname, '..', '..', '..', 'shared');
const skip = existsSync(join(shared, 'eval', 'score.mjs')) ? false : 'shared/eval not beside the checkout';

test('entities, relations and evidence on the visible gold', { skip, timeout: 180_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), 'tupu-eval-'));
  try {
    execFileSync(process.execPath, ['bin/tupu.mjs', 'build', '--corpus', join(shared, 'corpus'), '--out', out], { stdio: 'pipe' });
    const golds = readdirSync(join(shared, 'eval', 'gold')).flatMap((g) => ['--gold', join(shared, 'eval', 'gold', g)]);
    const score = JSON.parse(execFileSync(process.execPath, [join(shared, 'eval', 'score.mjs'), '--graph', join(out, 'graph.json'), ...golds, '--json'], { encoding: 'utf8' }));
    assert.ok(score.total.entities.f1 >= 0.85, `entity F1 ${score.total.entities.f1}`);
    assert.ok(score.total.relations.f1 >= 0.72, `relation F1 ${score.total.relations.f1}`);
    assert.ok(score.total.tiers.f1 >= 0.75, `tier F1 ${score.total.tiers.f1}`);
    assert.ok(score.total.layers.f1 >= 0.70, `layer F1 ${score.total.layers.f1}`);
    assert.equal(score.total.evidence.foundInDoc, score.total.evidence.checked, 'every evidence sentence is verbatim in its report');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('entities and relations on the held-out reports, at the bar set for unseen reports', { skip, timeout: 180_000 }, () => {
  const heldout = join(import.meta.dirname, '..', '..', 'data', 'heldout');
  const out = mkdtempSync(join(tmpdir(), 'tupu-heldout-'));
  try {
    execFileSync(process.execPath, ['bin/tupu.mjs', 'build', '--corpus', join(heldout, 'corpus'), '--out', out], { stdio: 'pipe' });
    const golds = readdirSync(join(heldout, 'eval', 'gold')).flatMap((g) => ['--gold', join(heldout, 'eval', 'gold', g)]);
    const score = JSON.parse(execFileSync(process.execPath, [join(shared, 'eval', 'score.mjs'), '--graph', join(out, 'graph.json'), ...golds, '--json'], { encoding: 'utf8' }));
    for (const r of score.results) {
      assert.ok(r.entities.f1 >= 0.7, `${r.doc}: entity F1 ${r.entities.f1}`);
      assert.ok(r.relations.f1 >= 0.5, `${r.doc}: relation F1 ${r.relations.f1}`);
    }
    assert.equal(score.total.evidence.foundInDoc, score.total.evidence.checked, 'every evidence sentence is verbatim in its report');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
