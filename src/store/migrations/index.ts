import { initial } from './0001-initial.js';
import { eventNameKey } from './0002-event-name-key.js';
import type { Migration } from './migration.js';

/** Every migration, oldest first. Append only. */
export const MIGRATIONS: readonly Migration[] = [initial, eventNameKey];

export type { Migration };
