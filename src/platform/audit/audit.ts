// The audit log's API for capabilities: `audit.record(tx, entry)` in the transaction of the act
// (a write) or right after loading (a staff read of case data), so the entry and the act stand
// or fall together.

import { and, desc, eq, gte, ilike, inArray, lt, lte, or, type SQL } from 'drizzle-orm';
import type { CurrentUser } from '../auth/roles.ts';
import type { Executor } from '../db/database.ts';
import { auditLog } from './tables.ts';

/** Who acted: a signed-in person (pass `request.user`), or the system / command line / API token by name. */
export type AuditActor =
  | Pick<CurrentUser, 'accountId' | 'email'>
  | { system: 'command line' | 'system' | 'api token' };

export interface AuditEntry {
  actor: AuditActor;
  /** What happened, as a policy action ('case.read', 'grant.create') or a finer verb ('case.acknowledge'). */
  action: string;
  resource: { type: string; id?: string | null | undefined };
  /** The network whose jurisdiction this is: its network admins see the entry. */
  networkId?: string | null | undefined;
  /** The zone the actor acted from, e.g. the coordinator's zone. */
  zoneId?: string | null | undefined;
  /** A few facts that make the entry understandable (the role granted, the new status); never case content. */
  detail?: Record<string, unknown> | undefined;
}

function auditRow(entry: AuditEntry) {
  const person = 'accountId' in entry.actor ? entry.actor : null;
  return {
    actorAccountId: person?.accountId ?? null,
    actorLabel: person ? person.email : (entry.actor as { system: string }).system,
    action: entry.action,
    resourceType: entry.resource.type,
    resourceId: entry.resource.id ?? null,
    networkId: entry.networkId ?? null,
    zoneId: entry.zoneId ?? null,
    detail: entry.detail ?? null,
  };
}

export async function recordAudit(tx: Executor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values(auditRow(entry));
}

/** A pg client, or one holding a transaction (what a hot path that writes SQL text runs on). */
export interface SqlQueryable {
  query(config: { name: string; text: string; values: unknown[] }): Promise<unknown>;
}

/**
 * audit_log's columns, in the order `auditValues` gives an entry's values (the last one jsonb):
 * for a hot path's statement that writes the entry beside its act, in one round trip.
 */
export const AUDIT_COLUMNS =
  'actor_account_id, actor_label, action, resource_type, resource_id, network_id, zone_id, detail';

export function auditValues(entry: AuditEntry): unknown[] {
  const row = auditRow(entry);
  return [
    row.actorAccountId,
    row.actorLabel,
    row.action,
    row.resourceType,
    row.resourceId,
    row.networkId,
    row.zoneId,
    row.detail === null ? null : JSON.stringify(row.detail),
  ];
}

/**
 * The same entry, as SQL text prepared by name on a pg client: for a hot path that avoids
 * drizzle's query building (care, which audits in its own transactions).
 */
export async function recordAuditWith(client: SqlQueryable, entry: AuditEntry): Promise<void> {
  await client.query({
    name: 'audit-record',
    text: `insert into audit_log (${AUDIT_COLUMNS}) values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
    values: auditValues(entry),
  });
}

/** `audit.record(tx, entry)`: the one way to write the audit log (`recordWith` on a pg client). */
export const audit = { record: recordAudit, recordWith: recordAuditWith };

export type AuditRow = typeof auditLog.$inferSelect;

export interface AuditQuery {
  /** null: every network and entries with none (platform admins only). */
  networkIds: string[] | null;
  actor?: string | undefined;
  action?: string | undefined;
  resourceType?: string | undefined;
  resourceId?: string | undefined;
  zoneId?: string | undefined;
  /** Inclusive bounds, as Date. */
  from?: Date | undefined;
  to?: Date | undefined;
  /** Entries older than this id (paging). */
  before?: number | undefined;
  limit: number;
}

export async function listAudit(db: Executor, query: AuditQuery): Promise<AuditRow[]> {
  const conditions: Array<SQL | undefined> = [
    query.networkIds === null ? undefined : inArray(auditLog.networkId, query.networkIds),
    query.actor ? ilike(auditLog.actorLabel, `%${query.actor.replace(/[\\%_]/g, '\\$&')}%`) : undefined,
    query.action
      ? or(eq(auditLog.action, query.action), ilike(auditLog.action, `${query.action}.%`))
      : undefined,
    query.resourceType ? eq(auditLog.resourceType, query.resourceType) : undefined,
    query.resourceId ? eq(auditLog.resourceId, query.resourceId) : undefined,
    query.zoneId ? eq(auditLog.zoneId, query.zoneId) : undefined,
    query.from ? gte(auditLog.at, query.from) : undefined,
    query.to ? lte(auditLog.at, query.to) : undefined,
    query.before ? lt(auditLog.id, query.before) : undefined,
  ];
  return db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(query.limit);
}
