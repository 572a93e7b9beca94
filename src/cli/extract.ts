import type { Command } from 'commander';
import { extract } from '../extract/index.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .argument('<file>')
    .action((file: string) => {
      process.stdout.write(`${JSON.stringify(extract(file))}\n`);
    });
}
