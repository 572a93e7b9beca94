/** `--db PATH`, which every command that reads or writes the database takes, and opening that store. */
import type { Command } from 'commander';
import { openStore, resolveStoreTarget, type Store } from '../store/index.js';

export type StoreOptions = { db?: string };

export function addStoreOption(command: Command): Command {
  return command.option(
    '--db <path>',
    'SQLite file or postgres:// URL (default: LAYOFFWATCH_DB, else DATABASE_URL, else ./data/layoffwatch.db)',
  );
}

export function openCommandStore(options: StoreOptions): Promise<Store> {
  return openStore(resolveStoreTarget({ db: options.db, env: process.env }));
}

/** Runs fn with the store open and closes it afterwards, whatever happens. */
export async function withStore<T>(options: StoreOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openCommandStore(options);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
