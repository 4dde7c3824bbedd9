// Help text for `tupu` and its subcommands, generated from the command registry.
import type { CliCommand } from './command.ts';

const optionLabel = (name: string, opt: CliCommand['options'][string]): string => {
  const flag = `${opt.short ? `-${opt.short}, ` : ''}--${name}`;
  return opt.type === 'string' ? `${flag} ${opt.valueName ?? 'VALUE'}${opt.multiple ? ' …' : ''}` : flag;
};

const table = (rows: [string, string][]): string[] => {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
};

export function programHelp(commands: readonly CliCommand[], version: string): string {
  return [
    `tupu ${version} — 图谱: Chinese industry reports in, a knowledge graph out.`,
    '',
    'Usage: tupu <command> [options]',
    '',
    'Commands:',
    ...table(commands.map((c) => [c.name, c.summary])),
    '',
    'Run `tupu <command> --help` for the options of one command.',
    'Global: --help, --version',
    '',
  ].join('\n');
}

export function commandHelp(command: CliCommand): string {
  const options: [string, string][] = Object.entries(command.options).map(([name, opt]) => [
    optionLabel(name, opt),
    opt.defaultText ? `${opt.description} (default: ${opt.defaultText})` : opt.description,
  ]);
  options.push(['-h, --help', 'show this help']);
  return [
    `Usage: tupu ${command.name} ${command.usage}`.trimEnd(),
    '',
    command.summary,
    '',
    'Options:',
    ...table(options),
    ...(command.details ? ['', command.details.trimEnd()] : []),
    '',
  ].join('\n');
}
