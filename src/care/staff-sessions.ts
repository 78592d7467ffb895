// Sessions as network staff list them: their networks' sessions, latest first, filtered by
// clinician, month, function and outcome. Written as SQL text like store.ts (whose file the
// statement counters' work also edits), with the same columns read from tables.ts.

import { getTableColumns } from 'drizzle-orm';
import type { SqlClient } from './sql.ts';
import type { CareSessionRow } from './store.ts';
import { careSessions } from './tables.ts';

export const SESSION_OUTCOMES = ['reimbursed', 'not-reimbursed', 'cancelled'] as const;
export type SessionOutcome = (typeof SESSION_OUTCOMES)[number];

export interface StaffSessionFilters {
  networkIds: readonly string[];
  clinicianId?: string | undefined;
  /** YYYY-MM. */
  month?: string | undefined;
  function?: string | undefined;
  outcome?: SessionOutcome | undefined;
}

const COLUMNS = Object.entries(getTableColumns(careSessions))
  .map(([field, column]) => `"${column.name}" as "${field}"`)
  .join(', ');

const OUTCOME_SQL: Record<SessionOutcome, string> = {
  reimbursed: 'not cancelled and reimbursable',
  'not-reimbursed': 'not cancelled and not reimbursable',
  cancelled: 'cancelled',
};

/** At most `limit` sessions, latest first: a page of staff work, never a whole year. */
export async function staffSessions(
  db: SqlClient,
  filters: StaffSessionFilters,
  limit: number,
): Promise<CareSessionRow[]> {
  const values: unknown[] = [filters.networkIds];
  const where = ['network_id = any($1)'];
  if (filters.clinicianId) {
    values.push(filters.clinicianId);
    where.push(`clinician_id = $${values.length}`);
  }
  if (filters.month) {
    values.push(`${filters.month}-01`);
    where.push(`date >= $${values.length}::date and date < $${values.length}::date + interval '1 month'`);
  }
  if (filters.function) {
    values.push(filters.function);
    where.push(`function = $${values.length}`);
  }
  if (filters.outcome) where.push(OUTCOME_SQL[filters.outcome]);
  values.push(limit);
  const result = await db.query<CareSessionRow>({
    text: `select ${COLUMNS} from care_sessions where ${where.join(' and ')}
      order by date desc, seq desc limit $${values.length}`,
    values,
  });
  return result.rows;
}
