// Events' use cases: create (coordinators of the zone, network admins, a clinician for their own),
// the public agenda, registering without an account, cancelling by link, the organiser's list,
// attendance and export, and the reminders two days before.
//
// The cancel link's token is never stored anywhere: it is an HMAC of the registration's id under a
// key derived from the cookie secret (which is not in the database), so it can be rebuilt for each
// e-mail; the database keeps its SHA-256 only, and the outbox keeps the link sealed.

import { createHmac, hkdfSync, randomBytes, randomUUID } from 'node:crypto';
import { authorize, can, loadAuthorized, type Resource, requireUser } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import { hashToken } from '../platform/auth/tokens.ts';
import type { Clock } from '../platform/clock.ts';
import { writeCsv } from '../platform/csv.ts';
import type { Database, Executor } from '../platform/db/database.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import { formatDateTime, type Locale } from '../platform/i18n/index.ts';
import { enqueue, type LinkSealer } from '../platform/outbox/index.ts';
import type { ReferenceService } from '../reference/service.ts';
import {
  checkEvent,
  closedBecause,
  type EventDraft,
  type EventForm,
  type EventKind,
} from './domain/event.ts';
import { placeFor, REMINDER_LEAD_MS, type RegistrationDraft } from './domain/registration.ts';
import { type RegistrationMailKind, registrationMail } from './notifications.ts';
import { organiserMessages } from './organiser-messages.ts';
import type { EventRow, RegistrationRow } from './store.ts';
import * as store from './store.ts';

export type RegisterOutcome =
  | { ok: true; reference: string; status: 'registered' | 'waitlisted' }
  | { ok: false; reason: 'not-found' | 'closed' | 'duplicate' };

export interface EventServiceOptions {
  publicUrl: string;
  sealer: LinkSealer;
  /** The cookie secret: the cancel tokens' key is derived from it. */
  secret: string;
  clock: Clock;
}

/** References people quote: EV- and 8 characters without look-alikes (0/O, 1/I). */
const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
function newReference(): string {
  const bytes = randomBytes(8);
  const chars = [...bytes].map((byte) => REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length]);
  return `EV-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

export class EventService {
  private readonly tokenKey: Buffer;

  constructor(
    private readonly database: Database,
    readonly reference: ReferenceService,
    private readonly options: EventServiceOptions,
  ) {
    this.tokenKey = Buffer.from(
      hkdfSync('sha256', options.secret, 'passerelle', 'event cancel tokens v1', 32),
    );
  }

  now(): Date {
    return this.options.clock();
  }

  /** The zones events can be in (reference data). */
  zoneIds(): string[] {
    return [...this.reference.snapshot().zones.keys()];
  }

  zoneName(zoneId: string, locale: Locale): string {
    const zone = this.reference.snapshot().zones.get(zoneId);
    if (!zone) return zoneId;
    // German readers get a German name where the reference data records one, else the French one.
    return locale === 'de'
      ? (zone.names as Partial<Record<Locale, string>>).de || zone.names.fr
      : zone.names[locale];
  }

  /** An event's jurisdiction for the policy: its zone, the zone's networks, its organiser. */
  resourceOf(event: Pick<EventRow, 'id' | 'zoneId' | 'organiserAccountId'>): Resource {
    const zone = this.reference.snapshot().zones.get(event.zoneId);
    return {
      type: 'event',
      id: event.id,
      zoneId: event.zoneId,
      networkIds: zone ? [...zone.networkIds] : [],
      ownerAccountId: event.organiserAccountId,
    };
  }

  /** Whether the person may create events at all (for the link to the form); each zone is checked on submit. */
  mayCreateSomewhere(user: CurrentUser | null): boolean {
    return this.zoneIds().some((zoneId) =>
      can(
        user,
        'event.create',
        this.resourceOf({ id: '', zoneId, organiserAccountId: user?.accountId ?? null }),
      ),
    );
  }

  checkForm(form: EventForm) {
    return checkEvent(form, this.zoneIds(), this.now());
  }

  async create(user: CurrentUser | null, draft: EventDraft, links: store.EventLinks = {}): Promise<EventRow> {
    const organiser = requireUser(user);
    authorize(
      organiser,
      'event.create',
      this.resourceOf({ id: '', zoneId: draft.zoneId, organiserAccountId: organiser.accountId }),
    );
    return store.insertEvent(this.database.db, draft, organiser.accountId, links);
  }

  /** The public agenda and API: scheduled events from `from` (today by default). */
  async list(filter: Omit<store.EventFilter, 'from'> & { from?: Date | undefined }): Promise<EventRow[]> {
    return store.listEvents(this.database.db, { ...filter, from: filter.from ?? this.now() });
  }

  async find(id: string): Promise<EventRow | null> {
    return store.findEvent(this.database.db, id);
  }

  /** The GP events a clinician ran in the last year (first-line support hours are recorded on them). */
  gpEventsRunBy(runner: { accountId: string; clinicianId: string }): Promise<EventRow[]> {
    const now = this.now();
    return store.gpEventsRunBy(this.database.db, runner, new Date(now.getTime() - 366 * 24 * 3_600_000), now);
  }

  /** Whether the clinician runs the event: they organised it, or lead it (a request's assigned clinician). */
  runs(event: EventRow, runner: { accountId: string; clinicianId: string }): boolean {
    return event.organiserAccountId === runner.accountId || event.leaderClinicianId === runner.clinicianId;
  }

  /** The cancel token of a registration (43 base64url characters), rebuilt from its id. */
  private tokenOf(registrationId: string): string {
    return createHmac('sha256', this.tokenKey).update(registrationId).digest('base64url');
  }

  private async queueMail(
    tx: Executor,
    kind: RegistrationMailKind,
    event: EventRow,
    registration: RegistrationRow,
  ) {
    const locale = registration.language as Locale;
    const link = `${this.options.publicUrl}/${locale}/events/cancel?token=${this.tokenOf(registration.id)}`;
    const sealed = kind === 'cancelled' ? null : this.options.sealer.seal(link, registration.email);
    await enqueue(tx, registrationMail(kind, event, registration, sealed, this.options.publicUrl));
  }

  /**
   * Registers someone, or puts them on the waiting list when the event is full. The event row is
   * locked first, so concurrent registrations are served one at a time and never over-fill it.
   */
  async register(eventId: string, draft: RegistrationDraft): Promise<RegisterOutcome> {
    return this.database.db.transaction(async (tx) => {
      const event = await store.lockEvent(tx, eventId);
      if (!event) return { ok: false, reason: 'not-found' } as const;
      if (closedBecause(event as { status: 'scheduled' | 'cancelled'; startsAt: Date }, this.now()))
        return { ok: false, reason: 'closed' } as const;
      if (await store.liveRegistrationFor(tx, eventId, draft.email))
        return { ok: false, reason: 'duplicate' } as const;
      const status = placeFor(event.registered, event.capacity);
      const id = randomUUID();
      const registration = await store.insertRegistration(tx, {
        ...draft,
        id,
        eventId,
        reference: newReference(),
        status,
        cancelTokenHash: hashToken(this.tokenOf(id)),
      } as Parameters<typeof store.insertRegistration>[1]);
      await store.countOnEvent(tx, eventId, status === 'registered' ? 1 : 0, status === 'waitlisted' ? 1 : 0);
      await this.queueMail(tx, status, event, registration);
      return { ok: true, reference: registration.reference, status } as const;
    });
  }

  /** What a cancel link is about, while the registration is live; null otherwise. */
  async cancellable(token: string): Promise<{ event: EventRow; registration: RegistrationRow } | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const registration = await store.registrationByTokenHash(this.database.db, hashToken(token));
    if (!registration || registration.status === 'cancelled') return null;
    const event = await store.findEvent(this.database.db, registration.eventId);
    return event ? { event, registration } : null;
  }

  /**
   * Cancels by link. A freed place goes to the first person waiting (registration order), who
   * gets an e-mail, in the same transaction, under the event's lock.
   */
  async cancel(token: string): Promise<boolean> {
    const found = await this.cancellable(token);
    if (!found) return false;
    return this.database.db.transaction(async (tx) => {
      const event = await store.lockEvent(tx, found.event.id);
      const registration = await store.registrationByTokenHash(tx, found.registration.cancelTokenHash);
      if (!event || !registration || registration.status === 'cancelled') return false;
      await store.setRegistrationStatus(tx, registration.id, 'cancelled');
      if (registration.status === 'waitlisted') {
        await store.countOnEvent(tx, event.id, 0, -1);
        return true;
      }
      await store.countOnEvent(tx, event.id, -1, 0);
      const next = await store.firstWaiting(tx, event.id);
      if (next && !closedBecause(event as { status: 'scheduled'; startsAt: Date }, this.now())) {
        await store.setRegistrationStatus(tx, next.id, 'registered');
        await store.countOnEvent(tx, event.id, 1, -1);
        await this.queueMail(tx, 'promoted', event, { ...next, status: 'registered' });
      }
      return true;
    });
  }

  /** The events a person runs: upcoming (and the last month's, for attendance), within their reach. */
  async managed(user: CurrentUser | null): Promise<EventRow[]> {
    const person = requireUser(user);
    // Only those who may organise events have this list (coordinators, network admins, clinicians).
    if (!this.mayCreateSomewhere(person)) throw new StandardProblem(403, 'forbidden');
    const from = new Date(this.now().getTime() - 31 * 24 * 3_600_000);
    const rows = await store.listEvents(this.database.db, { from, includeCancelled: true, limit: 1000 });
    return rows.filter((event) => can(person, 'event.manage', this.resourceOf(event)));
  }

  async managedEvent(user: CurrentUser | null, id: string) {
    const event = await loadAuthorized(
      user,
      'event.manage',
      () => store.findEvent(this.database.db, id),
      (found) => this.resourceOf(found),
    );
    return { event, registrations: await store.registrationsOf(this.database.db, id) };
  }

  async recordAttendance(user: CurrentUser | null, id: string, present: readonly string[]): Promise<void> {
    await this.managedEvent(user, id);
    await this.database.db.transaction((tx) => store.markAttendance(tx, id, present));
  }

  /**
   * The organiser cancels the event: it leaves the agenda, takes no more registrations, and
   * everyone registered or waiting gets an e-mail. False when it was already cancelled.
   */
  async cancelEvent(user: CurrentUser | null, id: string): Promise<boolean> {
    await this.managedEvent(user, id);
    return this.database.db.transaction(async (tx) => {
      const event = await store.lockEvent(tx, id);
      if (!event || event.status === 'cancelled') return false;
      await store.setEventStatus(tx, id, 'cancelled');
      const cancelled = { ...event, status: 'cancelled' };
      for (const registration of await store.registrationsOf(tx, id)) {
        if (registration.status !== 'cancelled')
          await this.queueMail(tx, 'cancelled', cancelled, registration);
      }
      return true;
    });
  }

  /** The registration list as CSV, in the organiser's language. */
  async exportCsv(
    user: CurrentUser | null,
    id: string,
    locale: Locale,
  ): Promise<{ event: EventRow; csv: string }> {
    const { event, registrations } = await this.managedEvent(user, id);
    const m = organiserMessages[locale].registrations;
    const rows = registrations.map((r) => [
      r.reference,
      r.name,
      r.email,
      r.practice,
      r.language,
      m.statuses[r.status as keyof typeof m.statuses] ?? r.status,
      r.attended === null ? '' : r.attended ? '1' : '0',
      formatDateTime(locale, r.createdAt),
    ]);
    const header = [
      m.reference,
      m.name,
      m.email,
      m.practice,
      m.language,
      m.status,
      m.attended,
      m.registeredAt,
    ];
    return { event, csv: writeCsv([header, ...rows]) };
  }

  /** Queues the reminders now due (events starting within two days); the poller calls it. */
  async sendDueReminders(): Promise<number> {
    return this.database.db.transaction(async (tx) => {
      const due = await store.claimDueReminders(tx, this.now(), REMINDER_LEAD_MS);
      for (const { event, registration } of due) await this.queueMail(tx, 'reminder', event, registration);
      return due.length;
    });
  }

  /** For the demo data: events inserted as they are, no organiser account. */
  async insertDemo(drafts: readonly EventDraft[]): Promise<number> {
    for (const draft of drafts) await store.insertEvent(this.database.db, draft, null);
    return drafts.length;
  }

  async isEmpty(): Promise<boolean> {
    const rows = await store.listEvents(this.database.db, {
      from: new Date(0),
      includeCancelled: true,
      limit: 1,
    });
    return rows.length === 0;
  }
}

export type { EventKind };
