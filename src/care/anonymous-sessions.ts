// Recording a participant's session of a group that the convention makes free and anonymous
// (domain/anonymous.ts): the same checks as any recording (real date, the clinician's place and
// network, their convention in force on the date), no national number, and one session per
// source however often it is sent. Statements count these sessions as groups and participants.

import { and, count, countDistinct, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Clinician } from '../directory/domain/types.ts';
import { audit } from '../platform/audit/audit.ts';
import type { Database, Executor } from '../platform/db/database.ts';
import type { ReferenceService } from '../reference/service.ts';
import type { Recorder } from './access.ts';
import {
  type AnonymousRefusal,
  type CareFunction,
  type CareRulesConfig,
  decideAnonymousGroupSession,
  isIsoDate,
} from './domain/index.ts';
import { auditActorOf } from './oversight.ts';
import { type ConventionLookup, conventionError, type InputError } from './recording.ts';
import { rememberClinician } from './store.ts';
import { careAnonymousSessions, careClinicians } from './tables.ts';

export interface AnonymousSessionInput {
  /** What the session is recorded from (say, an event registration): recorded once. */
  sourceKey: string;
  /** The group it belongs to (say, the event). */
  groupKey: string;
  date: string;
  function: CareFunction;
  networkId: string;
  locationId: string;
}

export type AnonymousOutcome =
  | { ok: true; id: string; alreadyRecorded: boolean }
  | { ok: false; status: 400; errors: InputError[] }
  /** The rules do not let this session be recorded without a national number. */
  | { ok: false; status: 422; reason: AnonymousRefusal };

export type AnonymousSessionRow = typeof careAnonymousSessions.$inferSelect;

/** The field errors of an anonymous recording (the convention is asked after these pass). */
function fieldErrors(
  input: AnonymousSessionInput,
  clinician: Clinician | null,
  reference: ReferenceService,
): InputError[] {
  const errors: InputError[] = [];
  if (!isIsoDate(input.date)) errors.push({ field: 'date', code: 'date' });
  if (!clinician) errors.push({ field: 'clinicianId', code: 'unknown-clinician' });
  else if (!clinician.locations.some((location) => location.id === input.locationId)) {
    errors.push({ field: 'locationId', code: 'not-clinician-location' });
  }
  if (!reference.snapshot().networks.has(input.networkId)) {
    errors.push({ field: 'networkId', code: 'unknown-network' });
  } else if (clinician && !clinician.networks.includes(input.networkId)) {
    errors.push({ field: 'networkId', code: 'not-network-member' });
  }
  return errors;
}

export async function recordAnonymousSession(
  database: Database,
  reference: ReferenceService,
  conventionOn: ConventionLookup,
  rules: CareRulesConfig,
  recorder: Recorder,
  input: AnonymousSessionInput,
): Promise<AnonymousOutcome> {
  const errors = fieldErrors(input, recorder.clinician, reference);
  if (errors.length > 0) return { ok: false, status: 400, errors };
  const refused = conventionError(
    input,
    await conventionOn(recorder.clinicianId, input.networkId, input.date),
  );
  if (refused) return { ok: false, status: 400, errors: [refused] };
  const decision = decideAnonymousGroupSession(input.date, input.function, rules);
  if (!decision.reimbursable) return { ok: false, status: 422, reason: decision.reason };
  const outcome = await database.db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(careAnonymousSessions)
      .values({
        sourceKey: input.sourceKey,
        groupKey: input.groupKey,
        clinicianId: recorder.clinicianId,
        networkId: input.networkId,
        locationId: input.locationId,
        date: input.date,
        function: input.function,
        mode: 'group',
        convention: decision.convention,
        copayCents: decision.copayCents,
        feeCents: decision.feeCents,
      })
      .onConflictDoNothing({ target: careAnonymousSessions.sourceKey })
      .returning({ id: careAnonymousSessions.id });
    if (!inserted) {
      const [existing] = await tx
        .select({ id: careAnonymousSessions.id })
        .from(careAnonymousSessions)
        .where(eq(careAnonymousSessions.sourceKey, input.sourceKey));
      return { ok: true as const, id: existing!.id, alreadyRecorded: true };
    }
    await audit.record(tx, {
      actor: auditActorOf(recorder.actor),
      action: 'care-session.record',
      resource: { type: 'care-session', id: inserted.id },
      networkId: input.networkId,
      detail: { clinicianId: recorder.clinicianId, anonymous: true },
    });
    return { ok: true as const, id: inserted.id, alreadyRecorded: false };
  });
  // Statements name the clinician from care_clinicians, as for sessions with a patient.
  if (outcome.ok && !outcome.alreadyRecorded && recorder.clinician)
    await rememberClinician(database.pool, recorder.clinician);
  return outcome;
}

/** Anonymous sessions by id (the organiser's page lists those it recorded). */
export async function anonymousSessionsById(
  db: Executor,
  ids: readonly string[],
): Promise<AnonymousSessionRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(careAnonymousSessions)
    .where(inArray(careAnonymousSessions.id, [...ids]));
}

export interface AnonymousGroupTotal {
  networkId: string;
  clinicianId: string;
  /** As the clinician was named when they last recorded ("Family Given"); null if never. */
  clinicianName: string | null;
  function: string;
  groups: number;
  participants: number;
}

/** Groups held and participants counted, per network, clinician and function, over [from, to). */
export async function anonymousGroupTotals(
  db: Executor,
  query: { networkIds: readonly string[]; from: string; to: string; clinicianId?: string | undefined },
): Promise<AnonymousGroupTotal[]> {
  if (query.networkIds.length === 0) return [];
  const s = careAnonymousSessions;
  const rows = await db
    .select({
      networkId: s.networkId,
      clinicianId: s.clinicianId,
      familyName: careClinicians.familyName,
      givenName: careClinicians.givenName,
      function: s.function,
      groups: countDistinct(s.groupKey),
      participants: count(s.id),
    })
    .from(s)
    .leftJoin(careClinicians, eq(careClinicians.id, s.clinicianId))
    .where(
      and(
        inArray(s.networkId, [...query.networkIds]),
        gte(s.date, query.from),
        lt(s.date, query.to),
        query.clinicianId ? eq(s.clinicianId, query.clinicianId) : undefined,
      ),
    )
    .groupBy(s.networkId, s.clinicianId, careClinicians.familyName, careClinicians.givenName, s.function)
    .orderBy(s.networkId, s.clinicianId, s.function);
  return rows.map(({ familyName, givenName, ...row }) => ({
    ...row,
    clinicianName: familyName === null ? null : `${familyName} ${givenName}`,
    groups: Number(row.groups),
    participants: Number(row.participants),
  }));
}
