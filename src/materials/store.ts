// Materials' queries: orders, the stock per network, item and language, and the professionals'
// contacts. Sending an order locks its row and the stock rows it takes from (`for update`), so
// two staff sending at once never both take the last boxes.

import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.ts';
import type { MaterialItem, MaterialLanguage } from './domain/catalogue.ts';
import type { ContactData, ContactScope } from './domain/contacts.ts';
import { type OrderDraft, type OrderLine, type StockKey, stockKey } from './domain/order.ts';
import { materialOrders, materialStock, professionalContacts } from './tables.ts';

export type OrderRow = typeof materialOrders.$inferSelect;

export async function insertOrder(
  db: Executor,
  draft: OrderDraft,
  owner: { accountId: string; email: string; locale: string; reference: string },
): Promise<OrderRow> {
  const [row] = await db
    .insert(materialOrders)
    .values({ ...draft, ...owner, lines: draft.lines })
    .returning();
  return row!;
}

export async function findOrder(db: Executor, id: string): Promise<OrderRow | null> {
  const [row] = await db.select().from(materialOrders).where(eq(materialOrders.id, id));
  return row ?? null;
}

export async function lockOrder(db: Executor, id: string): Promise<OrderRow | null> {
  const [row] = await db.select().from(materialOrders).where(eq(materialOrders.id, id)).for('update');
  return row ?? null;
}

export async function ordersOfAccount(db: Executor, accountId: string): Promise<OrderRow[]> {
  return db
    .select()
    .from(materialOrders)
    .where(eq(materialOrders.accountId, accountId))
    .orderBy(desc(materialOrders.createdAt))
    .limit(200);
}

/** The networks' orders, waiting ones first, then the most recent. */
export async function ordersOfNetworks(db: Executor, networkIds: readonly string[]): Promise<OrderRow[]> {
  if (networkIds.length === 0) return [];
  return db
    .select()
    .from(materialOrders)
    .where(inArray(materialOrders.networkId, [...networkIds]))
    .orderBy(sql`${materialOrders.status} = 'sent'`, desc(materialOrders.createdAt))
    .limit(500);
}

export async function markOrderSent(db: Executor, id: string, at: Date): Promise<void> {
  await db.update(materialOrders).set({ status: 'sent', sentAt: at }).where(eq(materialOrders.id, id));
}

/** The network's stock; with `lock`, the rows of `lines` are locked until the transaction ends. */
export async function stockOf(
  db: Executor,
  networkId: string,
  lock?: readonly OrderLine[],
): Promise<Map<StockKey, number>> {
  const query = db.select().from(materialStock).where(eq(materialStock.networkId, networkId));
  const rows = lock
    ? await db
        .select()
        .from(materialStock)
        .where(
          and(
            eq(materialStock.networkId, networkId),
            inArray(
              sql`${materialStock.item} || '/' || ${materialStock.language}`,
              lock.map((line) => stockKey(line.item, line.language)),
            ),
          ),
        )
        .orderBy(materialStock.item, materialStock.language)
        .for('update')
    : await query;
  return new Map(
    rows.map((row) => [stockKey(row.item as MaterialItem, row.language as MaterialLanguage), row.quantity]),
  );
}

export async function takeFromStock(db: Executor, networkId: string, line: OrderLine): Promise<void> {
  await db
    .update(materialStock)
    .set({ quantity: sql`${materialStock.quantity} - ${line.quantity}`, updatedAt: sql`now()` })
    .where(
      and(
        eq(materialStock.networkId, networkId),
        eq(materialStock.item, line.item),
        eq(materialStock.language, line.language),
      ),
    );
}

export async function setStock(
  db: Executor,
  networkId: string,
  item: MaterialItem,
  language: MaterialLanguage,
  quantity: number,
): Promise<void> {
  await db
    .insert(materialStock)
    .values({ networkId, item, language, quantity })
    .onConflictDoUpdate({
      target: [materialStock.networkId, materialStock.item, materialStock.language],
      set: { quantity, updatedAt: sql`now()` },
    });
}

export async function allContacts(
  db: Executor,
): Promise<Array<{ scopeType: string; scopeId: string; data: ContactData }>> {
  return db
    .select({
      scopeType: professionalContacts.scopeType,
      scopeId: professionalContacts.scopeId,
      data: professionalContacts.data,
    })
    .from(professionalContacts);
}

export async function saveContacts(
  db: Executor,
  scope: ContactScope,
  scopeId: string,
  data: ContactData,
): Promise<void> {
  await db
    .insert(professionalContacts)
    .values({ scopeType: scope, scopeId, data })
    .onConflictDoUpdate({
      target: [professionalContacts.scopeType, professionalContacts.scopeId],
      set: { data, updatedAt: sql`now()` },
    });
}

/** Writes the seed values of a scope only when it has none yet (start-up never overwrites an admin's edit). */
export async function seedContacts(
  db: Executor,
  scope: ContactScope,
  scopeId: string,
  data: ContactData,
): Promise<void> {
  await db.insert(professionalContacts).values({ scopeType: scope, scopeId, data }).onConflictDoNothing();
}
