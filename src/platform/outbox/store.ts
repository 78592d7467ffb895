import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { outboxMessages } from './tables.ts';

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed', 'uncertain'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export type OutboxRow = typeof outboxMessages.$inferSelect;

/** The database's clock: a delivery run only takes messages due when it started. */
export async function databaseNow(db: Executor): Promise<Date> {
  const result = await db.execute<{ now: Date | string }>(sql`select now() as now`);
  return new Date(result.rows[0]!.now);
}

/**
 * Claims the next message due by `dueBy` and commits the claim in the same statement: the row is
 * `sending` (attempt counted) before any byte leaves. `for update skip locked` lets several
 * instances claim at once without waiting for, or taking, each other's rows.
 */
export async function claimNext(db: Executor, dueBy: Date): Promise<OutboxRow | null> {
  const result = await db.execute<{ id: string }>(sql`
    update outbox_messages
       set status = 'sending', attempts = attempts + 1, claimed_at = now()
     where id = (select id from outbox_messages
                  where status = 'pending' and next_attempt_at <= ${dueBy.toISOString()}::timestamptz
                  order by next_attempt_at, created_at
                  limit 1
                  for update skip locked)
       and status = 'pending'
    returning id`);
  const id = result.rows[0]?.id;
  if (!id) return null;
  const [row] = await db.select().from(outboxMessages).where(eq(outboxMessages.id, id));
  return row ?? null;
}

/** Records a delivery; only a row this sender still holds (`sending`) can become `sent`. */
export async function markSent(db: Executor, id: string): Promise<void> {
  await db
    .update(outboxMessages)
    .set({ status: 'sent', sentAt: sql`now()`, lastError: null })
    .where(and(eq(outboxMessages.id, id), eq(outboxMessages.status, 'sending')));
}

/** Puts a message back in the queue after `delayMs`, or gives up on it. */
export async function markFailed(
  db: Executor,
  id: string,
  outcome: { error: string; retryInMs: number | null },
): Promise<void> {
  await db
    .update(outboxMessages)
    .set(
      outcome.retryInMs === null
        ? { status: 'failed', lastError: outcome.error }
        : {
            status: 'pending',
            lastError: outcome.error,
            nextAttemptAt: sql`now() + make_interval(secs => ${outcome.retryInMs / 1000})`,
          },
    )
    .where(and(eq(outboxMessages.id, id), eq(outboxMessages.status, 'sending')));
}

/**
 * Rows left `sending` longer than `leaseMs`: their sender stopped (crash, kill -9) between
 * claiming and recording the outcome. They become `uncertain` instead of being sent again.
 */
export async function markAbandoned(db: Executor, leaseMs: number, reason: string): Promise<number> {
  const rows = await db
    .update(outboxMessages)
    .set({ status: 'uncertain', lastError: reason })
    .where(
      and(
        eq(outboxMessages.status, 'sending'),
        lt(outboxMessages.claimedAt, sql`now() - make_interval(secs => ${leaseMs / 1000})`),
      ),
    )
    .returning({ id: outboxMessages.id });
  return rows.length;
}

/** A person decided to send a failed or uncertain message again. */
export async function requeue(db: Executor, id: string): Promise<boolean> {
  const rows = await db
    .update(outboxMessages)
    .set({ status: 'pending', nextAttemptAt: sql`now()` })
    .where(and(eq(outboxMessages.id, id), inArray(outboxMessages.status, ['failed', 'uncertain'])))
    .returning({ id: outboxMessages.id });
  return rows.length > 0;
}

export async function listMessages(
  db: Executor,
  filter: { status?: OutboxStatus | undefined; limit: number },
): Promise<OutboxRow[]> {
  return db
    .select()
    .from(outboxMessages)
    .where(filter.status ? eq(outboxMessages.status, filter.status) : undefined)
    .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
    .limit(filter.limit);
}

export async function findMessage(db: Executor, id: string): Promise<OutboxRow | null> {
  const [row] = await db.select().from(outboxMessages).where(eq(outboxMessages.id, id));
  return row ?? null;
}

export async function countByStatus(db: Executor): Promise<Record<OutboxStatus, number>> {
  const rows = await db
    .select({ status: outboxMessages.status, count: sql<number>`count(*)::int` })
    .from(outboxMessages)
    .groupBy(outboxMessages.status);
  const counts = Object.fromEntries(OUTBOX_STATUSES.map((status) => [status, 0])) as Record<
    OutboxStatus,
    number
  >;
  for (const row of rows) counts[row.status as OutboxStatus] = Number(row.count);
  return counts;
}
