// Module hooks that let Node run our TypeScript sources: esbuild strips the types and changes nothing else.
// Not tsx for the CLI: tsx always compiles with esbuild's keepNames, which wraps every function created at run
// time in a `__name(fn, "…")` call; extraction creates closures per sentence, and that wrapping cost it about 5%.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const TARGET = `node${process.versions.node}`;

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  const file = fileURLToPath(url);
  const { code } = await transform(await readFile(file, 'utf8'), {
    loader: 'ts', format: 'esm', target: TARGET, sourcemap: 'inline', sourcefile: file,
  });
  return { format: 'module', source: code, shortCircuit: true };
}
