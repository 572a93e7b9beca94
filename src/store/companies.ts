/** Companies with their aliases and parent: the gazetteer, and the company lookups the events list uses. */
import type { Company } from '../domain.js';
import { companyKey } from '../resolve/index.js';
import { canonicalJson } from './canonical-json.js';
import type { SaveResult } from './save-result.js';
import { inTransaction, type StoreContext } from './store-context.js';
import { StoreInputError } from './store-input-error.js';

/**
 * Inserts or updates the company. Its name and aliases become lookup keys; an alias another company
 * already holds stays with that company (the first claim wins) and is not listed on this one.
 */
export function upsertCompany(ctx: StoreContext, company: Company): Promise<SaveResult> {
  return inTransaction(ctx, async (tx) => {
    const slugOwner = await tx.db
      .selectFrom('companies')
      .select('id')
      .where('slug', '=', company.slug)
      .where('id', '!=', company.id)
      .executeTakeFirst();
    if (slugOwner) {
      throw new StoreInputError(
        'upsertCompany',
        `slug "${company.slug}" of company ${company.id} already belongs to company ${slugOwner.id}`,
      );
    }
    const nameKey = companyKey(company.name);
    const aliases = uniqueByKey(company.aliases).filter((a) => companyKey(a) !== nameKey);
    const heldElsewhere = await aliasKeysHeldByOthers(tx, company.id, [nameKey, ...aliases.map(companyKey)]);
    const wanted: Company = { ...company, aliases: aliases.filter((a) => !heldElsewhere.has(companyKey(a))) };

    const existing = await getCompanyWhere(tx, 'id', company.id);
    if (existing && canonicalJson(existing) === canonicalJson(wanted)) return 'unchanged';

    const columns = {
      name: wanted.name,
      slug: wanted.slug,
      parent: wanted.parent,
      parent_key: wanted.parent ? companyKey(wanted.parent) : null,
      industry: wanted.industry,
      country: wanted.country,
      ticker: wanted.ticker,
    };
    if (existing) {
      await tx.db.updateTable('companies').set(columns).where('id', '=', company.id).execute();
      await tx.db.deleteFrom('company_aliases').where('company_id', '=', company.id).execute();
    } else {
      await tx.db
        .insertInto('companies')
        .values({ id: company.id, ...columns })
        .execute();
    }
    const rows = [
      { alias_key: nameKey, alias: wanted.name, company_id: company.id, position: -1 },
      ...wanted.aliases.map((alias, position) => ({
        alias_key: companyKey(alias),
        alias,
        company_id: company.id,
        position,
      })),
    ].filter((row) => row.alias_key !== '' && !heldElsewhere.has(row.alias_key));
    if (rows.length > 0) await tx.db.insertInto('company_aliases').values(rows).execute();
    return existing ? 'updated' : 'inserted';
  });
}

/** The company a name or alias (in any case or spelling companyKey forgives) belongs to. */
export async function findCompanyByAlias(ctx: StoreContext, nameOrKey: string): Promise<Company | null> {
  const row = await ctx.db
    .selectFrom('company_aliases')
    .select('company_id')
    .where('alias_key', '=', companyKey(nameOrKey))
    .executeTakeFirst();
  return row ? getCompanyWhere(ctx, 'id', row.company_id) : null;
}

export function getCompanyBySlug(ctx: StoreContext, slug: string): Promise<Company | null> {
  return getCompanyWhere(ctx, 'slug', slug);
}

/**
 * Every key an events filter on `name` should match: the name's own key, the aliases of the company
 * it names, and the aliases of that company's subsidiaries (so "Amazon" also finds "AWS").
 */
export async function companyKeysFor(ctx: StoreContext, name: string): Promise<string[]> {
  const key = companyKey(name);
  const named = await ctx.db
    .selectFrom('company_aliases')
    .select('company_id')
    .where('alias_key', '=', key)
    .execute();
  const keys = new Set([
    key,
    ...(await aliasKeysOf(
      ctx,
      named.map((r) => r.company_id),
    )),
  ]);
  const subsidiaries = await ctx.db
    .selectFrom('companies')
    .select('id')
    .where('parent_key', 'in', [...keys])
    .execute();
  for (const k of await aliasKeysOf(
    ctx,
    subsidiaries.map((r) => r.id),
  ))
    keys.add(k);
  return [...keys];
}

async function aliasKeysOf(ctx: StoreContext, companyIds: string[]): Promise<string[]> {
  if (companyIds.length === 0) return [];
  const rows = await ctx.db
    .selectFrom('company_aliases')
    .select('alias_key')
    .where('company_id', 'in', companyIds)
    .execute();
  return rows.map((r) => r.alias_key);
}

async function aliasKeysHeldByOthers(
  ctx: StoreContext,
  companyId: string,
  keys: string[],
): Promise<Set<string>> {
  const rows = await ctx.db
    .selectFrom('company_aliases')
    .select('alias_key')
    .where('alias_key', 'in', keys)
    .where('company_id', '!=', companyId)
    .execute();
  return new Set(rows.map((r) => r.alias_key));
}

async function getCompanyWhere(
  ctx: StoreContext,
  column: 'id' | 'slug',
  value: string,
): Promise<Company | null> {
  const row = await ctx.db
    .selectFrom('companies')
    .select(['id', 'name', 'slug', 'parent', 'industry', 'country', 'ticker'])
    .where(column, '=', value)
    .executeTakeFirst();
  if (!row) return null;
  const aliases = await ctx.db
    .selectFrom('company_aliases')
    .select('alias')
    .where('company_id', '=', row.id)
    .where('position', '>=', 0)
    .orderBy('position')
    .execute();
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    aliases: aliases.map((a) => a.alias),
    parent: row.parent,
    industry: row.industry,
    country: row.country,
    ticker: row.ticker,
  };
}

function uniqueByKey(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = companyKey(name);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
