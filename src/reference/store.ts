import { eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.ts';
import { type BelgianCommunes, withGermanPlaceNames } from './domain/belgium.ts';
import type { PostcodeImport } from './domain/import.ts';
import type { ReferencePack } from './domain/pack.ts';
import {
  type Network,
  type NetworkKind,
  type ReferenceSnapshot,
  type Requester,
  withGermanName,
  type Zone,
} from './domain/types.ts';
import {
  communes,
  coordinationAreas,
  networkCommunes,
  networks,
  postcodes,
  referenceMeta,
  zoneNetworks,
  zonePostcodes,
  zoneRules,
  zones,
} from './tables.ts';

export async function readRevision(db: Executor): Promise<number> {
  const [row] = await db
    .select({ revision: referenceMeta.revision })
    .from(referenceMeta)
    .where(eq(referenceMeta.id, 1));
  return row?.revision ?? 0;
}

/** Loads the reference data; `national` gives the communes' German names (none are stored). */
export async function loadSnapshot(db: Executor, national: BelgianCommunes): Promise<ReferenceSnapshot> {
  const [
    revision,
    networkRows,
    territory,
    communeRows,
    postcodeRows,
    areaRows,
    zoneRows,
    zoneNetworkRows,
    zonePostcodeRows,
    ruleRows,
  ] = await Promise.all([
    readRevision(db),
    db.select().from(networks),
    db.select().from(networkCommunes),
    db.select().from(communes),
    db.select().from(postcodes),
    db.select().from(coordinationAreas),
    db.select().from(zones),
    db.select().from(zoneNetworks),
    db.select().from(zonePostcodes),
    db.select().from(zoneRules).orderBy(zoneRules.id),
  ]);
  const networkMap = new Map<string, Network>(
    networkRows.map((n) => [
      n.id,
      {
        id: n.id,
        kind: n.kind as NetworkKind,
        names: withGermanName({ fr: n.nameFr, nl: n.nameNl, en: n.nameEn, de: n.nameDe }),
        minAge: n.minAge,
        maxAge: n.maxAge,
        website: n.website,
        email: n.email,
        phone: n.phone,
        languages: n.languages,
        listedInPasserelle: n.listedInPasserelle,
        cliniciansUrl: n.cliniciansUrl,
        communes: new Set(territory.filter((t) => t.networkId === n.id).map((t) => t.communeNis)),
      },
    ]),
  );
  const zoneMap = new Map<string, Zone>(
    zoneRows.map((z) => [
      z.id,
      {
        id: z.id,
        areaId: z.areaId,
        names: withGermanName({ fr: z.nameFr, nl: z.nameNl, en: z.nameEn, de: z.nameDe }),
        email: z.email,
        phone: z.phone,
        networkIds: zoneNetworkRows
          .filter((r) => r.zoneId === z.id)
          .map((r) => r.networkId)
          .sort(),
        postcodes: zonePostcodeRows
          .filter((r) => r.zoneId === z.id)
          .map((r) => r.postcode)
          .sort(),
      },
    ]),
  );
  const places = withGermanPlaceNames(national, {
    communes: communeRows.map((c) => ({
      nis: c.nis,
      names: { fr: c.nameFr, nl: c.nameNl },
      lat: c.lat,
      lon: c.lon,
    })),
    localities: postcodeRows.map((p) => ({
      postcode: p.postcode,
      names: { fr: p.localityFr, nl: p.localityNl },
      communeNis: p.communeNis,
      lat: p.lat,
      lon: p.lon,
    })),
  });
  return {
    revision,
    networks: networkMap,
    communes: new Map(places.communes.map((c) => [c.nis, c])),
    localities: new Map(places.localities.map((l) => [l.postcode, l])),
    areas: new Map(
      areaRows.map((a) => [
        a.id,
        {
          id: a.id,
          names: withGermanName({ fr: a.nameFr, nl: a.nameNl, en: a.nameEn, de: a.nameDe }),
          email: a.email,
        },
      ]),
    ),
    zones: zoneMap,
    rules: ruleRows.map((r) => ({
      areaId: r.areaId,
      requester: r.requester as Requester,
      language: r.language,
      zoneId: r.zoneId,
    })),
  };
}

export async function existingIds(db: Executor) {
  const [areaRows, networkRows, communeRows, zoneRows] = await Promise.all([
    db.select({ id: coordinationAreas.id }).from(coordinationAreas),
    db.select({ id: networks.id }).from(networks),
    db.select({ id: communes.nis }).from(communes),
    db.select({ id: zones.id }).from(zones),
  ]);
  const ids = (rows: Array<{ id: string }>) => new Set(rows.map((r) => r.id));
  return {
    areas: ids(areaRows),
    networks: ids(networkRows),
    communes: ids(communeRows),
    zones: ids(zoneRows),
  };
}

function excluded(column: string) {
  return sql.raw(`excluded.${column}`);
}

/** A pack whose networks' territories are already resolved to NIS codes (provinces expanded). */
export type ResolvedPack = ReferencePack & { territories: ReadonlyMap<string, ReadonlySet<string>> };

async function writeAreasAndNetworks(tx: Executor, pack: ResolvedPack): Promise<void> {
  for (const a of pack.areas) {
    const values = {
      id: a.id,
      nameFr: a.names.fr,
      nameNl: a.names.nl,
      nameEn: a.names.en,
      nameDe: a.names.de ?? null,
      email: a.email,
    };
    await tx
      .insert(coordinationAreas)
      .values(values)
      .onConflictDoUpdate({ target: coordinationAreas.id, set: values });
  }
  for (const n of pack.networks) {
    const values = {
      id: n.id,
      kind: n.kind,
      nameFr: n.names.fr,
      nameNl: n.names.nl,
      nameEn: n.names.en,
      nameDe: n.names.de ?? null,
      minAge: n.minAge,
      maxAge: n.maxAge,
      website: n.website ?? null,
      email: n.email ?? null,
      phone: n.phone ?? null,
      languages: n.languages ?? [],
      listedInPasserelle: n.listedInPasserelle ?? true,
      cliniciansUrl: n.cliniciansUrl ?? null,
    };
    await tx.insert(networks).values(values).onConflictDoUpdate({ target: networks.id, set: values });
  }
}

async function writeZonesTerritoriesAndRules(tx: Executor, pack: ResolvedPack): Promise<void> {
  for (const z of pack.zones) {
    const values = {
      id: z.id,
      areaId: z.area,
      nameFr: z.names.fr,
      nameNl: z.names.nl,
      nameEn: z.names.en,
      nameDe: z.names.de ?? null,
      email: z.email,
      phone: z.phone ?? null,
    };
    await tx.insert(zones).values(values).onConflictDoUpdate({ target: zones.id, set: values });
    await tx.delete(zoneNetworks).where(eq(zoneNetworks.zoneId, z.id));
    await tx.insert(zoneNetworks).values(z.networks.map((networkId) => ({ zoneId: z.id, networkId })));
  }
  for (const n of pack.networks) {
    // A pack states a network's whole territory: it replaces the previous one.
    await tx.delete(networkCommunes).where(eq(networkCommunes.networkId, n.id));
    const territory = [...(pack.territories.get(n.id) ?? [])];
    if (territory.length > 0) {
      await tx.insert(networkCommunes).values(territory.map((nis) => ({ networkId: n.id, communeNis: nis })));
    }
  }
  const areaIds = [...new Set(pack.rules.map((r) => r.area))];
  if (areaIds.length > 0) await tx.delete(zoneRules).where(inArray(zoneRules.areaId, areaIds));
  if (pack.rules.length > 0) {
    await tx.insert(zoneRules).values(
      pack.rules.map((r) => ({
        areaId: r.area,
        requester: r.requester,
        language: r.language,
        zoneId: r.zone,
      })),
    );
  }
}

async function writePlaces(tx: Executor, places: PostcodeImport): Promise<void> {
  if (places.communes.length > 0) {
    await tx
      .insert(communes)
      .values(
        places.communes.map((c) => ({
          nis: c.nis,
          nameFr: c.names.fr,
          nameNl: c.names.nl,
          lat: c.lat,
          lon: c.lon,
        })),
      )
      .onConflictDoUpdate({
        target: communes.nis,
        set: {
          nameFr: excluded('name_fr'),
          nameNl: excluded('name_nl'),
          lat: excluded('lat'),
          lon: excluded('lon'),
        },
      });
  }
  if (places.localities.length > 0) {
    await tx
      .insert(postcodes)
      .values(
        places.localities.map((l) => ({
          postcode: l.postcode,
          localityFr: l.names.fr,
          localityNl: l.names.nl,
          communeNis: l.communeNis,
          lat: l.lat,
          lon: l.lon,
        })),
      )
      .onConflictDoUpdate({
        target: postcodes.postcode,
        set: {
          localityFr: excluded('locality_fr'),
          localityNl: excluded('locality_nl'),
          communeNis: excluded('commune_nis'),
          lat: excluded('lat'),
          lon: excluded('lon'),
        },
      });
  }
}

async function writeZoneAssignments(tx: Executor, places: PostcodeImport): Promise<void> {
  // The file states each listed postcode's zone: it replaces the previous assignment.
  const assigned = [...places.zoneOf.keys()];
  if (assigned.length === 0) return;
  await tx.delete(zonePostcodes).where(inArray(zonePostcodes.postcode, assigned));
  await tx
    .insert(zonePostcodes)
    .values([...places.zoneOf].map(([postcode, zoneId]) => ({ zoneId, postcode })));
}

/**
 * Writes an import in dependency order (areas and networks, places, zones and territories,
 * zone assignments), so a new region's pack and postcodes can arrive together in one
 * transaction, which the caller holds.
 */
export async function writeImport(
  tx: Executor,
  input: { pack?: ResolvedPack | undefined; places?: PostcodeImport | undefined },
): Promise<void> {
  if (input.pack) await writeAreasAndNetworks(tx, input.pack);
  if (input.places) await writePlaces(tx, input.places);
  if (input.pack) await writeZonesTerritoriesAndRules(tx, input.pack);
  if (input.places) await writeZoneAssignments(tx, input.places);
  await tx
    .insert(referenceMeta)
    .values({ id: 1, revision: 1 })
    .onConflictDoUpdate({ target: referenceMeta.id, set: { revision: sql`${referenceMeta.revision} + 1` } });
}
