// The staff dashboard's figures: exact counts within the reader's scope (a coordinator's zone, a
// network admin's network), a month and the twelve months up to it, read from the counters.
// Who may read what is the one policy's 'network.report'; every read is audited.

import { recordAudit } from '../platform/audit/audit.ts';
import { authorize, reach } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import type { Database } from '../platform/db/database.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import { addMonthsTo, isMonth, type Month, monthsBetween } from './domain/months.ts';
import { type DashboardFigures, readFigures } from './figures.ts';
import { type DashboardWaits, readDashboardWaits } from './request-waits.ts';
import type { ReportingService } from './service.ts';
import type { CellQuery, CountedRow } from './store.ts';

/** A network, or one zone of it. */
export interface Scope {
  networkId: string;
  zoneId: string | null;
}

export const scopeKey = (scope: Scope) =>
  scope.zoneId ? `${scope.networkId}:${scope.zoneId}` : scope.networkId;

export interface MonthFigures {
  month: Month;
  sessions: number;
  patients: number;
  newPatients: number;
}

export interface Dashboard {
  scope: Scope;
  month: Month;
  trend: MonthFigures[];
  byFunction: CountedRow[];
  byOutcome: CountedRow[];
  byAgeBand: CountedRow[];
  byBim: CountedRow[];
  /** GPs' and organisations' requests and their waits; null without the requests capability. */
  waits: DashboardWaits | null;
  /** Communes, groups, applications, clinicians and the directory (figures.ts). */
  figures: DashboardFigures;
}

/** The scopes a person may read: their networks whole, and their zones. */
export function scopesOf(user: CurrentUser | null | undefined): Scope[] {
  const where = reach(user, 'network.report');
  return [
    ...where.networkIds.map((networkId) => ({ networkId, zoneId: null })),
    ...where.zones
      .filter((zone) => !where.networkIds.includes(zone.networkId))
      .map((zone) => ({ networkId: zone.networkId, zoneId: zone.zoneId })),
  ];
}

/** The scope and month asked, or the person's first scope and the current month. */
export function askedScope(user: CurrentUser | null | undefined, key: unknown): Scope {
  const scopes = scopesOf(user);
  if (scopes.length === 0) throw new StandardProblem(user ? 403 : 401, user ? 'forbidden' : 'unauthorized');
  return scopes.find((scope) => scopeKey(scope) === key) ?? scopes[0]!;
}

export function askedMonth(value: unknown, current: Month): Month {
  return typeof value === 'string' && isMonth(value) && value <= current ? value : current;
}

/** A staff read of a scope's figures: allowed by the policy, then audited (dashboard, downloads, yearly report). */
export async function authorizeReport(
  database: Database,
  user: CurrentUser | null | undefined,
  scope: Scope,
  detail: Record<string, unknown>,
): Promise<void> {
  const reader = authorize(user, 'network.report', {
    type: 'network',
    networkIds: [scope.networkId],
    zoneId: scope.zoneId,
  });
  await recordAudit(database.db, {
    actor: reader,
    action: 'network.report',
    resource: { type: 'network', id: scopeKey(scope) },
    networkId: scope.networkId,
    zoneId: scope.zoneId,
    detail,
  });
}

export async function readDashboard(
  reporting: ReportingService,
  database: Database,
  user: CurrentUser | null | undefined,
  scope: Scope,
  month: Month,
  now = new Date(),
): Promise<Dashboard> {
  await authorizeReport(database, user, scope, { month });
  const first = addMonthsTo(month, -11);
  const base = { networkId: scope.networkId, zoneId: scope.zoneId };
  const year: CellQuery = { ...base, from: first, to: month };
  const thisMonth: CellQuery = { ...base, from: month, to: month };
  const waitsScope = { networkId: scope.networkId, zoneIds: scope.zoneId ? [scope.zoneId] : undefined };
  const requests = reporting.options.requests;
  const [perMonth, fresh, byFunction, byOutcome, byAgeBand, byBim, waits] = await Promise.all([
    reporting.countSessions(year, ['month']),
    reporting.newPatients(year),
    reporting.countSessions(thisMonth, ['function']),
    reporting.countSessions(thisMonth, ['outcome']),
    reporting.countSessions(thisMonth, ['ageBand']),
    reporting.countSessions(thisMonth, ['bim']),
    requests ? readDashboardWaits(requests, waitsScope, first, month, now) : null,
  ]);
  const figures = await readFigures(
    reporting,
    scope,
    { first, last: month },
    { first: month, last: month },
    now,
  );
  const trend = monthsBetween(first, month).map((m) => {
    const row = perMonth.find((r) => r.keys.month === m);
    return {
      month: m,
      sessions: row?.sessions ?? 0,
      patients: row?.patients ?? 0,
      newPatients: fresh.get(m) ?? 0,
    };
  });
  return { scope, month, trend, byFunction, byOutcome, byAgeBand, byBim, waits, figures };
}
