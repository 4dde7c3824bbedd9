#!/usr/bin/env node
// `tupu` launcher: lets Node run the TypeScript sources, then hands over to cli/main.ts.
import v8 from 'node:v8';
import './register-typescript.mjs';

// TurboFan spent 8-9 s compiling per extraction thread of a 10 MB share, on the same two cores the build runs on:
// it inlined deeply into the large recognisers and re-optimised them as new word shapes deopted them. A third of
// the inlining budget and a function optimised only after ~15× the default run time (when its type feedback has
// settled) cut that to about 2 s with no loss of steady speed (bench/RESULTS.md). V8 flags are per process:
// the extract workers share them.
v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
v8.setFlagsFromString('--interrupt-budget=1000000');

const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
