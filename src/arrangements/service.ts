// Standing arrangements' use cases: the coordinator of the request's zone makes one from a GP's
// case-advice request (the request's assigned clinician is its clinician); either side skips a
// date or ends it with a reason (the clinician signed in, the GP by the link e-mailed to them);
// the clinician logs a past slot's hours, recorded as first-line support time on the request's
// case through the budget's first-line hours (so they count in the envelope like any other).
//
// The GP's token is an HMAC of the arrangement's id under a key derived from the cookie secret:
// rebuilt for each e-mail, stored only as its SHA-256, sealed in the outbox.

import { createHmac, hkdfSync, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FirstLineHoursService } from '../budget/first-line-hours.ts';
import { parseQuarterHours } from '../budget/first-line-hours-form.ts';
import { brusselsInstant } from '../events/domain/time.ts';
import { audit } from '../platform/audit/audit.ts';
import { authorize, requireUser } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import { hashToken, looksLikeToken } from '../platform/auth/tokens.ts';
import { cases } from '../platform/cases/tables.ts';
import type { Clock } from '../platform/clock.ts';
import type { Database } from '../platform/db/database.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import { brusselsDay, type IsoDate } from '../platform/identifiers/belgian-date.ts';
import { enqueue, type LinkSealer } from '../platform/outbox/index.ts';
import { caseResource } from '../requests/case-work.ts';
import { clinicianLocale } from '../requests/follow-up-mails.ts';
import type { RequestService } from '../requests/service.ts';
import { type ArrangementForm, type ArrangementIssue, checkArrangement } from './domain/arrangement-form.ts';
import { arrangementSlots, isRuleDay, type Slot, type Weekday } from './domain/schedule.ts';
import { arrangementMail, clinicianArrangementMail } from './notifications.ts';
import type { ArrangementSource } from './source.ts';
import type { ArrangementDayRow, ArrangementRow } from './store.ts';
import * as store from './store.ts';

export interface ArrangementOptions {
  publicUrl: string;
  sealer: LinkSealer;
  secret: string;
  clock: Clock;
}

export type Side = 'clinician' | 'gp';

/** An arrangement with its dates: each slot, and whether it was skipped or its hours logged. */
export interface ArrangementView {
  arrangement: ArrangementRow;
  slots: Array<Slot & { skipped: Side | null; logged: boolean }>;
}

const OPEN = new Set(['submitted', 'acknowledged', 'in-progress', 'scheduled']);
const REASON_MAX = 500;

const isUniqueViolation = (error: unknown) =>
  (error as { code?: string }).code === '23505' ||
  (error as { cause?: { code?: string } }).cause?.code === '23505';

export const ruleOf = (row: ArrangementRow) => ({ ...row, weekday: row.weekday as Weekday });

export class ArrangementService {
  private readonly tokenKey: Buffer;

  constructor(
    private readonly database: Database,
    private readonly requests: RequestService,
    private readonly hours: FirstLineHoursService,
    private readonly options: ArrangementOptions,
  ) {
    this.tokenKey = Buffer.from(
      hkdfSync('sha256', options.secret, 'passerelle', 'arrangement gp tokens v1', 32),
    );
  }

  now(): Date {
    return this.options.clock();
  }

  today(): IsoDate {
    return brusselsDay(this.options.clock());
  }

  /** The GP's link token (43 base64url characters), rebuilt from the arrangement's id. */
  tokenOf(id: string): string {
    return createHmac('sha256', this.tokenKey).update(id).digest('base64url');
  }

  /**
   * The request, when it can become an arrangement: a GP's case-advice request, still open, with
   * an assigned clinician, and the person a coordinator of its zone (case.update). 401 signed
   * out; 404 for a case they may not see or of another kind; 409 once closed or unassigned.
   */
  async source(user: CurrentUser | null, caseId: string): Promise<ArrangementSource> {
    const view = await this.requests.cases.view(user, caseId);
    authorize(user, 'case.update', caseResource(view.record));
    const { request, record } = view;
    if (request.requestType !== 'support-request' || request.kind !== 'case-advice')
      throw new StandardProblem(404, 'not-found');
    if (!OPEN.has(record.status)) throw new StandardProblem(409, 'conflict');
    const details = request.details as { preferredTimes?: unknown; practice?: { name?: unknown } };
    const assigned = view.actions.filter((action) => action.type === 'assign-clinician').at(-1)?.payload;
    return {
      caseId: record.id,
      reference: record.reference,
      zoneId: record.zoneId,
      practice: typeof details.practice?.name === 'string' ? details.practice.name : request.organisationName,
      gp: { name: request.requesterName, email: request.requesterEmail, language: request.language },
      preferredTimes: typeof details.preferredTimes === 'string' ? details.preferredTimes : null,
      clinician:
        typeof assigned?.clinicianId === 'string'
          ? { id: assigned.clinicianId, name: String(assigned.clinicianName ?? '') }
          : null,
    };
  }

  activeOf(caseId: string): Promise<ArrangementRow | null> {
    return store.activeArrangementOfRequest(this.database.db, caseId);
  }

  /** Makes the arrangement and e-mails the GP its dates (.ics) and their link. */
  async create(
    user: CurrentUser | null,
    caseId: string,
    form: ArrangementForm,
  ): Promise<
    { ok: true; arrangement: ArrangementRow } | { ok: false; issues: ArrangementIssue[] | 'exists' }
  > {
    const source = await this.source(user, caseId);
    if (!source.clinician) throw new StandardProblem(409, 'conflict');
    const checked = checkArrangement(form, this.today());
    if (!checked.ok) return checked;
    if (await this.activeOf(caseId)) return { ok: false, issues: 'exists' };
    const person = user!;
    const id = randomUUID();
    try {
      const arrangement = await this.database.db.transaction(async (tx) => {
        const row = await store.insertArrangement(tx, {
          id,
          ...checked.value,
          requestCaseId: source.caseId,
          zoneId: source.zoneId,
          clinicianId: source.clinician!.id,
          clinicianName: source.clinician!.name,
          practice: source.practice,
          gpName: source.gp.name,
          gpEmail: source.gp.email,
          language: source.gp.language,
          gpTokenHash: hashToken(this.tokenOf(id)),
          createdBy: person.email,
        });
        await audit.record(tx, {
          actor: { accountId: person.accountId, email: person.email },
          action: 'arrangement.create',
          resource: { type: 'case', id: source.caseId },
          detail: { arrangement: id },
        });
        await enqueue(tx, this.mailFor('created', row));
        return row;
      });
      return { ok: true, arrangement };
    } catch (error) {
      if (isUniqueViolation(error)) return { ok: false, issues: 'exists' };
      throw error;
    }
  }

  private mailFor(kind: 'created' | 'skipped' | 'ended', row: ArrangementRow, day?: IsoDate) {
    const token = this.tokenOf(row.id);
    const base = `${this.options.publicUrl}/${row.language}/arrangements/gp`;
    const seal = (link: string) => this.options.sealer.seal(link, row.gpEmail);
    return arrangementMail(kind, row, {
      page: seal(`${base}?token=${token}`),
      calendar: seal(`${base}/calendar.ics?token=${token}`),
      day,
    });
  }

  /**
   * The clinician's e-mail for what the GP did, or null when their profile gives no address.
   * Asked before the transaction: the directory is another capability's store.
   */
  private async clinicianMailFor(kind: 'skipped' | 'ended', row: ArrangementRow, day?: IsoDate) {
    const clinician = await this.requests.directory.getClinician(row.clinicianId);
    if (!clinician?.email) return null;
    const locale = clinicianLocale(clinician.languages);
    return clinicianArrangementMail(kind, row, {
      email: clinician.email,
      locale,
      page: `${this.options.publicUrl}/${locale}/arrangements`,
      day,
    });
  }

  /** The arrangement's slots with what happened to each. */
  async view(arrangement: ArrangementRow): Promise<ArrangementView> {
    const days = new Map<string, ArrangementDayRow>();
    for (const row of await store.daysOf(this.database.db, arrangement.id)) days.set(row.day, row);
    return {
      arrangement,
      slots: arrangementSlots(ruleOf(arrangement)).map((slot) => ({
        ...slot,
        skipped: (days.get(slot.day)?.skippedAt ? days.get(slot.day)?.skippedBy : null) as Side | null,
        logged: Boolean(days.get(slot.day)?.hoursEntryId),
      })),
    };
  }

  // ——— The clinician's side ———

  /** The signed-in clinician's arrangements with their dates. */
  async mine(user: CurrentUser | null | undefined): Promise<ArrangementView[]> {
    const clinician = await this.hours.ownClinician(user);
    const rows = await store.arrangementsOfClinician(this.database.db, clinician.id);
    return Promise.all(rows.map((row) => this.view(row)));
  }

  /** One of the clinician's arrangements: 404 for anyone else's (they are not public). */
  async own(user: CurrentUser | null | undefined, id: string): Promise<ArrangementRow> {
    const person = requireUser(user);
    const arrangement = await store.findArrangement(this.database.db, id);
    const clinician = arrangement ? await this.hours.ownClinician(person).catch(() => null) : null;
    authorize(person, 'arrangement.manage', {
      type: 'case',
      id: arrangement?.requestCaseId,
      ownerAccountId: arrangement && clinician?.id === arrangement.clinicianId ? person.accountId : null,
    });
    return arrangement!;
  }

  /** Skips one of the rule's future dates; either side. 'invalid' for a day that is not one of its dates. */
  async skip(row: ArrangementRow, side: Side, dayText: string, actor: CurrentUser | null) {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(dayText) ? dayText : '';
    if (row.status !== 'active') return 'ended' as const;
    // Only a date still to come: one that has started has taken place (or its hours are logged).
    if (!day || !isRuleDay(ruleOf(row), day) || brusselsInstant(day, row.startTime) <= this.now())
      return 'invalid' as const;
    const toClinician = side === 'gp' ? await this.clinicianMailFor('skipped', row, day) : null;
    return this.database.db.transaction(async (tx) => {
      if (!(await store.skipDay(tx, row.id, day, side, this.options.clock()))) return 'done' as const;
      await audit.record(tx, {
        // The GP acts by their e-mailed link, without an account: the entry says so in `by`.
        actor: actor ? { accountId: actor.accountId, email: actor.email } : { system: 'system' },
        action: 'arrangement.skip',
        resource: { type: 'case', id: row.requestCaseId },
        detail: { arrangement: row.id, day, by: side },
      });
      if (side === 'clinician') await enqueue(tx, this.mailFor('skipped', row, day));
      if (toClinician) await enqueue(tx, toClinician);
      return 'done' as const;
    });
  }

  /** Ends the arrangement with a reason (required, at most 500 characters); either side. */
  async end(row: ArrangementRow, side: Side, reasonText: string, actor: CurrentUser | null) {
    const reason = reasonText.trim();
    if (!reason) return 'reason-required' as const;
    if (reason.length > REASON_MAX) return 'reason-too-long' as const;
    const toClinician =
      side === 'gp' ? await this.clinicianMailFor('ended', { ...row, endReason: reason }) : null;
    return this.database.db.transaction(async (tx) => {
      if (!(await store.endArrangement(tx, row.id, side, reason, this.options.clock())))
        return 'done' as const;
      await audit.record(tx, {
        // The GP acts by their e-mailed link, without an account: the entry says so in `by`.
        actor: actor ? { accountId: actor.accountId, email: actor.email } : { system: 'system' },
        action: 'arrangement.end',
        resource: { type: 'case', id: row.requestCaseId },
        detail: { arrangement: row.id, by: side, reason },
      });
      if (side === 'clinician') await enqueue(tx, this.mailFor('ended', { ...row, endReason: reason }));
      if (toClinician) await enqueue(tx, toClinician);
      return 'done' as const;
    });
  }

  /**
   * Logs a held slot's hours as first-line support (kind "case advice") on the request's case.
   * The slot must have started, not be skipped and not be logged yet.
   */
  async logHours(
    user: CurrentUser | null,
    row: ArrangementRow,
    dayText: string,
    hoursText: string,
    network: string,
  ) {
    const view = await this.view(row);
    const slot = view.slots.find((candidate) => candidate.day === dayText);
    if (!slot || slot.skipped || slot.startsAt > this.options.clock())
      return { ok: false, code: 'not-held' } as const;
    if (slot.logged) return { ok: false, code: 'logged' } as const;
    if (parseQuarterHours(hoursText) === null) return { ok: false, code: 'hours-invalid' } as const;
    const reference = (await this.assignmentOf(row))?.reference ?? '';
    if (!(await store.claimDayHours(this.database.db, row.id, slot.day, this.options.clock())))
      return { ok: false, code: 'logged' } as const;
    const outcome = await this.hours
      .record(user, { reference, event: '', date: slot.day, hours: hoursText, kind: 'case-advice', network })
      .catch(async (error: unknown) => {
        await store.settleDayHours(this.database.db, row.id, slot.day, null);
        throw error;
      });
    await store.settleDayHours(this.database.db, row.id, slot.day, outcome.ok ? outcome.id : null);
    if (!outcome.ok) {
      const code = outcome.issues.some((issue) => issue.code === 'network-required')
        ? 'network-required'
        : 'not-assigned';
      return { ok: false, code } as const;
    }
    return { ok: true } as const;
  }

  /** The networks the request's case belongs to (the hours form asks which when there are two). */
  async networksOf(row: ArrangementRow): Promise<string[]> {
    return (await this.assignmentOf(row))?.networkIds ?? [];
  }

  /** The request's case as first-line hours see it (reference, networks, assigned clinician). */
  private async assignmentOf(row: ArrangementRow) {
    const [found] = await this.database.db
      .select({ reference: cases.reference })
      .from(cases)
      .where(eq(cases.id, row.requestCaseId));
    return found ? this.requests.assignmentByReference(found.reference) : null;
  }

  // ——— The GP's side, by link ———

  /**
   * The arrangement made from a request, for its requester's "my requests" page, with the link
   * the GP was e-mailed (the caller shows it only to the request's own sender).
   */
  async ofRequest(caseId: string, locale: string): Promise<{ view: ArrangementView; page: string } | null> {
    const row = await store.latestArrangementOfRequest(this.database.db, caseId);
    if (!row) return null;
    return { view: await this.view(row), page: `/${locale}/arrangements/gp?token=${this.tokenOf(row.id)}` };
  }

  async byToken(token: string): Promise<ArrangementRow | null> {
    if (!looksLikeToken(token)) return null;
    return store.arrangementByTokenHash(this.database.db, hashToken(token));
  }
}
