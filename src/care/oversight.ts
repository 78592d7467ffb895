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

import { type AuditActor, type AuditEntry, audit } from '../platform/audit/audit.ts';
import type { Clock } from '../platform/clock.ts';
import type { Database } from '../platform/db/database.ts';
import type { CareActor } from './access.ts';
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
    const limit = this.previewsPerHour;
    if (actor.kind !== 'account' || limit === undefined) return { ok: true };
    const use = await takeHourlyUse(this.database.pool, clinicianId, limit, this.clock());
    return use.ok ? use : { ok: false, status: 429, limit, retryAfterSeconds: use.retryAfterSeconds };
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
    if (actor.kind === 'account' && actor.clinicianId === session.clinicianId) return;
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

type HourlyUse = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Takes one of the clinician's uses of the clock hour (UTC) that `now` falls in, or, when `limit`
 * are used, says how long until the next hour. One statement: the row's lock makes concurrent
 * requests, on any instance, count one after the other, so the limit is never passed.
 */
async function takeHourlyUse(
  db: SqlClient,
  clinicianId: string,
  limit: number,
  now: Date,
): Promise<HourlyUse> {
  const result = await db.query<{ taken: number | null; wait: number }>({
    name: 'care-take-hourly-use',
    text: `with taken as (
        insert into care_clinician_use as u (clinician_id, hour, count)
        values ($1, date_trunc('hour', $3::timestamptz, 'UTC'), 1)
        on conflict (clinician_id) do update
          set count = case when u.hour = excluded.hour then u.count + 1 else 1 end, hour = excluded.hour
          where u.hour <> excluded.hour or u.count < $2
        returning count)
      select (select count from taken) as taken,
        greatest(1, ceil(extract(epoch from
          date_trunc('hour', $3::timestamptz, 'UTC') + interval '1 hour' - $3::timestamptz)))::int as wait`,
    values: [clinicianId, limit, now.toISOString()],
  });
  const row = result.rows[0]!;
  return row.taken === null ? { ok: false, retryAfterSeconds: row.wait } : { ok: true };
}
