#!/usr/bin/env node
// `tupu` launcher: lets Node run the TypeScript sources, then hands over to cli/main.ts.
import './register-typescript.mjs';

const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
