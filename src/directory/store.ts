import { eq, gt, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.ts';
import type { Clinician, NewClinician } from './domain/types.ts';
import { clinicianLocations, clinicianNetworks, clinicians } from './tables.ts';

/**
 * Serialises directory writes. Revisions come from a sequence; without the lock, a transaction
 * holding revision 7 could commit after another holding 8, and an instance that already read 8
 * would never see 7. With it, revisions become visible in order.
 */
const DIRECTORY_WRITE_LOCK = 7_340_022;

async function nextRevision(tx: Executor): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(${DIRECTORY_WRITE_LOCK})`);
  const result = await tx.execute<{ revision: string | number }>(
    sql`select nextval('directory_revision') as revision`,
  );
  return Number(result.rows[0]!.revision);
}

/** Inserts clinicians with their locations and network memberships; the caller holds the transaction. */
export async function insertClinicians(tx: Executor, inputs: NewClinician[]): Promise<string[]> {
  if (inputs.length === 0) return [];
  const revision = await nextRevision(tx);
  const ids: string[] = [];
  // Batches keep each statement well under PostgreSQL's 65,535 parameters.
  for (let start = 0; start < inputs.length; start += 500) {
    const batch = inputs.slice(start, start + 500);
    const rows = await tx
      .insert(clinicians)
      .values(
        batch.map(({ locations: _l, networks: _n, updatedAt, ...profile }) => ({
          ...profile,
          revision,
          ...(updatedAt ? { updatedAt: new Date(updatedAt) } : {}),
        })),
      )
      .returning({ id: clinicians.id });
    const batchIds = rows.map((row) => row.id);
    ids.push(...batchIds);
    const locations = batch.flatMap((input, i) =>
      input.locations.map((location, position) => ({ ...location, clinicianId: batchIds[i]!, position })),
    );
    if (locations.length > 0) await tx.insert(clinicianLocations).values(locations);
    const memberships = batch.flatMap((input, i) =>
      input.networks.map((networkId) => ({ clinicianId: batchIds[i]!, networkId })),
    );
    if (memberships.length > 0) await tx.insert(clinicianNetworks).values(memberships);
  }
  return ids;
}

type ClinicianRow = typeof clinicians.$inferSelect;

/** Map.groupBy arrived in Node 21; Passerelle supports Node 20. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

async function assemble(db: Executor, rows: ClinicianRow[]): Promise<Clinician[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [locationRows, networkRows] = await Promise.all([
    db
      .select()
      .from(clinicianLocations)
      .where(inArray(clinicianLocations.clinicianId, ids))
      .orderBy(clinicianLocations.position),
    db.select().from(clinicianNetworks).where(inArray(clinicianNetworks.clinicianId, ids)),
  ]);
  const locationsOf = groupBy(locationRows, (row) => row.clinicianId);
  const networksOf = groupBy(networkRows, (row) => row.clinicianId);
  return rows.map((row) => ({
    ...row,
    kind: row.kind as Clinician['kind'],
    ageGroups: row.ageGroups as Clinician['ageGroups'],
    functions: row.functions as Clinician['functions'],
    modes: row.modes as Clinician['modes'],
    waitingBand: row.waitingBand as Clinician['waitingBand'],
    updatedAt: row.updatedAt.toISOString(),
    networks: (networksOf.get(row.id) ?? []).map((m) => m.networkId).sort(),
    locations: (locationsOf.get(row.id) ?? []).map(({ clinicianId: _c, position: _p, ...location }) => ({
      ...location,
      kind: location.kind as Clinician['locations'][number]['kind'],
    })),
  }));
}

export async function findClinician(db: Executor, id: string): Promise<Clinician | null> {
  const rows = await db.select().from(clinicians).where(eq(clinicians.id, id));
  return (await assemble(db, rows))[0] ?? null;
}

/** Every clinician written after `revision` (listed or not): how each instance's read model catches up. */
export async function cliniciansChangedSince(db: Executor, revision: number): Promise<Clinician[]> {
  const rows = await db
    .select()
    .from(clinicians)
    .where(gt(clinicians.revision, revision))
    .orderBy(clinicians.revision);
  return assemble(db, rows);
}

export async function latestRevision(db: Executor): Promise<number> {
  const result = await db.execute<{ revision: string | number | null }>(
    sql`select max(revision) as revision from clinicians`,
  );
  return Number(result.rows[0]?.revision ?? 0);
}
