// Case work, once for every case type: list the cases within a person's reach, show one case
// (audited) with the actions its status allows them, and take an action (policy, input checks,
// the status table, append, audit, e-mails in one transaction). Requests and applications
// configure it with their workflow, how to load a case and its details, how to check an
// action's input and which e-mails an action sends; the mechanism stays here.

import type { SQL } from 'drizzle-orm';
import { audit } from '../audit/audit.ts';
import {
  authorize,
  loadAuthorized,
  type Reach,
  type Resource,
  reach,
  reachesAnything,
  requireUser,
} from '../auth/policy.ts';
import type { CurrentUser } from '../auth/roles.ts';
import type { Database, Executor } from '../db/database.ts';
import { StandardProblem } from '../http/problem.ts';
import { enqueue, type OutboxMessage } from '../outbox/index.ts';
import type { CaseLog, CaseRecord } from './case-log.ts';
import { casesInReach } from './reach.ts';
import { type CaseAction, type CaseActor, isAllowed, type Workflow } from './workflow.ts';

/** A loaded case: its record and whatever the capability keeps beside it (the request, the application row). */
export interface LoadedCase<S extends string> {
  record: CaseRecord<S>;
}

export type CheckedInput<I> = { ok: true; payload: Record<string, unknown> } | { ok: false; issues: I[] };

export type ActOutcome<S extends string, I> =
  | { ok: true; record: CaseRecord<S> }
  | { ok: false; reason: 'invalid'; issues: I[] }
  | { ok: false; reason: 'stale' | 'not-allowed' };

export interface CaseWorkConfig<S extends string, A extends string, T extends A, L extends LoadedCase<S>, I> {
  /** The database handle (a function: capabilities build their desk before their own fields are set). */
  db(): Database['db'];
  workflow: Workflow<S, A>;
  /** The actions staff take from the case page (the rest belong to the requester or the system). */
  staffActions: readonly T[];
  /** The case and its details, or null when there is none (an id that is not one included). */
  load(caseId: string): Promise<L | null>;
  /** The log a loaded case is kept in. */
  log(found: L): CaseLog<S, A>;
  /** The case's jurisdiction for the policy. */
  resource(found: L): Resource;
  /** Whether an action of the table fits this very case (concertation is for services only). */
  fits?(found: L, action: T): boolean;
  /** The audit entry's action name for a staff action (`case.note`, `application.note`…). */
  auditName(action: T): string;
  /** Audit entries go to every network of the case, or to its first one only. */
  auditNetworks: 'each' | 'first';
  /** Extra detail for the audit entry of an action. */
  auditDetail?(record: CaseRecord<S>, payload: Record<string, unknown>): Record<string, unknown>;
  /** The action's input checked and turned into its payload. */
  check(found: L, action: T, input: unknown, now: Date): Promise<CheckedInput<I>>;
  /** The e-mails the action sends, queued in its transaction. */
  mails(found: L, record: CaseRecord<S>, action: T, payload: Record<string, unknown>): OutboxMessage[];
  /** Rows the capability writes in the same transaction (the convention's dated record). */
  alsoInTransaction?(
    tx: Executor,
    person: CurrentUser,
    found: L,
    action: T,
    payload: Record<string, unknown>,
    at: Date,
  ): Promise<void>;
  /** Work after the commit (the directory follows a signature). */
  afterCommit?(
    person: CurrentUser,
    found: L,
    action: T,
    payload: Record<string, unknown>,
    at: Date,
  ): Promise<void>;
}

export interface CaseViewOf<S extends string, A extends string, T extends A, L extends LoadedCase<S>> {
  found: L;
  actions: CaseAction<A>[];
  /** What the viewer may do now: the status's staff actions if they may act, else none. */
  allowed: readonly T[];
}

/** The staff member acting: their coordinator grant of the case's zone and network, for "from which zone". */
export function staffActor(user: CurrentUser, record: Pick<CaseRecord, 'zoneId' | 'networkIds'>): CaseActor {
  const grant = user.grants.find(
    (g) =>
      g.role === 'coordinator' && g.zoneId === record.zoneId && record.networkIds.includes(g.networkId ?? ''),
  );
  return { kind: 'staff', id: user.accountId, label: user.displayName, zoneId: grant?.zoneId ?? null };
}

export class CaseWorkDesk<S extends string, A extends string, T extends A, L extends LoadedCase<S>, I> {
  constructor(private readonly config: CaseWorkConfig<S, A, T, L, I>) {}

  private get db() {
    return this.config.db();
  }

  /**
   * Where a person may list cases: 401 signed out, 403 when they reach none. The capability
   * filters its own list query with `scope`.
   */
  reachOf(user: CurrentUser | null | undefined): {
    person: CurrentUser;
    where: Reach;
    scope: SQL | undefined;
  } {
    const person = requireUser(user);
    const where = reach(person, 'case.list');
    if (!reachesAnything(where)) throw new StandardProblem(403, 'forbidden');
    return { person, where, scope: casesInReach(where) };
  }

  /** One audit entry per network of the case (or its first), in the caller's transaction. */
  async audit(
    tx: Executor,
    person: CurrentUser,
    action: string,
    record: CaseRecord,
    detail: Record<string, unknown> = {},
  ): Promise<void> {
    const networks =
      this.config.auditNetworks === 'each' ? record.networkIds : [record.networkIds[0] ?? null];
    for (const networkId of networks) {
      await audit.record(tx, {
        actor: person,
        action,
        resource: { type: 'case', id: record.id },
        networkId,
        zoneId: record.zoneId,
        detail: { reference: record.reference, ...detail },
      });
    }
  }

  /** A case for the person who may act on it; 401 signed out, 404 not there or out of reach. */
  loadFor(user: CurrentUser | null | undefined, caseId: string, resource = this.config.resource) {
    return loadAuthorized(user, 'case.read', () => this.config.load(caseId), resource);
  }

  /**
   * A case with its log for staff; the read is audited. `resource` lets a capability widen who
   * reads (deciding bodies), `hiddenFrom` hide it from someone the policy lets in (its applicant).
   */
  async view(
    user: CurrentUser | null | undefined,
    caseId: string,
    options: {
      resource?: (found: L) => Resource;
      hiddenFrom?: (found: L, person: CurrentUser) => boolean;
    } = {},
  ): Promise<CaseViewOf<S, A, T, L>> {
    const found = await this.loadFor(user, caseId, options.resource ?? this.config.resource);
    const person = user!;
    if (options.hiddenFrom?.(found, person)) throw new StandardProblem(404, 'not-found');
    const [actions] = await Promise.all([
      this.config.log(found).actions(this.db, caseId),
      this.db.transaction((tx) => this.audit(tx, person, 'case.read', found.record)),
    ]);
    return { found, actions, allowed: this.allowedFor(person, found) };
  }

  /** The staff actions the status allows and the person may take on this case. */
  allowedFor(person: CurrentUser, found: L): readonly T[] {
    try {
      authorize(person, 'case.update', this.config.resource(found));
    } catch {
      return [];
    }
    const allows = this.config.workflow.allows[found.record.status] as readonly string[];
    return this.config.staffActions.filter(
      (action) => allows.includes(action) && (this.config.fits?.(found, action) ?? true),
    );
  }

  /**
   * Everything `act` checks, without acting: for the confirmation step of an action that cannot
   * be undone, so that a mistyped field is said before "are you sure?", not after.
   */
  async check(
    user: CurrentUser | null | undefined,
    caseId: string,
    type: T,
    input: unknown,
    expectedVersion?: number,
    now = new Date(),
  ): Promise<ActOutcome<S, I>> {
    const prepared = await this.prepare(user, caseId, type, input, now);
    if (!prepared.ok) return prepared;
    const { record } = prepared.found;
    if (expectedVersion !== undefined && expectedVersion !== record.version) {
      return { ok: false, reason: 'stale' };
    }
    if (!isAllowed(this.config.workflow, record.status, type)) return { ok: false, reason: 'not-allowed' };
    return { ok: true, record };
  }

  /** What `check` and `act` both ask first: the policy, whether the action fits, its input. */
  private async prepare(
    user: CurrentUser | null | undefined,
    caseId: string,
    type: T,
    input: unknown,
    now: Date,
  ) {
    const found = await loadAuthorized(
      user,
      'case.update',
      () => this.config.load(caseId),
      this.config.resource,
    );
    if (this.config.fits && !this.config.fits(found, type))
      return { ok: false as const, reason: 'not-allowed' as const };
    const checked = await this.config.check(found, type, input, now);
    if (!checked.ok) return { ok: false as const, reason: 'invalid' as const, issues: checked.issues };
    return { ok: true as const, found, payload: checked.payload };
  }

  /**
   * A staff action: the policy (coordinator of the case's zone), whether it fits the case, its
   * input, the status table and the version the person saw; then the action, its audit entry,
   * the capability's own rows and the e-mails in one transaction, and after-commit work.
   */
  async act(
    user: CurrentUser | null | undefined,
    caseId: string,
    type: T,
    input: unknown,
    expectedVersion?: number,
    now = new Date(),
  ): Promise<ActOutcome<S, I>> {
    const prepared = await this.prepare(user, caseId, type, input, now);
    if (!prepared.ok) return prepared;
    const { found, payload } = prepared;
    const person = user!;
    const outcome = await this.commit(person, found, {
      type,
      actor: staffActor(person, found.record),
      payload,
      expectedVersion,
      at: now,
      auditName: this.config.auditName(type),
      mails: (record) => this.config.mails(found, record, type, payload),
      alsoInTransaction: (tx) => this.config.alsoInTransaction?.(tx, person, found, type, payload, now),
    });
    if (outcome.ok) await this.config.afterCommit?.(person, found, type, payload, now);
    return outcome;
  }

  /**
   * An action taken by someone other than the case's staff (a clinician answering a call or a
   * proposal), once the capability's own policy check has passed: the same transaction as a
   * staff action (the status table, the version, append, audit entry, e-mails).
   */
  actAs<X extends A>(
    person: CurrentUser,
    found: L,
    action: {
      type: X;
      actor: CaseActor;
      payload: Record<string, unknown>;
      expectedVersion?: number | undefined;
      at: Date;
      auditName: string;
      mails(record: CaseRecord<S>): OutboxMessage[];
    },
  ): Promise<ActOutcome<S, I>> {
    return this.commit(person, found, action);
  }

  private commit(
    person: CurrentUser,
    found: L,
    action: {
      type: A;
      actor: CaseActor;
      payload: Record<string, unknown>;
      expectedVersion?: number | undefined;
      at: Date;
      auditName: string;
      mails(record: CaseRecord<S>): OutboxMessage[];
      alsoInTransaction?(tx: Executor): Promise<void> | undefined;
    },
  ): Promise<ActOutcome<S, I>> {
    const caseId = found.record.id;
    return this.db.transaction(async (tx): Promise<ActOutcome<S, I>> => {
      const result = await this.config.log(found).append(tx, caseId, {
        type: action.type,
        actor: action.actor,
        payload: action.payload,
        expectedVersion: action.expectedVersion,
        at: action.at,
      });
      if (!result) throw new StandardProblem(404, 'not-found');
      if (!result.ok) return { ok: false, reason: result.reason };
      const record = result.record!;
      await action.alsoInTransaction?.(tx);
      await this.audit(
        tx,
        person,
        action.auditName,
        found.record,
        this.config.auditDetail?.(record, action.payload),
      );
      for (const message of action.mails(record)) await enqueue(tx, message);
      return { ok: true, record };
    });
  }
}
