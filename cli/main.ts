// The `tupu` entry point: picks the subcommand from the registry, parses its options, maps errors to exit codes.
import { parseArgs } from 'node:util';
import { isTupuError } from '../common/errors.ts';
import { UsageError, type CliCommand, type CommandInput } from './command.ts';
import { commands } from './commands/index.ts';
import { commandHelp, programHelp } from './help.ts';
import { toolVersion } from './tool-version.ts';

/** Exit codes: 0 done, 1 the command could not do its job, 2 usage error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    process.stderr.write(programHelp(commands, toolVersion()));
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h') {
    process.stdout.write(programHelp(commands, toolVersion()));
    return EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    process.stdout.write(`${toolVersion()}\n`);
    return EXIT.ok;
  }
  if (first === 'help') {
    if (rest[0] === undefined) {
      process.stdout.write(programHelp(commands, toolVersion()));
      return EXIT.ok;
    }
    const target = findCommand(rest[0]);
    if (!target) return usageFailure(`unknown command "${rest[0]}"`);
    process.stdout.write(commandHelp(target));
    return EXIT.ok;
  }
  const command = findCommand(first);
  if (!command) return usageFailure(`unknown command "${first}"`);
  try {
    const input = parseCommandArgs(command, rest);
    if (input === 'help') {
      process.stdout.write(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run(input);
  } catch (err) {
    if (err instanceof UsageError) return usageFailure(err.message, command);
    if (isTupuError(err)) {
      process.stderr.write(`tupu ${command.name}: ${err.message} [${err.code}]\n`);
      return EXIT.failed;
    }
    process.stderr.write(`tupu ${command.name}: unexpected error\n${err instanceof Error ? err.stack : String(err)}\n`);
    return EXIT.failed;
  }
}

function findCommand(name: string): CliCommand | undefined {
  return commands.find((c) => c.name === name);
}

function usageFailure(message: string, command?: CliCommand): number {
  const hint = command ? `tupu ${command.name} --help` : 'tupu --help';
  process.stderr.write(`tupu${command ? ` ${command.name}` : ''}: ${message}\nRun \`${hint}\` for usage.\n`);
  return EXIT.usage;
}

function parseCommandArgs(command: CliCommand, args: string[]): CommandInput<CliCommand['options']> | 'help' {
  const options = Object.fromEntries(
    Object.entries(command.options).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) }]),
  );
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: command.positionals ?? false,
      strict: true,
    });
    if (values.help) return 'help';
    delete values.help;
    return { values: values as CommandInput<CliCommand['options']>['values'], positionals };
  } catch (err) {
    if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
      throw new UsageError(err.message);
    }
    throw err;
  }
}
