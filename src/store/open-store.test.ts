import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, StoreOpenError } from './index.js';

const folder = mkdtempSync(join(tmpdir(), 'layoffwatch-open-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function openError(options: Parameters<typeof openStore>[0]): Promise<StoreOpenError> {
  try {
    await (await openStore(options)).close();
  } catch (error) {
    if (error instanceof StoreOpenError) return error;
    throw error;
  }
  throw new Error('the store opened');
}

describe('openStore', () => {
  it('creates the SQLite file and its folder', async () => {
    const path = join(folder, 'new', 'deeper', 'lw.db');
    const store = await openStore({ db: path });
    expect(store.dialect).toBe('sqlite');
    expect(await store.integrityCheck()).toBe('ok');
    await store.close();
  });

  it('names an unusable SQLite path and says what to do, in one line', async () => {
    const file = join(folder, 'a-file');
    writeFileSync(file, 'not a folder');
    const error = await openError({ db: join(file, 'lw.db') });
    expect(error.target).toBe(join(file, 'lw.db'));
    expect(error.message).toMatch(
      /^cannot open the database at .*a-file\/lw\.db: .*; give a writable file with --db PATH/,
    );
    expect(error.message).not.toContain('\n');
  });

  it('says when the file is not a SQLite database', async () => {
    const file = join(folder, 'notes.txt');
    writeFileSync(file, 'x'.repeat(4096));
    expect((await openError({ db: file })).message).toContain('the file is not a SQLite database');
  });

  it('integrityCheck reports rows pointing at rows that are gone (SQLite)', async () => {
    const path = join(folder, 'orphans.db');
    await (await openStore({ db: path })).close();
    const db = new BetterSqlite3(path);
    db.pragma('foreign_keys = OFF');
    db.exec(`insert into reports (id, document_id, position, role, extractor_version, confidence, event)
             values ('r1', 'missing-document', 0, 'primary', '1', 1, '{}')`);
    db.close();
    const store = await openStore({ db: path });
    expect(await store.integrityCheck()).toMatch(/^row \d+ of reports points at a missing documents row$/);
    await store.close();
  });

  it('names an unreachable PostgreSQL server without its password', async () => {
    const error = await openError({ databaseUrl: 'postgres://lw:secret@127.0.0.1:1/lw' });
    expect(error.message).toMatch(
      /^cannot open the database at postgres:\/\/lw:\*\*\*@127\.0\.0\.1:1\/lw: .*ECONNREFUSED.*; check that PostgreSQL is running/,
    );
    expect(error.message).not.toContain('secret');
    expect(error.message).not.toContain('\n');
  });
});
