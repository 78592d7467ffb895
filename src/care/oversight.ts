// Who looks at care data, and how much. A preview or a recording reads a patient's sessions with
// every clinician, so each clinician may make only so many an hour, and each is audited; staff
// reads of sessions and statements are audited too. Audit entries name the actor, the session
// and the network, never the NISS or the patient's key: the key is a stable pseudonym that
// would let whoever reads the audit log (network admins, platform admins) link one patient's
// sessions across clinicians, which is exactly what the limit keeps clinicians from doing. The
// recorded session's id leads to it under the usual access rules when an inquiry needs it.
//
// The limit is counted in the database (care_clinician_use), not in memory: every instance
// shares it, and a restart does not reset it. Counting audit rows would scan a clinician's
// whole audit history on every preview; one row per clinician is one indexed upsert.

import pg from 'pg';
import { type AuditActor, type AuditEntry, audit } from '../platform/audit/audit.ts';
import type { Clock } from '../platform/clock.ts';
import type { Database } from '../platform/db/database.ts';
import { type CareActor, ownClinicianId } from './access.ts';
import { addMonths } from './domain/index.ts';
import type { SqlClient } from './sql.ts';
import type { StatementPeriod } from './statement-rows.ts';

export type UseRefused = { ok: false; status: 429; limit: number; retryAfterSeconds: number };

export function auditActorOf(actor: CareActor): AuditActor {
  if (actor.kind === 'account') return actor.user;
  return { system: actor.via ?? 'api token' };
}

export class CareOversight {
  constructor(
    private readonly database: Database,
    /** Unset: no limit (the command line, which records nothing). */
    private readonly previewsPerHour: number | undefined,
    private readonly clock: Clock,
  ) {}

  /**
   * One preview or recording for the clinician, or the refusal once the hour's are used. Only
   * accounts count: the API token is a network's machine (imports record thousands an hour) and
   * already reads every statement.
   */
  async take(actor: CareActor, clinicianId: string): Promise<{ ok: true } | UseRefused> {
    const query = this.takeQuery(actor, clinicianId);
    if (query === null) return { ok: true };
    return this.takenFrom((await this.database.pool.query(query)).rows);
  }

  /**
   * `take` as SQL text, for a caller that sends it in a round trip it makes anyway (recording's
   * BEGIN, sql.ts); null when nothing is counted. `takenFrom` reads its rows.
   */
  takeQuery(actor: CareActor, clinicianId: string): string | null {
    if (actor.kind !== 'account' || this.previewsPerHour === undefined) return null;
    return hourlyUseQuery(clinicianId, this.previewsPerHour, this.clock());
  }

  takenFrom(rows: readonly pg.QueryResultRow[]): { ok: true } | UseRefused {
    const row = rows[0] as { taken: number | null; wait: number };
    if (row.taken !== null) return { ok: true };
    return { ok: false, status: 429, limit: this.previewsPerHour!, retryAfterSeconds: row.wait };
  }

  /** A preview: who, for which clinician and network, on which date; nothing about the patient. */
  previewed(actor: CareActor, session: { clinicianId: string; networkId: string; date: string }) {
    return audit.record(this.database.db, {
      actor: auditActorOf(actor),
      action: 'care-session.preview',
      resource: { type: 'care-session', id: null },
      networkId: session.networkId,
      detail: { clinicianId: session.clinicianId, date: session.date },
    });
  }

  /** The entry of a recording or a cancellation (written in its transaction). */
  entry(
    actor: CareActor,
    action: 'care-session.record' | 'care-session.cancel',
    session: { id: string; clinicianId: string; networkId: string },
  ): AuditEntry {
    return {
      actor: auditActorOf(actor),
      action,
      resource: { type: 'care-session', id: session.id },
      networkId: session.networkId,
      detail: { clinicianId: session.clinicianId },
    };
  }

  /** A cancellation, in its transaction (a recording's entry goes into its insert: store.ts). */
  cancelled(
    tx: SqlClient,
    actor: CareActor,
    session: { id: string; clinicianId: string; networkId: string },
  ) {
    return audit.recordWith(tx, this.entry(actor, 'care-session.cancel', session));
  }

  /** A session read by anyone but its own clinician (their own work is not a staff read). */
  async read(actor: CareActor, session: { id: string; clinicianId: string; networkId: string }) {
    if (ownClinicianId(actor) === session.clinicianId) return;
    await audit.record(this.database.db, {
      actor: auditActorOf(actor),
      action: 'care-session.read',
      resource: { type: 'care-session', id: session.id },
      networkId: session.networkId,
      detail: { clinicianId: session.clinicianId },
    });
  }

  /** A statement read: the months and the network (null: every network). */
  async statementRead(actor: CareActor, period: StatementPeriod) {
    const oneMonth = addMonths(period.from, 1) === period.until;
    await audit.record(this.database.db, {
      actor: auditActorOf(actor),
      action: 'care-statement.read',
      resource: {
        type: 'care-statement',
        id: oneMonth ? period.from.slice(0, 7) : `${period.from}/${period.until}`,
      },
      networkId: period.networkId,
    });
  }
}

/**
 * Takes one of the clinician's uses of the clock hour (UTC) that `now` falls in: `taken` is null
 * when `limit` are used, and `wait` says how long until the next hour. One statement: the row's
 * lock makes concurrent requests, on any instance, count one after the other, so the limit is
 * never passed. SQL text with its values as escaped literals (see `takeQuery`).
 */
function hourlyUseQuery(clinicianId: string, limit: number, now: Date): string {
  const at = `${pg.escapeLiteral(now.toISOString())}::timestamptz`;
  return `with taken as (
      insert into care_clinician_use as u (clinician_id, hour, count)
      values (${pg.escapeLiteral(clinicianId)}::uuid, date_trunc('hour', ${at}, 'UTC'), 1)
      on conflict (clinician_id) do update
        set count = case when u.hour = excluded.hour then u.count + 1 else 1 end, hour = excluded.hour
        where u.hour <> excluded.hour or u.count < ${Math.trunc(limit)}
      returning count)
    select (select count from taken) as taken,
      greatest(1, ceil(extract(epoch from
        date_trunc('hour', ${at}, 'UTC') + interval '1 hour' - ${at})))::int as wait`;
}
