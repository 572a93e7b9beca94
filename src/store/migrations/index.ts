import { initial } from './0001-initial.js';
import type { Migration } from './migration.js';

/** Every migration, oldest first. Append only. */
export const MIGRATIONS: readonly Migration[] = [initial];

export type { Migration };
