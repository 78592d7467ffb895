// A monthly statement: the database's aggregated rows rolled up per clinician and per network.
// Pure: the rows come from the database's counters, so this never sees individual sessions.

import type { Names } from '../reference/domain/types.ts';
import type { AnonymousGroupTotal } from './anonymous-sessions.ts';
import { addMonths, REASON_CODES, type ReasonCode } from './domain/index.ts';
import type { StatementRow } from './statement-rows.ts';

export interface Counts {
  /** Sessions recorded and not cancelled. */
  sessions: number;
  reimbursed: number;
  notReimbursed: number;
  /** Not reimbursed, by reason. */
  reasons: Record<ReasonCode, number>;
  /** Recorded, then cancelled: counted nowhere else. */
  cancelled: number;
  copayCents: number;
  /** What the clinicians are paid for the reimbursed sessions; null when a fee is unknown. */
  feeCents: number | null;
  /** Reimbursed sessions whose fee no source gives yet (DOMAIN.md §5). */
  unknownFeeSessions: number;
}

export interface StatementLine extends Counts {
  function: string;
  mode: string;
}

export interface ClinicianStatement {
  id: string;
  name: string | null;
  inami: string | null;
  totals: Counts;
  lines: StatementLine[];
}

export interface NetworkStatement {
  id: string;
  names: Names | null;
  totals: Counts;
  clinicians: ClinicianStatement[];
}

export interface Statement {
  from: string;
  /** Exclusive. */
  until: string;
  networkId: string | null;
  totals: Counts;
  networks: NetworkStatement[];
  /**
   * Free and anonymous group sessions (community interventions), counted apart as groups held
   * and participants: they have no patient, so no line above (anonymous-sessions.ts).
   */
  anonymousGroups?: AnonymousGroupTotal[];
}

/** A calendar month `YYYY-MM` as the period [first day, first day of the next month). */
export function monthPeriod(month: string): { from: string; until: string } {
  const from = `${month}-01`;
  return { from, until: addMonths(from, 1) };
}

function zeroReasons(): Record<ReasonCode, number> {
  const reasons = {} as Record<ReasonCode, number>;
  for (const code of REASON_CODES) reasons[code] = 0;
  return reasons;
}

export function emptyCounts(): Counts {
  return {
    sessions: 0,
    reimbursed: 0,
    notReimbursed: 0,
    reasons: zeroReasons(),
    cancelled: 0,
    copayCents: 0,
    feeCents: 0,
    unknownFeeSessions: 0,
  };
}

/** A line is one database row: its counts, with the fee null when one is unknown. */
function lineOf(row: StatementRow): StatementLine {
  return {
    function: row.function,
    mode: row.mode,
    sessions: row.sessions,
    reimbursed: row.reimbursed,
    notReimbursed: row.sessions - row.reimbursed,
    reasons: row.reasons,
    cancelled: row.cancelled,
    copayCents: row.copayCents,
    feeCents: row.unknownFees > 0 ? null : row.feeCents,
    unknownFeeSessions: row.unknownFees,
  };
}

/** Internally fees sum as known cents; null is only given out once a fee is unknown. */
function add(into: Counts, row: StatementRow): void {
  into.sessions += row.sessions;
  into.reimbursed += row.reimbursed;
  into.notReimbursed += row.sessions - row.reimbursed;
  for (const code of REASON_CODES) into.reasons[code] += row.reasons[code];
  into.cancelled += row.cancelled;
  into.copayCents += row.copayCents;
  into.feeCents = (into.feeCents ?? 0) + row.feeCents;
  into.unknownFeeSessions += row.unknownFees;
}

/** Adds totals not finished yet (their fees still known cents) to others. */
function addTotals(into: Counts, from: Counts): void {
  into.sessions += from.sessions;
  into.reimbursed += from.reimbursed;
  into.notReimbursed += from.notReimbursed;
  for (const code of REASON_CODES) into.reasons[code] += from.reasons[code];
  into.cancelled += from.cancelled;
  into.copayCents += from.copayCents;
  into.feeCents = (into.feeCents ?? 0) + (from.feeCents ?? 0);
  into.unknownFeeSessions += from.unknownFeeSessions;
}

function finish<T extends Counts>(counts: T): T {
  if (counts.unknownFeeSessions > 0) counts.feeCents = null;
  return counts;
}

function byKey<T>(map: Map<string, T>, key: string, create: () => T): T {
  let value = map.get(key);
  if (!value) {
    value = create();
    map.set(key, value);
  }
  return value;
}

export interface StatementNames {
  clinician(id: string): { name: string; inami: string | null } | undefined;
  network(id: string): NetworkStatement['names'];
}

export function buildStatement(
  period: { from: string; until: string; networkId: string | null },
  rows: readonly StatementRow[],
  names: StatementNames,
): Statement {
  const networks = new Map<string, { totals: Counts; clinicians: Map<string, ClinicianStatement> }>();
  for (const row of rows) {
    const network = byKey(networks, row.networkId, () => ({
      totals: emptyCounts(),
      clinicians: new Map<string, ClinicianStatement>(),
    }));
    const clinician = byKey(network.clinicians, row.clinicianId, () => {
      const known = names.clinician(row.clinicianId);
      return {
        id: row.clinicianId,
        name: known?.name ?? null,
        inami: known?.inami ?? null,
        totals: emptyCounts(),
        lines: [],
      };
    });
    add(clinician.totals, row);
    // The database gives one row per network, clinician, function and mode: each row is a line.
    clinician.lines.push(lineOf(row));
  }
  // Networks total their clinicians, and the statement its networks: each row is added once.
  const totals = emptyCounts();
  for (const network of networks.values()) {
    for (const clinician of network.clinicians.values()) addTotals(network.totals, clinician.totals);
    addTotals(totals, network.totals);
  }
  const byFunctionAndMode = (a: StatementLine, b: StatementLine) =>
    a.function < b.function
      ? -1
      : a.function > b.function
        ? 1
        : a.mode < b.mode
          ? -1
          : a.mode > b.mode
            ? 1
            : 0;
  // One collator for every comparison: localeCompare(…, 'fr') would build one per call.
  const collator = new Intl.Collator('fr');
  const byName = (a: ClinicianStatement, b: ClinicianStatement) =>
    collator.compare(a.name ?? '\uffff', b.name ?? '\uffff') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    ...period,
    totals: finish(totals),
    networks: [...networks.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, network]) => ({
        id,
        names: names.network(id),
        totals: finish(network.totals),
        clinicians: [...network.clinicians.values()].sort(byName).map((clinician) => ({
          ...clinician,
          totals: finish(clinician.totals),
          lines: clinician.lines.sort(byFunctionAndMode),
        })),
      })),
  };
}
