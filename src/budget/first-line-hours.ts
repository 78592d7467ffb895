// Clinicians' time for first-line support: a clinician records the hours spent on the case of a
// GP or an organisation they were assigned to; the budget values them at the network's first-line
// hourly rate and counts them as consumed in its first-line support envelope (domain/figures.ts).

import { randomUUID } from 'node:crypto';
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { DirectoryService } from '../directory/service.ts';
import { audit } from '../platform/audit/audit.ts';
import { authorize, decide, requireUser } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import type { Clock } from '../platform/clock.ts';
import type { Database, Executor } from '../platform/db/database.ts';
import { brusselsDay, type IsoDate } from '../platform/identifiers/belgian-date.ts';
import type { RequestService } from '../requests/service.ts';
import { checkHoursForm, type HoursForm, type HoursIssue } from './first-line-hours-form.ts';
import { firstLineHours } from './tables.ts';

/** Quarter hours of first-line support recorded for a network on days from `from` until before `until`. */
export async function firstLineQuarterHours(
  db: Executor,
  networkId: string,
  from: IsoDate,
  until: IsoDate,
): Promise<number> {
  const [row] = await db
    .select({ total: sql<string | null>`sum(${firstLineHours.quarterHours})` })
    .from(firstLineHours)
    .where(
      and(
        eq(firstLineHours.networkId, networkId),
        gte(firstLineHours.day, from),
        lt(firstLineHours.day, until),
      ),
    );
  return Number(row?.total ?? 0);
}

export type RecordHoursOutcome =
  | { ok: true; id: string; reference: string }
  | { ok: false; status: 400 | 403; issues: HoursIssue[] };

export class FirstLineHoursService {
  constructor(
    private readonly database: Database,
    private readonly directory: DirectoryService,
    private readonly requests: RequestService,
    private readonly clock: Clock,
  ) {}

  /** The signed-in clinician's own profile: 401 signed out, 403 without a linked profile or the role. */
  async ownClinician(user: CurrentUser | null | undefined) {
    const person = requireUser(user);
    const clinician = await this.directory.clinicianForAccount(person.accountId);
    authorize(person, 'clinician-profile.read', {
      type: 'clinician-profile',
      id: clinician?.id,
      ownerAccountId: clinician ? person.accountId : null,
    });
    return clinician!;
  }

  today(): IsoDate {
    return brusselsDay(this.clock());
  }

  /**
   * Records the hours, or says why not. A case that does not exist and one assigned to someone
   * else are refused alike, so that references cannot be probed through this form.
   */
  async record(user: CurrentUser | null | undefined, form: HoursForm): Promise<RecordHoursOutcome> {
    const clinician = await this.ownClinician(user);
    const person = user!;
    const checked = checkHoursForm(form, this.today());
    if (!checked.ok) return { ok: false, status: 400, issues: checked.issues };
    const input = checked.value;
    const assignment = await this.requests.assignmentByReference(input.reference);
    const decision = decide(person, 'first-line-hours.record', {
      type: 'case',
      id: assignment?.caseId,
      networkIds: assignment?.networkIds,
      zoneId: assignment?.zoneId,
      // The assigned clinician's account: the one person who may record time on the case.
      ownerAccountId: assignment && assignment.clinicianId === clinician.id ? person.accountId : null,
    });
    if (!assignment || decision !== 'allow') {
      return { ok: false, status: 403, issues: [{ field: 'reference', code: 'not-assigned' }] };
    }
    const networks = assignment.networkIds;
    const networkId =
      input.network === '' ? (networks.length === 1 ? networks[0] : undefined) : input.network;
    if (networkId === undefined || !networks.includes(networkId)) {
      return { ok: false, status: 400, issues: [{ field: 'network', code: 'network-required' }] };
    }
    const id = randomUUID();
    const at = this.clock();
    await this.database.db.transaction(async (tx) => {
      await tx.insert(firstLineHours).values({
        id,
        networkId,
        clinicianId: clinician.id,
        caseId: assignment.caseId,
        day: input.day,
        quarterHours: input.quarterHours,
        kind: input.kind,
        recordedAt: at,
        recordedBy: person.email,
      });
      await audit.record(tx, {
        actor: { accountId: person.accountId, email: person.email },
        action: 'first-line-hours.record',
        resource: { type: 'case', id: assignment.caseId },
        networkId,
      });
    });
    return { ok: true, id, reference: assignment.reference };
  }
}
