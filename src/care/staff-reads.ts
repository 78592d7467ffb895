// What network staff read of care (src/care/service.ts holds recording): a period's statement,
// the sessions of their networks with their filters, and the names those filters list. Every
// read is checked by the care policy and audited by the oversight.

import type { Clinician } from '../directory/domain/types.ts';
import type { Database } from '../platform/db/database.ts';
import type { ReferenceService } from '../reference/service.ts';
import { type CareActor, carePolicy } from './access.ts';
import { anonymousGroupTotals } from './anonymous-sessions.ts';
import type { CareRulesConfig } from './domain/index.ts';
import type { SessionView } from './outcomes.ts';
import type { CareOversight } from './oversight.ts';
import { type StaffSessionFilters, staffSessions } from './staff-sessions.ts';
import type { Statement } from './statement.ts';
import { readStatement, type StatementPeriod, statementRows } from './statement-rows.ts';
import { clinicianNames, sessionView } from './store.ts';

const SESSIONS_SINCE = '2020-01-01';

export class CareStaffReads {
  constructor(
    private readonly database: Database,
    private readonly reference: ReferenceService,
    private readonly oversight: CareOversight,
    private readonly clinician: (id: string) => Promise<Clinician | null>,
    private readonly rules: CareRulesConfig,
  ) {}

  /** The statement of whole months [from, until): one month, a year, or any run of months. */
  async statement(actor: CareActor, period: StatementPeriod): Promise<Statement | null> {
    if (!carePolicy.mayReadStatement(actor, period.networkId)) return null;
    await this.oversight.statementRead(actor, period);
    const networks = this.reference.snapshot().networks;
    const statement = await readStatement(this.database, (id) => networks.get(id)?.names ?? null, period);
    const anonymousGroups = await anonymousGroupTotals(this.database.db, {
      networkIds: period.networkId ? [period.networkId] : [...networks.keys()],
      from: period.from,
      to: period.until,
    });
    return { ...statement, anonymousGroups };
  }

  /**
   * Sessions of the networks the staff member reads (all of `filters.networkIds` they may), latest
   * first; each listed session is a staff read, audited like a session opened.
   */
  async networkSessions(actor: CareActor, filters: StaffSessionFilters, limit = 100): Promise<SessionView[]> {
    const networkIds = filters.networkIds.filter((networkId) =>
      carePolicy.mayReadSession(actor, { networkId, clinicianId: '' }),
    );
    if (networkIds.length === 0) return [];
    const rows = await staffSessions(this.database.pool, { ...filters, networkIds }, limit);
    const readable = rows.filter((row) => carePolicy.mayReadSession(actor, row));
    for (const row of readable) await this.oversight.read(actor, row);
    return readable.map((row) => sessionView(row, this.rules.capWindow.months));
  }

  /** The zones of a network a clinician practises in, from their locations' postcodes. */
  async clinicianZoneIds(clinicianId: string, networkId: string): Promise<string[]> {
    const clinician = await this.clinician(clinicianId);
    if (!clinician) return [];
    const postcodes = new Set(clinician.locations.map((location) => location.postcode));
    return [...this.reference.snapshot().zones.values()]
      .filter((zone) => zone.networkIds.includes(networkId) && zone.postcodes.some((p) => postcodes.has(p)))
      .map((zone) => zone.id);
  }

  /**
   * Names of the clinicians who recorded sessions, for staff lists and filters; with `networkIds`,
   * only those with sessions in these networks (read from the statement counters, by year).
   */
  async recordingClinicians(networkIds?: readonly string[]): Promise<Map<string, string>> {
    const rows = await clinicianNames(this.database.pool);
    const names = new Map(rows.map((row) => [row.id, `${row.familyName} ${row.givenName}`]));
    if (!networkIds) return names;
    const until = `${new Date().getUTCFullYear() + 1}-01-01`;
    const counted = await Promise.all(
      networkIds.map((networkId) =>
        statementRows(this.database.db, { from: SESSIONS_SINCE, until, networkId }),
      ),
    );
    const ids = new Set(counted.flat().map((row) => row.clinicianId));
    return new Map([...names].filter(([id]) => ids.has(id)));
  }
}
