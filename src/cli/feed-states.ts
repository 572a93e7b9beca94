/** Feeds followed (`feeds add`) as the pipeline sees them: validators to poll with, and each poll recorded. */
import type { FeedStates } from '../pipeline/index.js';
import type { Store } from '../store/index.js';

export function feedStates(store: Store): FeedStates {
  return {
    async get(url) {
      const feed = await store.getFeedState(url);
      return feed ? { etag: feed.etag, lastModified: feed.lastModified } : null;
    },
    async save(url, poll) {
      await store.saveFeedState(url, { ...poll, polledAt: new Date().toISOString() });
    },
  };
}
