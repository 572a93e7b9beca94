import { initial } from './0001-initial.js';
import { eventNameKey } from './0002-event-name-key.js';
import { documentBandKeys } from './0003-document-band-keys.js';
import { pendingBandKeys } from './0004-pending-band-keys.js';
import { documentSearchBacklog } from './0005-document-search-backlog.js';
import { eventSearchBacklog } from './0006-event-search-backlog.js';
import type { Migration } from './migration.js';

/** Every migration, oldest first. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  eventNameKey,
  documentBandKeys,
  pendingBandKeys,
  documentSearchBacklog,
  eventSearchBacklog,
];

export type { Migration };
