import { inArray } from 'drizzle-orm';
import { authorize, reach, requireUser } from '../auth/policy.ts';
import type { CurrentUser } from '../auth/roles.ts';
import { accounts } from '../auth/tables.ts';
import { cases } from '../cases/tables.ts';
import type { Database } from '../db/database.ts';
import { StandardProblem } from '../http/problem.ts';
import { type AuditQuery, type AuditRow, listAudit } from './audit.ts';

export interface AuditFilter extends Omit<AuditQuery, 'networkIds' | 'limit'> {
  /** One network, or every network the person may read. */
  networkId?: string | undefined;
}

export const AUDIT_PAGE_SIZE = 100;

/** Reading the audit log: a network admin reads their networks' entries, a platform admin all. */
export class AuditService {
  constructor(private readonly database: Database) {}

  /** The networks this person may pick from, or null when they may read everything. */
  readableNetworks(user: CurrentUser | null): string[] | null {
    requireUser(user);
    const where = reach(user, 'audit.read');
    if (where.everywhere) return null;
    if (where.networkIds.length === 0) throw new StandardProblem(403, 'forbidden');
    return where.networkIds;
  }

  async list(user: CurrentUser | null, filter: AuditFilter): Promise<AuditRow[]> {
    const readable = this.readableNetworks(user);
    let networkIds: string[] | null = readable;
    if (filter.networkId) {
      authorize(user, 'audit.read', { type: 'audit', networkIds: [filter.networkId] });
      networkIds = [filter.networkId];
    }
    return listAudit(this.database.db, { ...filter, networkIds, limit: AUDIT_PAGE_SIZE });
  }

  /**
   * The names the entries' ids stand for, so the page reads as sentences: people by account
   * (the actor and an account the entry is about) and cases by reference and type.
   */
  async namesOf(rows: readonly AuditRow[]) {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const accountIds = [
      ...new Set(
        rows.flatMap((row) => [row.actorAccountId, row.resourceType === 'account' ? row.resourceId : null]),
      ),
    ].filter((id): id is string => id !== null && uuid.test(id));
    const caseIds = [
      ...new Set(rows.filter((row) => row.resourceType === 'case').map((row) => row.resourceId)),
    ].filter((id): id is string => id !== null && uuid.test(id));
    const db = this.database.db;
    const [people, caseRows] = await Promise.all([
      accountIds.length > 0
        ? db
            .select({ id: accounts.id, name: accounts.displayName })
            .from(accounts)
            .where(inArray(accounts.id, accountIds))
        : [],
      caseIds.length > 0
        ? db
            .select({ id: cases.id, reference: cases.reference, caseType: cases.caseType })
            .from(cases)
            .where(inArray(cases.id, caseIds))
        : [],
    ]);
    return {
      accounts: new Map(people.map((p) => [p.id, p.name])),
      cases: new Map(caseRows.map((c) => [c.id, { reference: c.reference, caseType: c.caseType }])),
    };
  }
}
