// Deciding bodies' meetings: the agenda from the decision desk, attendance, recusals, decisions
// (sent to the desk, which owns the applications), closing and minutes. Every change checks the
// meeting's version (two members on the same page) and is audited in its transaction. The desk
// is never called inside a transaction: it runs its own, and PGlite serves one at a time.

import {
  authorize,
  can,
  loadAuthorized,
  type Resource,
  reach,
  requireUser,
} from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import { type Clock, systemClock } from '../platform/clock.ts';
import type { Database, Executor } from '../platform/db/database.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import { brusselsDay } from '../platform/identifiers/belgian-date.ts';
import { isUuid } from '../platform/ids.ts';
import { BRUSSELS_BODIES } from './data/brussels-bodies.ts';
import { recordDecision } from './decisions.ts';
import { type DecidingBody, germanName, isBodyId } from './domain/bodies.ts';
import type { AgendaItem, DecisionDesk, LiveBudgetImpact } from './domain/decision-desk.ts';
import { type CommitteeIssue, checkMeeting, checkRecusal } from './domain/forms.ts';
import { type MeetingState, type Minutes, minutesOf } from './domain/minutes.ts';
import { type LoadedMeeting, meetingState } from './meeting-state.ts';
import { applyAtVersion, auditMeeting, type ChangeOutcome } from './outcomes.ts';
import * as store from './store.ts';

export type { ChangeOutcome } from './outcomes.ts';

export interface MeetingView {
  state: MeetingState;
  status: 'open' | 'closed';
  version: number;
  minutes: Minutes | null;
  /** Applications ready for decision that are not on the agenda yet (open meetings). */
  newItems: number;
  /** Each agenda item's budget impact for the body's networks, read now (the case page's figure). */
  impacts: Map<string, LiveBudgetImpact[]>;
  /** The body's networks whose budget this person sets (they are pointed to the budget page). */
  configures: string[];
  may: { manage: boolean; decide: boolean };
}

function resourceOf(body: DecidingBody): Resource {
  return { type: 'committee', id: body.id, bodyId: body.id, networkIds: body.networkIds };
}

function itemRow(meetingId: string, item: AgendaItem, position: number, at: Date) {
  return { meetingId, position, addedAt: at, ...item };
}

export class CommitteeService {
  constructor(
    readonly database: Database,
    /** The applications' side; null until the applications capability is wired: agendas are then empty. */
    readonly desk: DecisionDesk | null,
    readonly clock: Clock = systemClock,
  ) {}

  /** The bodies as they were when this instance opened or last imported a pack (`reloadBodies`). */
  knownBodies: readonly DecidingBody[] = [];

  /** Opens the service and adds the Brussels bodies that are missing (idempotent). */
  static async open(database: Database, desk: DecisionDesk | null, clock?: Clock): Promise<CommitteeService> {
    await store.seedBodies(database.db, BRUSSELS_BODIES);
    const service = new CommitteeService(database, desk, clock);
    service.knownBodies = await store.listBodies(database.db);
    return service;
  }

  /** Reads the bodies again, after an import on this instance added or changed some (roles list them). */
  async reloadBodies(): Promise<void> {
    this.knownBodies = await store.listBodies(this.database.db);
  }

  private async ready(networkIds: readonly string[]): Promise<AgendaItem[]> {
    return this.desk ? this.desk.readyForDecision(networkIds) : [];
  }

  /** The bodies this person sits on or runs, each with its meetings, newest first; 403 when none. */
  async bodiesFor(user: CurrentUser | null) {
    requireUser(user);
    const r = reach(user, 'committee.read');
    const bodies = (await store.listBodies(this.database.db)).filter(
      (body) =>
        r.everywhere ||
        r.bodyIds.includes(body.id) ||
        body.networkIds.some((id) => r.networkIds.includes(id)),
    );
    if (bodies.length === 0) throw new StandardProblem(403, 'forbidden');
    const meetings = await store.meetingsOf(
      this.database.db,
      bodies.map((body) => body.id),
    );
    return bodies.map((body) => ({
      body,
      mayManage: can(user, 'committee.meeting.manage', resourceOf(body)),
      meetings: meetings.filter((meeting) => meeting.bodyId === body.id),
    }));
  }

  /** A body, if this person may do `action` on it (404 when they may not know about it). */
  async body(
    user: CurrentUser | null,
    bodyId: string,
    action: 'committee.read' | 'committee.meeting.manage',
  ) {
    // An id that cannot be a body's (it travels in the URL) is not looked up: 404.
    const load = async () => (isBodyId(bodyId) ? store.findBody(this.database.db, bodyId) : null);
    return loadAuthorized(user, action, load, resourceOf);
  }

  async createMeeting(
    user: CurrentUser | null,
    bodyId: string,
    input: Record<string, string>,
  ): Promise<{ ok: true; id: string } | { ok: false; issues: CommitteeIssue[] }> {
    const body = await this.body(user, bodyId, 'committee.meeting.manage');
    const now = this.clock();
    const checked = checkMeeting(input, brusselsDay(now));
    if (!checked.ok) return checked;
    const agenda = await this.ready(body.networkIds);
    const meeting = await this.database.db.transaction(async (tx) => {
      const row = await store.insertMeeting(tx, {
        bodyId: body.id,
        ...checked.value,
        status: 'open',
        createdBy: user!.accountId,
        createdAt: now,
      });
      await store.insertItems(
        tx,
        agenda.map((item, index) => itemRow(row.id, item, index + 1, now)),
      );
      await auditMeeting(tx, user!, body, 'committee.meeting.create', row.id, {
        heldOn: row.heldOn,
        items: agenda.length,
      });
      return row;
    });
    return { ok: true, id: meeting.id };
  }

  private async load(user: CurrentUser | null, meetingId: string): Promise<LoadedMeeting> {
    requireUser(user);
    const meeting = isUuid(meetingId) ? await store.findMeeting(this.database.db, meetingId) : null;
    const body = meeting ? await store.findBody(this.database.db, meeting.bodyId) : null;
    if (!meeting || !body) throw new StandardProblem(404, 'not-found');
    authorize(user, 'committee.read', resourceOf(body));
    const db = this.database.db;
    const [roster, items, attendance, recusals, decisions] = await Promise.all([
      store.membersOf(db, body.id),
      store.itemsOf(db, meeting.id),
      store.attendanceOf(db, meeting.id),
      store.recusalsOf(db, meeting.id),
      store.meetingDecisions(db, meeting.id),
    ]);
    const rows = { meeting, body, roster, items, attendance, recusals, decisions };
    return { ...rows, state: meetingState(rows) };
  }

  async meeting(user: CurrentUser | null, meetingId: string): Promise<MeetingView> {
    const loaded = await this.load(user, meetingId);
    const { meeting, body, state } = loaded;
    const open = meeting.status === 'open';
    const onAgenda = new Set(loaded.items.map((item) => item.applicationId));
    const newItems = open
      ? (await this.ready(body.networkIds)).filter((item) => !onAgenda.has(item.applicationId)).length
      : 0;
    return {
      state,
      status: open ? 'open' : 'closed',
      version: meeting.version,
      minutes: frozenMinutes(meeting.minutes as Minutes | null),
      newItems,
      configures: body.networkIds.filter((id) =>
        can(user, 'network.configure', { type: 'network', networkIds: [id] }),
      ),
      impacts: this.desk ? await this.desk.budgetImpacts([...onAgenda], body.networkIds) : new Map(),
      may: {
        manage: open && can(user, 'committee.meeting.manage', resourceOf(body)),
        decide: open && can(user, 'committee.decide', resourceOf(body)),
      },
    };
  }

  /** Runs a change of an open meeting at the version the person saw, with its audit entry. */
  private async change(
    user: CurrentUser | null,
    meetingId: string,
    version: number | undefined,
    action: 'committee.meeting.manage' | 'committee.decide',
    apply: (loaded: LoadedMeeting, tx: Executor) => Promise<ChangeOutcome>,
    prepare?: (loaded: LoadedMeeting) => Promise<ChangeOutcome | null>,
  ): Promise<ChangeOutcome> {
    const loaded = await this.load(user, meetingId);
    authorize(user, action, resourceOf(loaded.body));
    if (loaded.meeting.status !== 'open') return { ok: false, reason: 'closed' };
    if (version !== loaded.meeting.version) return { ok: false, reason: 'stale' };
    const early = prepare ? await prepare(loaded) : null;
    if (early) return early;
    return applyAtVersion(this.database, meetingId, version, (tx) => apply(loaded, tx));
  }

  /** Who is present: `presentIds` among the members; everyone else is recorded absent. */
  async recordAttendance(
    user: CurrentUser | null,
    meetingId: string,
    version: number | undefined,
    presentIds: readonly string[],
  ): Promise<ChangeOutcome> {
    return this.change(user, meetingId, version, 'committee.meeting.manage', async (loaded, tx) => {
      const members = loaded.state.members;
      const rows = members.map((member) => ({
        meetingId,
        accountId: member.accountId,
        displayName: member.displayName,
        present: presentIds.includes(member.accountId),
      }));
      await store.replaceAttendance(tx, meetingId, rows);
      await auditMeeting(tx, user!, loaded.body, 'committee.attendance', meetingId, {
        present: rows.filter((row) => row.present).map((row) => row.accountId),
        absent: rows.filter((row) => !row.present).map((row) => row.accountId),
      });
      return { ok: true };
    });
  }

  /** Adds the applications that became ready for decision since the agenda was made. */
  async addNewItems(user: CurrentUser | null, meetingId: string, version: number | undefined) {
    let ready: AgendaItem[] = [];
    return this.change(
      user,
      meetingId,
      version,
      'committee.meeting.manage',
      async (loaded, tx) => {
        const onAgenda = new Set(loaded.items.map((item) => item.applicationId));
        const fresh = ready.filter((item) => !onAgenda.has(item.applicationId));
        const last = loaded.items.reduce((max, item) => Math.max(max, item.position), 0);
        const now = this.clock();
        await store.insertItems(
          tx,
          fresh.map((item, index) => itemRow(meetingId, item, last + index + 1, now)),
        );
        await auditMeeting(tx, user!, loaded.body, 'committee.agenda.add', meetingId, {
          applications: fresh.map((item) => item.applicationId),
        });
        return { ok: true };
      },
      async (loaded) => {
        ready = await this.ready(loaded.body.networkIds);
        return null;
      },
    );
  }

  /** Takes back a conflict of interest declared by mistake (a member involved stays recused). */
  async withdrawRecusal(
    user: CurrentUser | null,
    meetingId: string,
    applicationId: string,
    accountId: string,
    version: number | undefined,
  ): Promise<ChangeOutcome> {
    return this.change(user, meetingId, version, 'committee.meeting.manage', async (loaded, tx) => {
      const item = loaded.state.items.find((i) => i.item.applicationId === applicationId);
      if (!item) return { ok: false, reason: 'unknown-item' };
      if (item.decision) return { ok: false, reason: 'already-decided' };
      const declared = item.recusals.some((r) => r.accountId === accountId && r.cause === 'declared');
      if (!declared || !(await store.deleteRecusal(tx, meetingId, applicationId, accountId))) {
        return { ok: false, reason: 'stale' };
      }
      await auditMeeting(tx, user!, loaded.body, 'committee.recusal.withdraw', meetingId, {
        applicationId,
        member: accountId,
      });
      return { ok: true };
    });
  }

  /** Records that a member has a conflict of interest for an item: they take no part in it. */
  async declareRecusal(
    user: CurrentUser | null,
    meetingId: string,
    applicationId: string,
    version: number | undefined,
    input: Record<string, string>,
  ): Promise<ChangeOutcome> {
    return this.change(user, meetingId, version, 'committee.meeting.manage', async (loaded, tx) => {
      const item = loaded.state.items.find((i) => i.item.applicationId === applicationId);
      if (!item) return { ok: false, reason: 'unknown-item' };
      if (item.decision) return { ok: false, reason: 'already-decided' };
      const members = loaded.state.members;
      const checked = checkRecusal(
        input,
        members.map((member) => member.accountId),
      );
      if (!checked.ok) return { ok: false, reason: 'invalid', issues: checked.issues };
      const member = members.find((m) => m.accountId === checked.value.accountId)!;
      await store.insertRecusal(tx, {
        meetingId,
        applicationId,
        accountId: member.accountId,
        displayName: member.displayName,
        note: checked.value.note,
        declaredBy: user!.accountId,
        declaredAt: this.clock(),
      });
      await auditMeeting(tx, user!, loaded.body, 'committee.recusal', meetingId, {
        applicationId,
        member: member.accountId,
      });
      return { ok: true };
    });
  }

  /**
   * Records the body's decision on an item (see decisions.ts): members only, not recused, with
   * the item's quorum, votes and reasons.
   */
  async decide(
    user: CurrentUser | null,
    meetingId: string,
    applicationId: string,
    version: number | undefined,
    input: Record<string, string>,
  ): Promise<ChangeOutcome> {
    const loaded = await this.load(user, meetingId);
    authorize(user, 'committee.decide', resourceOf(loaded.body));
    return recordDecision(this, user!, loaded, applicationId, version, input);
  }

  /** Closes the meeting and writes its minutes; nothing in it changes afterwards. */
  async close(user: CurrentUser | null, meetingId: string, version: number | undefined) {
    return this.change(user, meetingId, version, 'committee.meeting.manage', async (loaded, tx) => {
      // A decision claimed but not yet answered by the desk would be frozen half-written.
      if (loaded.state.items.some((item) => item.decision && item.decision.applicationStatus === null)) {
        return { ok: false, reason: 'decision-pending' };
      }
      const now = this.clock();
      await store.closeMeeting(tx, meetingId, minutesOf(loaded.state, now, user!.displayName), now);
      await auditMeeting(tx, user!, loaded.body, 'committee.meeting.close', meetingId, {
        decided: loaded.state.items.filter((item) => item.decision).length,
        undecided: loaded.state.items.filter((item) => !item.decision).length,
      });
      return { ok: true };
    });
  }
}

/** Minutes closed before German existed name their body without `de`; French stands in. */
function frozenMinutes(minutes: Minutes | null): Minutes | null {
  if (!minutes) return null;
  return {
    ...minutes,
    body: { ...minutes.body, names: { ...minutes.body.names, de: germanName(minutes.body.names) } },
  };
}
