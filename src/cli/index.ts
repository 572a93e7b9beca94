/** The command line: one file per command, each registering itself on the program. */
import { Command, CommanderError } from 'commander';
import { registerEvent } from './event.js';
import { registerEvents } from './events.js';
import { registerExtract } from './extract.js';
import { registerFeeds } from './feeds.js';
import { registerImport } from './import.js';
import { registerIngest } from './ingest.js';
import { registerReprocess } from './reprocess.js';
import { UsageError } from './usage-error.js';

export type CommandRegistrar = (program: Command) => void;

const registrars: CommandRegistrar[] = [
  registerExtract,
  registerIngest,
  registerImport,
  registerReprocess,
  registerEvents,
  registerEvent,
  registerFeeds,
];

export function buildProgram(): Command {
  const program = new Command('layoffwatch')
    .description(
      'Track workforce reductions: read layoff reports into one evidence-linked database of events.',
    )
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of registrars) register(program);
  return program;
}

/** Runs the CLI and returns the exit code: 0 done, 1 failed, 2 bad usage. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
      if (error.code === 'commander.help') return 0;
      return 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`layoffwatch: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`layoffwatch: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
