import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Who did what to which resource, when, in which jurisdiction. Append-only: a trigger
 * (migration audit-append-only) refuses UPDATE and DELETE, so the application cannot rewrite
 * history even by mistake.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** Null for the command line and the system itself. */
    actorAccountId: uuid('actor_account_id'),
    /** The actor as people read it (an e-mail address, 'command line'), kept as it was then. */
    actorLabel: text('actor_label').notNull(),
    /** What happened: 'grant.create', 'case.read', … */
    action: text('action').notNull(),
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id'),
    /** The jurisdiction the act happened in: a network admin sees their network's entries. */
    networkId: text('network_id'),
    /** The zone the actor acted from (a coordinator's zone), when there is one. */
    zoneId: text('zone_id'),
    detail: jsonb('detail'),
  },
  (table) => [
    index('audit_log_network_idx').on(table.networkId, table.id),
    index('audit_log_actor_idx').on(table.actorAccountId, table.id),
    index('audit_log_resource_idx').on(table.resourceType, table.resourceId),
  ],
);
