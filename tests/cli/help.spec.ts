// `tupu` help, version and usage errors: exit 2 for a wrong invocation, help generated from the registry.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commands } from '../../cli/commands/index.ts';
import { runTupu } from './helpers.ts';

test('tupu --help lists every registered command and exits 0', () => {
  const run = runTupu(['--help']);
  assert.equal(run.status, 0, run.stderr);
  const listed = run.stdout.split('\n').map((line) => line.trim().split(/\s{2,}/));
  for (const command of commands) {
    assert.ok(listed.some(([name, summary]) => name === command.name && summary === command.summary), `lists ${command.name}`);
  }
});

test('tupu build --help shows the options, defaults and exit codes', () => {
  const run = runTupu(['build', '--help']);
  assert.equal(run.status, 0, run.stderr);
  for (const flag of ['--corpus DIR', '--out DIR', '--max-bytes N', '--json', 'data/demo', 'Exit status']) {
    assert.ok(run.stdout.includes(flag), `help mentions ${flag}`);
  }
  assert.equal(runTupu(['help', 'build']).stdout, run.stdout);
});

test('tupu --version prints the package version', () => {
  const run = runTupu(['--version']);
  assert.equal(run.status, 0);
  assert.match(run.stdout.trim(), /^\d+\.\d+\.\d+/);
});

test('usage errors exit 2 with a hint', async (t) => {
  const cases: [string, string[], RegExp][] = [
    ['no command', [], /Usage: tupu <command>/],
    ['unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ['help for an unknown command', ['help', 'frobnicate'], /unknown command "frobnicate"/],
    ['unknown option', ['build', '--bogus'], /Unknown option '--bogus'[\s\S]*tupu build --help/],
    ['missing option value', ['build', '--out'], /--out/],
    ['unexpected argument', ['build', 'extra'], /extra/],
    ['bad --max-bytes', ['build', '--max-bytes', 'lots'], /--max-bytes expects a positive size/],
  ];
  for (const [name, args, stderr] of cases) {
    await t.test(name, () => {
      const run = runTupu(args);
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, stderr);
      assert.equal(run.stdout, '');
    });
  }
});
