import { authorize, reach, requireUser } from '../auth/policy.ts';
import type { CurrentUser } from '../auth/roles.ts';
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
}
