// Each clinician's dated convention with each network (tables.ts, clinicianConventions): the
// applications workflow records signatures, suspensions, resumptions and ends, in its own
// transaction; recording asks whether the convention was in force on a session's date.

import { asc, eq } from 'drizzle-orm';
import type pg from 'pg';
import type { Database, Executor } from '../platform/db/database.ts';
import { type BoundRead, PreparedRead } from '../platform/db/prepared-reads.ts';
import {
  type ConventionEvent,
  type ConventionEventKind,
  type ConventionStanding,
  isLive,
  standingOn,
} from './domain/conventions.ts';
import { clinicianConventions, clinicianNetworks } from './tables.ts';

export type { ConventionEventKind, ConventionStanding };

export interface ConventionChange {
  clinicianId: string;
  networkIds: readonly string[];
  kind: ConventionEventKind;
  effectiveDate: string;
  reason: string | null;
  caseId: string | null;
  actor: { accountId: string | null; label: string };
}

/** Each network's events, in recorded order, for every network the clinician is a member of or has events with. */
async function eventsByNetwork(db: Executor, clinicianId: string): Promise<Map<string, ConventionEvent[]>> {
  const [members, events] = await Promise.all([
    db
      .select({ networkId: clinicianNetworks.networkId })
      .from(clinicianNetworks)
      .where(eq(clinicianNetworks.clinicianId, clinicianId)),
    db
      .select({
        networkId: clinicianConventions.networkId,
        kind: clinicianConventions.kind,
        effectiveDate: clinicianConventions.effectiveDate,
      })
      .from(clinicianConventions)
      .where(eq(clinicianConventions.clinicianId, clinicianId))
      .orderBy(asc(clinicianConventions.id)),
  ]);
  const byNetwork = new Map<string, ConventionEvent[]>(members.map((m) => [m.networkId, []]));
  for (const event of events) {
    const list = byNetwork.get(event.networkId) ?? [];
    list.push({ kind: event.kind as ConventionEventKind, effectiveDate: event.effectiveDate });
    byNetwork.set(event.networkId, list);
  }
  return byNetwork;
}

/** A clinician's convention events with a network, in order (domain/conventions.ts reads them). */
const CONVENTION_EVENTS = new PreparedRead(
  'directory_convention_events',
  ['uuid', 'text'],
  `select kind, effective_date as "effectiveDate" from clinician_conventions
    where clinician_id = $1 and network_id = $2 order by id`,
);

export class Conventions {
  constructor(private readonly database: Database) {}

  /**
   * Asked on every session previewed and recorded, so it is SQL text prepared once per
   * connection, like care's recording queries (drizzle's query building showed in bench:care's
   * profile).
   */
  async standingOn(clinicianId: string, networkId: string, date: string): Promise<ConventionStanding> {
    const result = await this.database.pool.query<ConventionEvent>(
      CONVENTION_EVENTS.query(clinicianId, networkId),
    );
    return standingOn(result.rows, date);
  }

  /**
   * The same question as a prepared read, for a caller that sends it in a round trip it makes
   * anyway (care's BEGIN, see care/sql.ts); `standingFrom` reads the rows.
   */
  standingRead(clinicianId: string, networkId: string): BoundRead {
    return CONVENTION_EVENTS.with(clinicianId, networkId);
  }

  standingFrom(rows: readonly pg.QueryResultRow[], date: string): ConventionStanding {
    return standingOn(rows as ConventionEvent[], date);
  }

  /** Appends a change for each network, in the caller's transaction (the workflow action that causes it). */
  async record(tx: Executor, change: ConventionChange): Promise<void> {
    if (change.networkIds.length === 0) return;
    await tx.insert(clinicianConventions).values(
      change.networkIds.map((networkId) => ({
        clinicianId: change.clinicianId,
        networkId,
        kind: change.kind,
        effectiveDate: change.effectiveDate,
        reason: change.reason,
        caseId: change.caseId,
        actorAccountId: change.actor.accountId,
        actorLabel: change.actor.label,
      })),
    );
  }

  /** The networks the clinician is a member of with no event: imported, conventioned with no start date. */
  async unrecordedMemberships(clinicianId: string): Promise<string[]> {
    const byNetwork = await eventsByNetwork(this.database.db, clinicianId);
    return [...byNetwork].filter(([, events]) => events.length === 0).map(([networkId]) => networkId);
  }

  /** Whether any of the clinician's conventions still stands (suspended or not): the clinician role follows it. */
  async hasLive(db: Executor, clinicianId: string): Promise<boolean> {
    return [...(await eventsByNetwork(db, clinicianId)).values()].some(isLive);
  }

  /** Whether any of the clinician's conventions is in force on `date`: the finder lists them then. */
  async inForceSomewhere(db: Executor, clinicianId: string, date: string): Promise<boolean> {
    return [...(await eventsByNetwork(db, clinicianId)).values()].some(
      (events) => standingOn(events, date).inForce,
    );
  }
}
