/**
 * Queries built once. Building and compiling a query with Kysely costs about as much as SQLite takes
 * to run one of the small queries an ingest makes, and an ingest makes the same few shapes for every
 * document. A prepared query is built the first time with placeholders for its values, compiled once
 * per dialect and shape, and from then on only given new values.
 */
import type { Compilable, CompiledQuery, Insertable, Kysely, QueryResult } from 'kysely';
import type { Database, StoreDialect } from './schema.js';
import type { StoreContext } from './store-context.js';

/** Stands in a built query for the value at `index` of the values the query runs with. */
class Placeholder {
  constructor(readonly index: number) {}
}

/**
 * The placeholder for values[index]. Typed `never` so that it fits wherever the builder expects a
 * value; it must be used as a value only (never as a column, a table or inside sql.raw).
 */
export type Param = (index: number) => never;

const param: Param = (index) => new Placeholder(index) as never;

/** The placeholders of values[0 … count - 1]: the list of an `in (…)` given as the query's values. */
export function paramList(p: Param, count: number): never[] {
  return Array.from({ length: count }, (_, i) => p(i));
}

type Prepared = { query: CompiledQuery; indexes: number[] };

/** One entry per dialect, name and shape; shapes are few (list lengths), so the map stays small. */
const prepared = new Map<string, Prepared>();

/**
 * Runs the query `build` makes with `values`. `key` names the query and its shape: two calls with
 * the same key must build the same SQL (a list of another length is another key).
 */
export async function runPrepared<R>(
  ctx: StoreContext,
  key: string,
  values: readonly unknown[],
  build: (db: Kysely<Database>, param: Param) => Compilable<R>,
): Promise<QueryResult<R>> {
  const cacheKey = `${ctx.dialect}\u0000${key}`;
  let entry = prepared.get(cacheKey);
  if (!entry) {
    entry = compile(ctx.dialect, key, build(ctx.db, param).compile());
    prepared.set(cacheKey, entry);
  }
  const { query, indexes } = entry;
  const parameters = indexes.map((i) => values[i]);
  // Inside a SQLite transaction the connection is the transaction's: run on it directly, as Kysely's
  // driver would, without its promises and result objects (an ingest runs some 16 queries a document).
  if (ctx.sqlite && ctx.db.isTransaction) {
    const statement = ctx.sqlite.prepare(query.sql);
    if (statement.reader) return { rows: statement.all(parameters) as R[] };
    statement.run(parameters);
    return { rows: [] };
  }
  return ctx.db.executeQuery<R>({ ...query, parameters } as CompiledQuery<R>);
}

function compile(dialect: StoreDialect, key: string, query: CompiledQuery): Prepared {
  const indexes = query.parameters.map((p) => {
    if (!(p instanceof Placeholder)) {
      throw new Error(`prepared query ${key} (${dialect}) has a value built in; give it as param(i)`);
    }
    return p.index;
  });
  return { query, indexes };
}

/**
 * A list for `in (…)` padded to a power of two by repeating its last value (which changes no
 * result): lists whose lengths grow with the database then make a few shapes, not one per length.
 */
export function inList<T>(values: readonly T[]): T[] {
  const padded = [...values];
  if (padded.length === 0) return padded;
  let size = 1;
  while (size < padded.length) size *= 2;
  while (padded.length < size) padded.push(padded[padded.length - 1]!);
  return padded;
}

/** Inserts rows into a table, all with the same columns, as one prepared statement per row count. */
export async function insertRows<T extends keyof Database, C extends keyof Insertable<Database[T]> & string>(
  ctx: StoreContext,
  table: T,
  columns: readonly C[],
  rows: readonly Pick<Insertable<Database[T]>, C>[],
): Promise<void> {
  if (rows.length === 0) return;
  const values: unknown[] = [];
  for (const row of rows) for (const column of columns) values.push(row[column]);
  await runPrepared(ctx, `insert ${table} (${columns.join(',')}) × ${rows.length}`, values, (db, p) =>
    db
      .insertInto(table)
      .values(
        rows.map(
          (_, i) =>
            Object.fromEntries(columns.map((column, j) => [column, p(i * columns.length + j)])) as Insertable<
              Database[T]
            >,
        ),
      ),
  );
}
