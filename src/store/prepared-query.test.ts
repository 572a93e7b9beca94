/** Prepared queries: built once per dialect and shape, run with each call's values. */
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './index.js';
import { openPostgres } from './open-postgres.js';
import { openSqlite } from './open-sqlite.js';
import { PendingBands } from './pending-bands.js';
import { inList, runPrepared } from './prepared-query.js';
import { RecentDocuments } from './recent-documents.js';
import type { StoreContext } from './store-context.js';
import { testDatabases } from './test-databases.js';

describe('inList', () => {
  it('pads a list to a power of two with its last value, so lengths make few shapes', () => {
    expect(inList([])).toEqual([]);
    expect(inList(['a'])).toEqual(['a']);
    expect(inList(['a', 'b', 'c'])).toEqual(['a', 'b', 'c', 'c']);
    expect(inList([1, 2, 3, 4, 5])).toEqual([1, 2, 3, 4, 5, 5, 5, 5]);
    expect(inList([1, 2, 3, 4])).toHaveLength(4);
  });
});

for (const databases of await testDatabases()) {
  describe.skipIf(!databases.available)(`prepared queries on ${databases.dialect}`, () => {
    afterAll(() => databases.dispose());

    it('runs one built query with each call’s values, and refuses a value built into it', async () => {
      const target = await databases.fresh();
      const store = await openStore(target);
      await store.addFeed('https://a.example/feed');
      await store.addFeed('https://b.example/feed');
      await store.close();
      const db = target.kind === 'sqlite' ? openSqlite(target.path) : await openPostgres(target.url);
      const ctx: StoreContext = {
        db,
        dialect: databases.dialect,
        pendingBands: new PendingBands(),
        recent: new RecentDocuments(),
      };
      try {
        const urls: string[][] = [];
        for (const url of ['https://a.example/feed', 'https://b.example/feed', 'https://c.example/feed']) {
          const { rows } = await runPrepared(ctx, 'feed by url (test)', [url], (kysely, p) =>
            kysely.selectFrom('feeds').select('url').where('url', '=', p(0)),
          );
          urls.push(rows.map((r) => r.url));
        }
        expect(urls).toEqual([['https://a.example/feed'], ['https://b.example/feed'], []]);
        await expect(
          runPrepared(ctx, 'feed with a built-in value (test)', [], (kysely) =>
            kysely.selectFrom('feeds').select('url').where('url', '=', 'https://a.example/feed'),
          ),
        ).rejects.toThrow(/has a value built in/);
      } finally {
        await db.destroy();
      }
    });
  });
}
