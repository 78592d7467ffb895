// The Brussels reference data as a routing snapshot, built without a database, so the pure
// routing rules can be tested on the very data Passerelle ships.

import { readFileSync } from 'node:fs';
import { readCsv } from '../../src/platform/csv.ts';
import { withGermanPlaceNames } from '../../src/reference/domain/belgium.ts';
import { validatePostcodes } from '../../src/reference/domain/import.ts';
import { networkFromPack, type ReferencePack, territoryOf } from '../../src/reference/domain/pack.ts';
import { type ReferenceSnapshot, type Requester, withGermanName } from '../../src/reference/domain/types.ts';
import { BUNDLED_PACK, BUNDLED_POSTCODES, belgianCommunes } from '../../src/reference/service.ts';

export function brusselsPack(): ReferencePack {
  return JSON.parse(readFileSync(BUNDLED_PACK, 'utf8')) as ReferencePack;
}

export function brusselsSnapshot(): ReferenceSnapshot {
  const pack = brusselsPack();
  const checked = validatePostcodes(
    readCsv(readFileSync(BUNDLED_POSTCODES, 'utf8')),
    new Set(pack.zones.map((z) => z.id)),
  );
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const places = { ...checked.value, ...withGermanPlaceNames(belgianCommunes(), checked.value) };
  return {
    revision: 1,
    networks: new Map(
      pack.networks.map((n) => [n.id, networkFromPack(n, territoryOf(n, belgianCommunes()))]),
    ),
    communes: new Map(places.communes.map((c) => [c.nis, c])),
    localities: new Map(places.localities.map((l) => [l.postcode, l])),
    areas: new Map(pack.areas.map((a) => [a.id, { ...a, names: withGermanName(a.names) }])),
    zones: new Map(
      pack.zones.map((z) => [
        z.id,
        {
          id: z.id,
          areaId: z.area,
          names: withGermanName(z.names),
          email: z.email,
          phone: z.phone ?? null,
          networkIds: [...z.networks].sort(),
          postcodes: [...places.zoneOf]
            .filter(([, zone]) => zone === z.id)
            .map(([postcode]) => postcode)
            .sort(),
        },
      ]),
    ),
    rules: pack.rules.map((r) => ({
      areaId: r.area,
      requester: r.requester as Requester,
      language: r.language,
      zoneId: r.zone,
    })),
  };
}
