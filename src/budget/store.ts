// Budget plans as their versions, the alerts raised, and what the care counters say was used.

import { and, asc, eq, sql } from 'drizzle-orm';
import { holdersStatementRows, monthlyOutcomeRows } from '../care/network-statement-rows.ts';
import type { StatementRow } from '../care/statement-rows.ts';
import { type AuditActor, audit } from '../platform/audit/audit.ts';
import { accounts, grants } from '../platform/auth/tables.ts';
import type { Executor } from '../platform/db/database.ts';
import type { BudgetAlert, IsoDate, PlanChange, PlanVersion, UsageLine } from './domain/index.ts';
import { budgetAlerts, budgetPlanVersions } from './tables.ts';

export async function readVersions(db: Executor, networkId: string, year: number): Promise<PlanVersion[]> {
  const rows = await db
    .select()
    .from(budgetPlanVersions)
    .where(and(eq(budgetPlanVersions.networkId, networkId), eq(budgetPlanVersions.year, year)))
    .orderBy(asc(budgetPlanVersions.number));
  return rows.map((row) => ({
    number: row.number,
    at: row.at.toISOString(),
    by: row.by,
    change: row.change as PlanChange,
  }));
}

/** Budget plans take turns per network and year (two-key advisory locks, apart from care's). */
const PLAN_LOCK_SPACE = 7_340_031;

/**
 * Runs `work` with the plan's versions read under the plan's lock, so that a change is checked
 * against the plan it will follow; `work` answers the change to append, or null for none.
 */
export async function withPlanLocked<T>(
  db: Executor,
  networkId: string,
  year: number,
  work: (
    versions: PlanVersion[],
  ) => { change: PlanChange; by: string; actor: AuditActor; at: Date; result: T } | { result: T },
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(${PLAN_LOCK_SPACE}, hashtext(${`${networkId} ${year}`}))`,
    );
    const versions = await readVersions(tx, networkId, year);
    const decided = work(versions);
    if ('change' in decided) {
      const number = (versions.at(-1)?.number ?? 0) + 1;
      await tx.insert(budgetPlanVersions).values({
        networkId,
        year,
        number,
        at: decided.at,
        by: decided.by,
        change: decided.change,
      });
      // The network's admins see who changed their plan in their audit log too.
      const reason = 'reason' in decided.change ? decided.change.reason : null;
      await audit.record(tx, {
        actor: decided.actor,
        action: 'budget.change',
        resource: { type: 'network', id: networkId },
        networkId,
        detail: { year, version: number, change: decided.change.kind, ...(reason ? { reason } : {}) },
      });
    }
    return decided.result;
  });
}

/**
 * Care's counter rows as budget lines. Statement rows (read through care's own query) give, per
 * clinician, function and mode, the sessions not cancelled, the reimbursed ones, the cancelled
 * ones, and the fees of the sessions not cancelled: a session not reimbursed has no fee (care
 * decides none), so those fees are the reimbursed sessions' fees.
 */
export function usageLines(rows: readonly StatementRow[]): UsageLine[] {
  return rows.flatMap((row) => {
    const common = {
      clinicianId: row.clinicianId,
      function: row.function,
      mode: row.mode,
      zoneId: row.zoneId ?? '',
      serviceId: row.serviceId ?? '',
    };
    const lines: UsageLine[] = [
      {
        ...common,
        outcome: 'reimbursed',
        sessions: row.reimbursed,
        feeCents: row.feeCents,
        unknownFeeSessions: row.unknownFees,
      },
    ];
    const refused = row.sessions - row.reimbursed;
    if (refused > 0)
      lines.push({ ...common, outcome: 'refused', sessions: refused, feeCents: 0, unknownFeeSessions: 0 });
    if (row.cancelled > 0)
      lines.push({
        ...common,
        outcome: 'cancelled',
        sessions: row.cancelled,
        feeCents: 0,
        unknownFeeSessions: 0,
      });
    return lines;
  });
}

/**
 * What a network used over whole months [from, until), per function, mode, zone and conventioned
 * service, and per clinician for the contingents' holders only, read from care's statement
 * counters through care's exported query (src/care/network-statement-rows.ts): exact at any
 * moment, and the same cost at a million sessions as at a thousand.
 */
export async function usageOf(
  db: Executor,
  networkId: string,
  from: IsoDate,
  until: IsoDate,
  /** The contingents' holders: the only clinicians a budget places by their contingent. */
  holderIds: readonly string[],
): Promise<UsageLine[]> {
  return usageLines(await holdersStatementRows(db, { from, until, networkId }, holderIds));
}

/**
 * What a network used in each month of [from, until), every clinician together, in one read of
 * care's month counters: the burn-down's points (a statement read per month cost twelve).
 */
export async function monthlyUsageOf(
  db: Executor,
  networkId: string,
  from: IsoDate,
  until: IsoDate,
): Promise<Map<IsoDate, Omit<UsageLine, 'clinicianId' | 'sessions'>[]>> {
  const byMonth = new Map<IsoDate, Omit<UsageLine, 'clinicianId' | 'sessions'>[]>();
  for (const row of await monthlyOutcomeRows(db, { from, until, networkId })) {
    // Only reimbursed sessions cost anything (consumedCents); the others need no line.
    if (row.outcome !== 'reimbursed') continue;
    const lines = byMonth.get(row.month) ?? [];
    lines.push({
      function: row.function,
      mode: row.mode,
      outcome: 'reimbursed',
      feeCents: row.feeCents,
      unknownFeeSessions: row.unknownFees,
    });
    byMonth.set(row.month, lines);
  }
  return byMonth;
}

export async function raisedAlerts(db: Executor, networkId: string, year: number): Promise<Set<string>> {
  const rows = await db
    .select()
    .from(budgetAlerts)
    .where(and(eq(budgetAlerts.networkId, networkId), eq(budgetAlerts.year, year)));
  return new Set(rows.map((row) => `${row.envelopeId} ${row.kind} ${row.threshold}`));
}

/** Records alerts; answers those no other instance recorded first (each is raised once). */
export async function recordAlerts(
  db: Executor,
  networkId: string,
  year: number,
  alerts: readonly BudgetAlert[],
): Promise<BudgetAlert[]> {
  if (alerts.length === 0) return [];
  const inserted = await db
    .insert(budgetAlerts)
    .values(alerts.map((alert) => ({ networkId, year, ...alert })))
    .onConflictDoNothing()
    .returning();
  return inserted.map((row) => ({
    envelopeId: row.envelopeId,
    kind: row.kind as BudgetAlert['kind'],
    threshold: row.threshold,
  }));
}

/**
 * The addresses and languages of a network's admins, for alert e-mails. Platform accounts are
 * read here because no platform service lists the holders of a role yet (flagged for review).
 */
export async function networkAdmins(
  db: Executor,
  networkId: string,
): Promise<Array<{ email: string; locale: string }>> {
  return db
    .selectDistinct({ email: accounts.email, locale: accounts.locale })
    .from(grants)
    .innerJoin(accounts, eq(accounts.id, grants.accountId))
    .where(and(eq(grants.role, 'network-admin'), eq(grants.networkId, networkId)))
    .orderBy(accounts.email);
}

/** The networks with a plan for a year (the alert check's round). */
export async function plannedNetworks(db: Executor, year: number): Promise<string[]> {
  const rows = await db
    .selectDistinct({ networkId: budgetPlanVersions.networkId })
    .from(budgetPlanVersions)
    .where(eq(budgetPlanVersions.year, year));
  return rows.map((row) => row.networkId).sort();
}

export async function alertsOf(db: Executor, networkId: string, year: number) {
  return db
    .select()
    .from(budgetAlerts)
    .where(and(eq(budgetAlerts.networkId, networkId), eq(budgetAlerts.year, year)))
    .orderBy(asc(budgetAlerts.raisedAt), asc(budgetAlerts.envelopeId), asc(budgetAlerts.threshold));
}
