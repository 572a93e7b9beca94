/**
 * Events get `name_key`, the key of the company as named ("aws"), beside `company_key`, the key of
 * the top-level company the resolver groups by ("amazon"): the events list finds an event by either.
 */
import { companyKey } from '../../resolve/index.js';
import type { Migration } from './migration.js';

export const eventNameKey: Migration = {
  name: '0002-event-name-key',
  async up(db) {
    await db.schema.alterTable('events').addColumn('name_key', 'text').execute();
    await db.schema.createIndex('events_name_key').on('events').column('name_key').execute();
    const rows: { id: string; company: string }[] = await db
      .selectFrom('events')
      .select(['id', 'company'])
      .execute();
    for (const row of rows) {
      await db
        .updateTable('events')
        .set({ name_key: companyKey(row.company) })
        .where('id', '=', row.id)
        .execute();
    }
  },
};
