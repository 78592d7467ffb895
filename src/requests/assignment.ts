// Who a GP's or an organisation's case is assigned to now, found by its reference: for the time
// a clinician records on it (first-line support hours, budget). No policy here: the caller
// decides from the assignment.

import type { CaseLog } from '../platform/cases/case-log.ts';
import { normaliseReference } from '../platform/cases/reference.ts';
import type { Executor } from '../platform/db/database.ts';

export interface CaseAssignment {
  caseId: string;
  reference: string;
  networkIds: string[];
  zoneId: string;
  /** The clinician named by the case's latest assignment; null when none yet. */
  clinicianId: string | null;
}

/** The case with this reference in any of the logs, or null for an unknown reference. */
export async function findAssignment(
  db: Executor,
  logs: ReadonlyArray<CaseLog<string, string>>,
  referenceInput: string,
): Promise<CaseAssignment | null> {
  const reference = normaliseReference(referenceInput.slice(0, 40));
  for (const log of logs) {
    const record = await log.findByReference(db, reference);
    if (!record) continue;
    const assigned = (await log.actions(db, record.id))
      .filter((action) => action.type === 'assign-clinician')
      .at(-1);
    const clinicianId = assigned?.payload.clinicianId;
    return {
      caseId: record.id,
      reference: record.reference,
      networkIds: record.networkIds,
      zoneId: record.zoneId,
      clinicianId: typeof clinicianId === 'string' ? clinicianId : null,
    };
  }
  return null;
}
