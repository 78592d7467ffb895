// A statement narrowed to some clinicians (one, or those practising in a zone): the same lines,
// with the networks' and the statement's totals added up again from what is kept.

import { REASON_CODES } from './domain/index.ts';
import { type Counts, emptyCounts, type Statement } from './statement.ts';

function addInto(into: Counts, from: Counts): void {
  into.sessions += from.sessions;
  into.reimbursed += from.reimbursed;
  into.notReimbursed += from.notReimbursed;
  for (const code of REASON_CODES) into.reasons[code] += from.reasons[code];
  into.cancelled += from.cancelled;
  into.copayCents += from.copayCents;
  into.unknownFeeSessions += from.unknownFeeSessions;
  // A fee unknown anywhere leaves the total unknown, as the statement itself says.
  into.feeCents = into.feeCents === null || from.feeCents === null ? null : into.feeCents + from.feeCents;
}

export function filterStatement(statement: Statement, keep: (clinicianId: string) => boolean): Statement {
  const totals = emptyCounts();
  const networks = statement.networks
    .map((network) => {
      const clinicians = network.clinicians.filter((clinician) => keep(clinician.id));
      const networkTotals = emptyCounts();
      for (const clinician of clinicians) addInto(networkTotals, clinician.totals);
      return { ...network, clinicians, totals: networkTotals };
    })
    .filter((network) => network.clinicians.length > 0);
  for (const network of networks) addInto(totals, network.totals);
  const anonymousGroups = statement.anonymousGroups?.filter((row) => keep(row.clinicianId));
  return { ...statement, networks, totals, ...(anonymousGroups ? { anonymousGroups } : {}) };
}
