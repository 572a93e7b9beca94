import { describe, expect, it } from 'vitest';
import { StoreOpenError } from './store-open-error.js';
import { resolveStoreTarget } from './store-target.js';

describe('resolveStoreTarget', () => {
  const env = { LAYOFFWATCH_DB: '/env/lw.db', DATABASE_URL: 'postgres://u@db/lw' };
  it.each([
    ['--db wins over everything', { db: '/flag.db', env }, { kind: 'sqlite', path: '/flag.db' }],
    ['then LAYOFFWATCH_DB', { env }, { kind: 'sqlite', path: '/env/lw.db' }],
    [
      'then DATABASE_URL',
      { env: { DATABASE_URL: 'postgres://u@db/lw' } },
      { kind: 'postgres', url: 'postgres://u@db/lw' },
    ],
    ['else ./data/layoffwatch.db', { env: {} }, { kind: 'sqlite', path: './data/layoffwatch.db' }],
    [
      'blank values count as unset',
      { db: ' ', env: { LAYOFFWATCH_DB: '' } },
      { kind: 'sqlite', path: './data/layoffwatch.db' },
    ],
    [
      'a postgres URL given to --db',
      { db: 'postgresql://u@h/x', env },
      { kind: 'postgres', url: 'postgresql://u@h/x' },
    ],
  ])('%s', (_name, options, expected) => {
    expect(resolveStoreTarget(options)).toEqual(expected);
  });

  it('rejects a DATABASE_URL that is not PostgreSQL, saying what to do', () => {
    expect(() => resolveStoreTarget({ env: { DATABASE_URL: 'mysql://x' } })).toThrow(StoreOpenError);
    expect(() => resolveStoreTarget({ env: { DATABASE_URL: 'mysql://x' } })).toThrow(
      /use --db PATH or LAYOFFWATCH_DB/,
    );
  });
});
