import { randomUUID } from 'node:crypto';
import { count, eq, gt, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.ts';
import type { Clinician, NewClinician } from './domain/types.ts';
import { clinicianAccounts, clinicianLocations, clinicianNetworks, clinicians } from './tables.ts';

/**
 * Serialises directory writes. Revisions come from a sequence; without the lock, a transaction
 * holding revision 7 could commit after another holding 8, and an instance that already read 8
 * would never see 7. With it, revisions become visible in order.
 */
const DIRECTORY_WRITE_LOCK = 7_340_022;
/** Rows per statement: keeps every statement well under PostgreSQL's 65,535 parameters. */
const BATCH = 500;

export async function nextRevision(tx: Executor): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(${DIRECTORY_WRITE_LOCK})`);
  const result = await tx.execute<{ revision: string | number }>(
    sql`select nextval('directory_revision') as revision`,
  );
  return Number(result.rows[0]!.revision);
}

function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** On a known id, every profile column takes the new value; `created_at` stays. */
const UPDATED_COLUMNS = [
  'kind',
  'givenName',
  'familyName',
  'inami',
  'visa',
  'languages',
  'ageGroups',
  'functions',
  'modes',
  'specialities',
  'acceptingNewPatients',
  'waitingBand',
  'phone',
  'email',
  'website',
  'listed',
  'updatedAt',
  'revision',
] as const satisfies ReadonlyArray<keyof typeof clinicians.$inferInsert>;

const fromExcluded: Record<string, SQL> = Object.fromEntries(
  UPDATED_COLUMNS.map((key) => [key, sql.raw(`excluded."${clinicians[key].name}"`)]),
);

export interface SaveOutcome {
  ids: string[];
  created: number;
  updated: number;
}

/**
 * Creates or replaces clinicians (a given id that exists is replaced, with its locations and
 * memberships), all under one new revision. The caller holds the transaction.
 */
export async function saveClinicians(tx: Executor, inputs: readonly NewClinician[]): Promise<SaveOutcome> {
  if (inputs.length === 0) return { ids: [], created: 0, updated: 0 };
  const revision = await nextRevision(tx);
  const now = new Date();
  const withIds = inputs.map((input) => ({ ...input, id: input.id ?? randomUUID() }));
  let updated = 0;
  for (const batch of chunks(withIds)) {
    const ids = batch.map((input) => input.id);
    const existing = await tx
      .select({ id: clinicians.id })
      .from(clinicians)
      .where(inArray(clinicians.id, ids));
    updated += existing.length;
    await tx
      .insert(clinicians)
      .values(
        batch.map(({ locations: _l, networks: _n, updatedAt, ...profile }) => ({
          ...profile,
          revision,
          updatedAt: updatedAt ? new Date(updatedAt) : now,
        })),
      )
      .onConflictDoUpdate({ target: clinicians.id, set: fromExcluded });
    if (existing.length > 0) {
      const replaced = existing.map((row) => row.id);
      await tx.delete(clinicianLocations).where(inArray(clinicianLocations.clinicianId, replaced));
      await tx.delete(clinicianNetworks).where(inArray(clinicianNetworks.clinicianId, replaced));
    }
    const locations = batch.flatMap((input) =>
      input.locations.map((location, position) => ({ ...location, clinicianId: input.id, position })),
    );
    for (const part of chunks(locations)) await tx.insert(clinicianLocations).values(part);
    const memberships = batch.flatMap((input) =>
      input.networks.map((networkId) => ({ clinicianId: input.id, networkId })),
    );
    for (const part of chunks(memberships)) await tx.insert(clinicianNetworks).values(part);
  }
  return { ids: withIds.map((input) => input.id), created: withIds.length - updated, updated };
}

/** INAMI number → clinician id, for the given numbers that are already in the directory. */
export async function idsByInami(db: Executor, inamis: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const part of chunks(inamis)) {
    const rows = await db
      .select({ id: clinicians.id, inami: clinicians.inami })
      .from(clinicians)
      .where(inArray(clinicians.inami, part));
    for (const row of rows) if (row.inami) found.set(row.inami, row.id);
  }
  return found;
}

type ClinicianRow = typeof clinicians.$inferSelect;
type LocationRow = typeof clinicianLocations.$inferSelect;
type MembershipRow = typeof clinicianNetworks.$inferSelect;

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

/**
 * One copy of each value that many clinicians share (codes, languages, networks, postcodes). The
 * database driver gives every row its own strings: with the whole country's 20,000 clinicians in
 * memory, a heap snapshot held 'practice' 24,955 times and 'fr' 18,675 times, three times as many
 * strings as Brussels' directory. Free text (names, streets) is not shared.
 */
const sharedValues = new Map<string, string>();

function shared<T extends string>(value: T): T {
  const known = sharedValues.get(value);
  if (known !== undefined) return known as T;
  sharedValues.set(value, value);
  return value;
}

const sharedAll = <T extends string>(values: readonly string[]): T[] => values.map((v) => shared(v as T));

function toClinician(row: ClinicianRow, locations: LocationRow[], memberships: MembershipRow[]): Clinician {
  return {
    ...row,
    kind: shared(row.kind as Clinician['kind']),
    languages: sharedAll(row.languages),
    ageGroups: sharedAll(row.ageGroups),
    functions: sharedAll(row.functions),
    modes: sharedAll(row.modes),
    specialities: sharedAll(row.specialities),
    waitingBand: shared(row.waitingBand as Clinician['waitingBand']),
    updatedAt: row.updatedAt.toISOString(),
    networks: memberships.map((m) => shared(m.networkId)).sort(),
    locations: locations
      .sort((a, b) => a.position - b.position)
      .map(({ clinicianId: _c, position: _p, ...location }) => ({
        ...location,
        kind: shared(location.kind as Clinician['locations'][number]['kind']),
        postcode: shared(location.postcode),
      })),
  };
}

function join(
  rows: ClinicianRow[],
  locationRows: LocationRow[],
  membershipRows: MembershipRow[],
): Clinician[] {
  const locationsOf = groupBy(locationRows, (row) => row.clinicianId);
  const networksOf = groupBy(membershipRows, (row) => row.clinicianId);
  return rows.map((row) => toClinician(row, locationsOf.get(row.id) ?? [], networksOf.get(row.id) ?? []));
}

async function assemble(db: Executor, rows: ClinicianRow[]): Promise<Clinician[]> {
  const locationRows: LocationRow[] = [];
  const membershipRows: MembershipRow[] = [];
  for (const part of chunks(rows.map((row) => row.id))) {
    locationRows.push(
      ...(await db.select().from(clinicianLocations).where(inArray(clinicianLocations.clinicianId, part))),
    );
    membershipRows.push(
      ...(await db.select().from(clinicianNetworks).where(inArray(clinicianNetworks.clinicianId, part))),
    );
  }
  return join(rows, locationRows, membershipRows);
}

/**
 * One clinician, with locations and networks, in one statement (one snapshot, one round trip):
 * recording asks for the clinician on every session it records.
 */
async function oneClinician(db: Executor, where: SQL): Promise<Clinician | null> {
  const rows = await db
    .select({
      clinician: clinicians,
      location: clinicianLocations,
      networks: sql<string[]>`array(select ${clinicianNetworks.networkId} from ${clinicianNetworks}
        where ${clinicianNetworks.clinicianId} = ${clinicians.id})`,
    })
    .from(clinicians)
    .leftJoin(clinicianLocations, eq(clinicianLocations.clinicianId, clinicians.id))
    .where(where);
  const first = rows[0];
  if (!first) return null;
  return toClinician(
    first.clinician,
    rows.flatMap((row) => (row.location ? [row.location] : [])),
    first.networks.map((networkId) => ({ clinicianId: first.clinician.id, networkId })),
  );
}

export function findClinician(db: Executor, id: string): Promise<Clinician | null> {
  return oneClinician(db, eq(clinicians.id, id));
}

/** The clinician profile linked to an account, or null. */
export function findClinicianOfAccount(db: Executor, accountId: string): Promise<Clinician | null> {
  return oneClinician(
    db,
    eq(
      clinicians.id,
      sql`(select ${clinicianAccounts.clinicianId} from ${clinicianAccounts}
        where ${clinicianAccounts.accountId} = ${accountId})`,
    ),
  );
}

/**
 * Every clinician written after `revision` (listed or not): how each instance's read model is
 * built (from 0) and catches up. One read-only snapshot, so a profile never comes back with
 * another write's locations.
 */
export async function cliniciansChangedSince(db: Executor, revision: number): Promise<Clinician[]> {
  return db.transaction(
    async (tx) => {
      const rows = await tx.select().from(clinicians).where(gt(clinicians.revision, revision));
      if (rows.length === 0) return [];
      if (revision > 0) return assemble(tx, rows);
      // The first load takes everything: three statements instead of thousands of ids.
      const locationRows = await tx.select().from(clinicianLocations);
      const membershipRows = await tx.select().from(clinicianNetworks);
      return join(rows, locationRows, membershipRows);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

export async function latestRevision(db: Executor): Promise<number> {
  const result = await db.execute<{ revision: string | number | null }>(
    sql`select max(revision) as revision from clinicians`,
  );
  return Number(result.rows[0]?.revision ?? 0);
}

export async function countClinicians(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(clinicians);
  return row?.n ?? 0;
}
