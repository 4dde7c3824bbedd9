// What a `tupu` subcommand is: its name, options and help text, declared as data the CLI reads.

/** One `--flag` of a subcommand; `description` and `valueName` feed the generated help. */
export interface CliOption {
  type: 'string' | 'boolean';
  short?: string;
  description: string;
  /** Shown in help as `--out DIR`; defaults to `VALUE`. */
  valueName?: string;
  /** Shown in help only: commands apply their own defaults so they can validate them. */
  defaultText?: string;
  /** A string flag that may be repeated; its value is the list of every occurrence, in order. */
  multiple?: boolean;
}

export type CliOptions = Readonly<Record<string, CliOption>>;

/** Parsed option values, typed from the command's own option declarations. */
export type OptionValues<O extends CliOptions> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : O[K]['multiple'] extends true ? string[] : string;
};

/** What a command receives when it runs. */
export interface CommandInput<O extends CliOptions> {
  values: OptionValues<O>;
  positionals: string[];
}

/** A subcommand: add one to `commands/index.ts` and it is dispatched and listed in help. */
export interface CliCommand<O extends CliOptions = CliOptions> {
  name: string;
  /** One line for `tupu --help`. */
  summary: string;
  /** Synopsis after `tupu NAME`, e.g. `[--corpus DIR] [--out DIR]`. */
  usage: string;
  /** Longer help shown by `tupu NAME --help`, after the options. */
  details?: string;
  options: O;
  /** Whether bare arguments are accepted (otherwise they are a usage error). */
  positionals?: boolean;
  /** Resolves to the process exit code. */
  run(input: CommandInput<O>): Promise<number>;
}

/** Declares a command with its option values typed from its options. */
export function defineCommand<const O extends CliOptions>(command: CliCommand<O>): CliCommand<O> {
  return command;
}

/** A wrong invocation: the CLI prints the message and a hint, and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
