// The registry of `tupu` subcommands: dispatch and help both read this list.
import type { CliCommand } from '../command.ts';
import { buildCommand } from './build.ts';
import { serveCommand } from './serve.ts';
import { exportCommand } from './export.ts';
import { loadCommand } from './load.ts';
import { queryCommand } from './query.ts';
import { curateCommand } from './curate.ts';

/**
 * Every subcommand, in the order `tupu --help` lists them. Add a command with one line here;
 * a command file should import its heavy modules inside `run`, so help and other commands stay fast.
 */
export const commands: readonly CliCommand[] = [
  buildCommand,
  serveCommand,
  exportCommand,
  loadCommand,
  queryCommand,
  curateCommand,
];
