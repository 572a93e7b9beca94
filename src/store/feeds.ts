/** Feeds to poll, with what the last poll learnt: validators for conditional GET and an error count. */
import type { Selectable } from 'kysely';
import type { FeedsTable } from './schema.js';
import { inTransaction, type StoreContext } from './store-context.js';

export type Feed = {
  url: string;
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: string | null;
  /** Polls that failed in a row; back to 0 after a poll that works. Shown to the user. */
  consecutiveErrors: number;
  lastError: string | null;
  createdAt: string;
};

export type AddFeedOptions = { title?: string | null };

/** The outcome of one poll. An etag or lastModified left undefined keeps the stored one. */
export type FeedPoll = {
  etag?: string | null;
  lastModified?: string | null;
  /** ISO timestamp. */
  polledAt: string;
  /** Set when the poll failed. */
  error?: string | null;
};

/** Adds the feed unless it is already there; returns whether it was added. */
export async function addFeed(
  ctx: StoreContext,
  url: string,
  { title = null }: AddFeedOptions = {},
): Promise<boolean> {
  const result = await ctx.db
    .insertInto('feeds')
    .values({ url, title, consecutive_errors: 0, created_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('url').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function listFeeds(ctx: StoreContext): Promise<Feed[]> {
  const rows = await ctx.db.selectFrom('feeds').selectAll().orderBy('created_at').orderBy('url').execute();
  return rows.map(toFeed);
}

export async function getFeedState(ctx: StoreContext, url: string): Promise<Feed | null> {
  const row = await ctx.db.selectFrom('feeds').selectAll().where('url', '=', url).executeTakeFirst();
  return row ? toFeed(row) : null;
}

/** Records a poll (adding the feed if it was polled without being added) and returns the new state. */
export function saveFeedState(ctx: StoreContext, url: string, poll: FeedPoll): Promise<Feed> {
  return inTransaction(ctx, (tx) => recordPoll(tx, url, poll));
}

async function recordPoll(ctx: StoreContext, url: string, poll: FeedPoll): Promise<Feed> {
  await addFeed(ctx, url);
  const validators = {
    ...(poll.etag !== undefined && { etag: poll.etag }),
    ...(poll.lastModified !== undefined && { last_modified: poll.lastModified }),
  };
  await ctx.db
    .updateTable('feeds')
    .set((eb) =>
      poll.error
        ? {
            ...validators,
            last_polled_at: poll.polledAt,
            consecutive_errors: eb('consecutive_errors', '+', 1),
            last_error: poll.error,
          }
        : { ...validators, last_polled_at: poll.polledAt, consecutive_errors: 0, last_error: null },
    )
    .where('url', '=', url)
    .execute();
  const feed = await getFeedState(ctx, url);
  return feed!;
}

function toFeed(row: Selectable<FeedsTable>): Feed {
  return {
    url: row.url,
    title: row.title,
    etag: row.etag,
    lastModified: row.last_modified,
    lastPolledAt: row.last_polled_at,
    consecutiveErrors: row.consecutive_errors,
    lastError: row.last_error,
    createdAt: row.created_at,
  };
}
