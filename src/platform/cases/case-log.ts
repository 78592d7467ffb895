import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { caseActions, cases } from './tables.ts';
import {
  type ActionDecision,
  type CaseAction,
  type CaseActor,
  type CaseState,
  decideAction,
  foldCase,
  type Workflow,
} from './workflow.ts';

/** A case as stored: its identity, where it belongs, and the state derived from its log. */
export interface CaseRecord<S extends string = string> extends CaseState<S> {
  id: string;
  caseType: string;
  reference: string;
  networkIds: string[];
  /** YYYY-MM-DD: when the first contact is due, or null when the case type sets no target. */
  respondBy: string | null;
}

export interface OpenCaseInput {
  id: string;
  reference: string;
  zoneId: string;
  networkIds: string[];
  respondBy: string | null;
  actor: CaseActor;
  /** The opening action's payload; `zoneId` is added to it. */
  payload?: Record<string, unknown>;
  at: Date;
}

export interface AppendInput<A extends string> {
  type: A;
  actor: CaseActor;
  payload?: Record<string, unknown>;
  /** The version the actor saw; a different current version refuses the action as stale. */
  expectedVersion?: number | undefined;
  at: Date;
}

type CaseRow = typeof cases.$inferSelect;
type ActionRow = typeof caseActions.$inferSelect;

function toRecord<S extends string>(row: CaseRow): CaseRecord<S> {
  return {
    id: row.id,
    caseType: row.caseType,
    reference: row.reference,
    zoneId: row.zoneId,
    networkIds: row.networkIds,
    status: row.status as S,
    version: row.version,
    openedAt: row.openedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    respondedAt: row.respondedAt ? row.respondedAt.toISOString() : null,
    respondBy: row.respondBy,
  };
}

function toAction<A extends string>(row: ActionRow): CaseAction<A> {
  return {
    seq: row.seq,
    type: row.type as A,
    at: row.at.toISOString(),
    actor: {
      kind: row.actorKind as CaseActor['kind'],
      id: row.actorId,
      label: row.actorLabel,
      zoneId: row.actorZoneId,
    },
    payload: row.payload,
  };
}

function actionRow(caseId: string, action: CaseAction): typeof caseActions.$inferInsert {
  return {
    caseId,
    seq: action.seq,
    type: action.type,
    at: new Date(action.at),
    actorKind: action.actor.kind,
    actorId: action.actor.id,
    actorLabel: action.actor.label,
    actorZoneId: action.actor.zoneId,
    payload: action.payload,
  };
}

/**
 * The persistence of one case type's logs. Capabilities call it from their services, inside
 * their own transaction (so the case change, their own rows and the outbox message commit
 * together); it never opens one itself.
 */
export class CaseLog<S extends string, A extends string> {
  constructor(readonly workflow: Workflow<S, A>) {}

  /** Opens a case: its row and its first action (the workflow's opening action). */
  async open(tx: Executor, input: OpenCaseInput): Promise<CaseRecord<S>> {
    const at = input.at.toISOString();
    const opening: CaseAction<A> = {
      seq: 1,
      type: this.workflow.opening,
      at,
      actor: input.actor,
      payload: { ...input.payload, zoneId: input.zoneId },
    };
    const state = foldCase(this.workflow, [opening]);
    const [row] = await tx
      .insert(cases)
      .values({
        id: input.id,
        caseType: this.workflow.caseType,
        reference: input.reference,
        zoneId: state.zoneId,
        networkIds: input.networkIds,
        status: state.status,
        version: state.version,
        openedAt: input.at,
        updatedAt: input.at,
        respondedAt: null,
        respondBy: input.respondBy,
      })
      .returning();
    await tx.insert(caseActions).values(actionRow(input.id, opening));
    return toRecord<S>(row!);
  }

  /**
   * Appends an action if the case's status allows it (and the actor saw the current version).
   * Locks the case row, so two coordinators acting at once are serialised and the second one
   * is told the case changed. Returns null when there is no such case of this type.
   */
  async append(
    tx: Executor,
    caseId: string,
    input: AppendInput<A>,
  ): Promise<(ActionDecision<S, A> & { record?: CaseRecord<S> }) | null> {
    const [row] = await tx
      .select()
      .from(cases)
      .where(and(eq(cases.id, caseId), eq(cases.caseType, this.workflow.caseType)))
      .for('update');
    if (!row) return null;
    const current = toRecord<S>(row);
    const decision = decideAction(this.workflow, current, {
      type: input.type,
      actor: input.actor,
      payload: input.payload ?? {},
      at: input.at.toISOString(),
      expectedVersion: input.expectedVersion,
    });
    if (!decision.ok) return decision;
    await tx.insert(caseActions).values(actionRow(caseId, decision.action));
    const next = decision.state;
    await tx
      .update(cases)
      .set({
        status: next.status,
        zoneId: next.zoneId,
        version: next.version,
        updatedAt: new Date(next.updatedAt),
        respondedAt: next.respondedAt ? new Date(next.respondedAt) : null,
      })
      .where(eq(cases.id, caseId));
    return { ...decision, record: { ...current, ...next } };
  }

  /** The case row, or null when there is none of this type with this id. */
  async get(db: Executor, caseId: string): Promise<CaseRecord<S> | null> {
    const [row] = await db
      .select()
      .from(cases)
      .where(and(eq(cases.id, caseId), eq(cases.caseType, this.workflow.caseType)));
    return row ? toRecord<S>(row) : null;
  }

  async findByReference(db: Executor, reference: string): Promise<CaseRecord<S> | null> {
    const [row] = await db
      .select()
      .from(cases)
      .where(and(eq(cases.reference, reference), eq(cases.caseType, this.workflow.caseType)));
    return row ? toRecord<S>(row) : null;
  }

  /** Every action of a case, in order. */
  async actions(db: Executor, caseId: string): Promise<CaseAction<A>[]> {
    const rows = await db
      .select()
      .from(caseActions)
      .where(eq(caseActions.caseId, caseId))
      .orderBy(asc(caseActions.seq));
    return rows.map((row) => toAction<A>(row));
  }

  /** Whether a reference is taken by any case (references are unique across case types). */
  async referenceTaken(db: Executor, reference: string): Promise<boolean> {
    const [row] = await db.select({ one: sql<number>`1` }).from(cases).where(eq(cases.reference, reference));
    return row !== undefined;
  }
}
