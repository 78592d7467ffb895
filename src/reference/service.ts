import { readFileSync } from 'node:fs';
import Value from 'typebox/value';
import { CsvError, type RowError, readCsv } from '../platform/csv.ts';
import type { Database, Executor } from '../platform/db/database.ts';
import { BelgianCommunes, readBelgianCommunes } from './domain/belgium.ts';
import { type PostcodeImport, validatePostcodes } from './domain/import.ts';
import {
  checkPackReferences,
  type PackBody,
  type ReferencePack,
  ReferencePackSchema,
  territoryOf,
} from './domain/pack.ts';
import { type PlaceSearch, searchPlace } from './domain/places.ts';
import { type Route, type RoutingOutcome, type RoutingQuery, route } from './domain/routing.ts';
import { checkTerritory, type TerritoryReport } from './domain/territory.ts';
import type { ReferenceSnapshot } from './domain/types.ts';
import { existingIds, loadSnapshot, type ResolvedPack, readRevision, writeImport } from './store.ts';

export const BUNDLED_POSTCODES = new URL('./data/brussels.csv', import.meta.url);
export const BUNDLED_PACK = new URL('./data/brussels-reference.json', import.meta.url);
export const BUNDLED_COMMUNES = new URL('./data/belgium-communes.csv', import.meta.url);

let national: BelgianCommunes | undefined;

/** The 581 communes of Belgium, read once from the bundled list. */
export function belgianCommunes(): BelgianCommunes {
  national ??= new BelgianCommunes(readBelgianCommunes(readCsv(readFileSync(BUNDLED_COMMUNES, 'utf8'))));
  return national;
}

/**
 * Writes a pack's deciding bodies in the import's transaction. Bodies belong to the committees
 * capability: the composition root gives its writer (see src/networks.ts); without one, bodies
 * are checked but not written (and not counted).
 */
export type BodyWriter = (tx: Executor, bodies: readonly PackBody[]) => Promise<number>;

export type ImportOutcome =
  | {
      ok: true;
      counts: { networks: number; zones: number; communes: number; postcodes: number; bodies: number };
      /** The territory check after the import: communes of the loaded units without their networks. */
      territory: TerritoryReport;
    }
  | { ok: false; errors: RowError[] };

/** A route as the API and pages show it: plain data, the zone with the communes it covers. */
export function describeRoute(snapshot: ReferenceSnapshot, found: Route) {
  const zone = found.zone;
  const zoneCommunes = zone
    ? [...new Set(zone.postcodes.map((postcode) => snapshot.localities.get(postcode)?.communeNis))]
        .flatMap((nis) => (nis ? [snapshot.communes.get(nis)] : []))
        .flatMap((commune) => (commune ? [{ nis: commune.nis, names: commune.names }] : []))
        .sort((a, b) => a.names.fr.localeCompare(b.names.fr, 'fr'))
    : [];
  return {
    place: { postcode: found.locality.postcode, names: found.locality.names },
    commune: { nis: found.commune.nis, names: found.commune.names },
    networks: found.networks.map((network) => ({
      id: network.id,
      kind: network.kind,
      names: network.names,
      minAge: network.minAge,
      maxAge: network.maxAge,
      website: network.website,
      languages: [...network.languages],
    })),
    zone: zone
      ? {
          id: zone.id,
          names: zone.names,
          email: zone.email,
          phone: zone.phone,
          reason: found.zoneReason ?? 'territory',
          communes: zoneCommunes,
          // Sections of a commune are named as people know them (Laeken, Haren), not as the City.
          localities: zone.postcodes.flatMap((postcode) => {
            const locality = snapshot.localities.get(postcode);
            return locality ? [{ postcode, names: locality.names }] : [];
          }),
          postcodes: [...zone.postcodes],
        }
      : null,
  };
}

export type RouteDescription = ReturnType<typeof describeRoute>;

/** Structural problems in a pack, in the same form as row errors (row 0, the JSON path as column). */
function packSchemaErrors(input: unknown): RowError[] {
  return [...Value.Errors(ReferencePackSchema, input)]
    .filter((error) => error.keyword !== 'anyOf' && error.keyword !== 'boolean')
    .map((error) => ({
      row: 0,
      column: error.instancePath || '/',
      code: 'schema',
      values: { detail: error.message },
    }));
}

/**
 * Networks, places, zones and routing. Holds the reference data in memory (it is small and
 * read on every search) and reloads it when an import on any instance bumps its revision.
 */
export class ReferenceService {
  private constructor(
    private readonly database: Database,
    private current: ReferenceSnapshot,
    private readonly writeBodies: BodyWriter | null,
  ) {}

  static async open(
    database: Database,
    options: { writeBodies?: BodyWriter } = {},
  ): Promise<ReferenceService> {
    return new ReferenceService(
      database,
      await loadSnapshot(database.db, belgianCommunes()),
      options.writeBodies ?? null,
    );
  }

  /** Every commune of the loaded units against the networks' territories (`passerelle check territory`). */
  checkTerritory(): TerritoryReport {
    return checkTerritory(belgianCommunes(), this.current.networks.values());
  }

  snapshot(): ReferenceSnapshot {
    return this.current;
  }

  /** Reloads when another instance (or the CLI) imported reference data. */
  async refreshIfChanged(): Promise<boolean> {
    const revision = await readRevision(this.database.db);
    if (revision === this.current.revision) return false;
    this.current = await loadSnapshot(this.database.db, belgianCommunes());
    return true;
  }

  route(query: RoutingQuery): RoutingOutcome {
    return route(this.current, query);
  }

  searchPlace(input: string): PlaceSearch {
    return searchPlace(this.current, input);
  }

  isEmpty(): boolean {
    return this.current.networks.size === 0 && this.current.localities.size === 0;
  }

  /**
   * Imports a reference pack (JSON) and/or a postcodes file (CSV) in one transaction: either
   * everything is valid and written, or nothing is and every problem is reported.
   */
  async importReference(
    input: { packJson?: string; postcodesCsv?: string },
    /** Written in the import's transaction (an admin page's audit entry), only when it imports. */
    alsoInTransaction?: (tx: Executor) => Promise<void>,
  ): Promise<ImportOutcome> {
    let pack: ReferencePack | undefined;
    if (input.packJson !== undefined) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(input.packJson);
      } catch {
        return { ok: false, errors: [{ row: 0, code: 'invalid-json' }] };
      }
      const schemaErrors = packSchemaErrors(parsed);
      if (schemaErrors.length > 0) return { ok: false, errors: schemaErrors };
      pack = parsed as ReferencePack;
    }
    const existing = await existingIds(this.database.db);
    let places: PostcodeImport | undefined;
    if (input.postcodesCsv !== undefined) {
      let table: ReturnType<typeof readCsv>;
      try {
        table = readCsv(input.postcodesCsv);
      } catch (error) {
        if (error instanceof CsvError) return { ok: false, errors: [{ row: 0, code: 'not-csv' }] };
        throw error;
      }
      const zones = new Set([...existing.zones, ...(pack?.zones.map((z) => z.id) ?? [])]);
      const checked = validatePostcodes(table, zones);
      if (!checked.ok) return checked;
      places = checked.value;
    }
    let resolved: ResolvedPack | undefined;
    if (pack) {
      const communes = new Set([...existing.communes, ...(places?.communes.map((c) => c.nis) ?? [])]);
      const errors = checkPackReferences(pack, { ...existing, communes }, belgianCommunes());
      if (errors.length > 0) return { ok: false, errors };
      resolved = {
        ...pack,
        territories: new Map(pack.networks.map((n) => [n.id, territoryOf(n, belgianCommunes())])),
      };
    }
    const bodies = pack?.bodies ?? [];
    const writeBodies = this.writeBodies;
    const written = await this.database.db.transaction(async (tx) => {
      await writeImport(tx, { pack: resolved, places });
      await alsoInTransaction?.(tx);
      return writeBodies && bodies.length > 0 ? writeBodies(tx, bodies) : 0;
    });
    this.current = await loadSnapshot(this.database.db, belgianCommunes());
    return {
      ok: true,
      counts: {
        networks: pack?.networks.length ?? 0,
        zones: pack?.zones.length ?? 0,
        communes: places?.communes.length ?? 0,
        postcodes: places?.localities.length ?? 0,
        bodies: written,
      },
      territory: this.checkTerritory(),
    };
  }

  /** Loads the Brussels reference data shipped with Passerelle. */
  seedBundled(): Promise<ImportOutcome> {
    return this.importReference({
      packJson: readFileSync(BUNDLED_PACK, 'utf8'),
      postcodesCsv: readFileSync(BUNDLED_POSTCODES, 'utf8'),
    });
  }
}
