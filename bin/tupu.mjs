#!/usr/bin/env node
// `tupu` launcher: lets Node run the TypeScript sources, then hands over to cli/main.ts.
import v8 from 'node:v8';
import './register-typescript.mjs';

// Extraction's recognisers are large functions that TurboFan inlined into until they took 5-9 s of compiling per
// thread at the start of a build, on the same two cores the build runs on; a third of the default inlining budget
// halves that and keeps run-time speed (bench/RESULTS.md, session 13). V8 flags are per process: workers share it.
v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');

const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
