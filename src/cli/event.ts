/** `layoffwatch event ID`: one event as a readable Quick Recap, or as JSON with --json. */
import type { Command } from 'commander';
import { eventJson } from './event-json.js';
import { eventRecap } from './event-recap.js';
import { addStoreOption, type StoreOptions, withStore } from './store-option.js';

/** No event has the id asked for. */
export class EventNotFoundError extends Error {
  override name = 'EventNotFoundError';

  constructor(readonly id: string) {
    super(`no event ${id}; list events and their ids with \`layoffwatch events\``);
  }
}

export function registerEvent(program: Command): void {
  const command = program
    .command('event')
    .description('Show one event: its Quick Recap, AI claims, sources and conflicts.')
    .argument('<id>', 'the event id, as `layoffwatch events` lists it')
    .option('--json', 'print the event as JSON (the same shape as one item of `events --json`)');
  addStoreOption(command).action(async (id: string, options: StoreOptions & { json?: boolean }) => {
    const event = await withStore(options, (store) => store.getEvent(id));
    if (!event) throw new EventNotFoundError(id);
    process.stdout.write(options.json ? `${JSON.stringify(eventJson(event), null, 2)}\n` : eventRecap(event));
  });
}
