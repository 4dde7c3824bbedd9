// Lets this process (or worker thread) import our .ts sources: see typescript-hooks.mjs for why not tsx.
import { register } from 'node:module';

register('./typescript-hooks.mjs', import.meta.url);
process.setSourceMapsEnabled(true); // stack traces point at the .ts lines
