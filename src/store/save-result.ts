/** What an idempotent write did: saving the same thing twice gives 'unchanged' the second time. */
export type SaveResult = 'inserted' | 'updated' | 'unchanged';
