import Type, { type Static } from 'typebox';
import type { RowError } from '../../platform/csv.ts';
import { BODY_ID } from '../../platform/identifiers/body-id.ts';
import { EMAIL_MAX_LENGTH, EMAIL_PATTERN } from '../../platform/identifiers/email.ts';
import type { BelgianCommunes } from './belgium.ts';
import { NIS_PATTERN } from './places.ts';
import {
  NETWORK_KINDS,
  type Network,
  type NetworkKind,
  REQUESTERS,
  type Requester,
  withGermanName,
} from './types.ts';

// A reference pack describes a region's networks (kind, ages, languages, territory, contacts and
// links, deciding bodies with their quorums), coordination areas, zones and routing rules
// (data/brussels-reference.json). Zone territories come from the postcodes file's `zone` column.
// A network's territory is its communes (NIS codes), and/or whole provinces (youth networks
// follow the province) less some communes (the German-speaking Community's, say).

const Id = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,62}$', maxLength: 63 });
/** German is optional: most networks have no German name (the French one stands in). */
const Names = Type.Object(
  {
    fr: Type.String({ minLength: 1, maxLength: 200 }),
    nl: Type.String({ minLength: 1, maxLength: 200 }),
    en: Type.String({ minLength: 1, maxLength: 200 }),
    de: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);
const Email = Type.String({ pattern: EMAIL_PATTERN, maxLength: EMAIL_MAX_LENGTH });
const Nis = Type.String({ pattern: NIS_PATTERN.source, maxLength: 5 });
const Url = Type.String({ pattern: '^https?://[^\\s]{1,500}$', maxLength: 508 });
const Phone = Type.String({ minLength: 1, maxLength: 40 });
const BodyId = Type.String({ pattern: BODY_ID.source, maxLength: 63 });

export const ReferencePackSchema = Type.Object(
  {
    areas: Type.Array(Type.Object({ id: Id, names: Names, email: Email }, { additionalProperties: false })),
    networks: Type.Array(
      Type.Object(
        {
          id: Id,
          // A union built from the list reads as `never` to the type-checker: typed as the list's type.
          kind: Type.Unsafe<NetworkKind>(Type.Union(NETWORK_KINDS.map((kind) => Type.Literal(kind)))),
          names: Names,
          minAge: Type.Integer({ minimum: 0, maximum: 120 }),
          maxAge: Type.Union([Type.Integer({ minimum: 0, maximum: 120 }), Type.Null()]),
          website: Type.Optional(Type.Union([Type.String({ maxLength: 508 }), Type.Null()])),
          email: Type.Optional(Type.Union([Email, Type.Null()])),
          phone: Type.Optional(Type.Union([Phone, Type.Null()])),
          /** ISO 639-1 codes of the languages the network serves, its main one first. */
          languages: Type.Optional(
            Type.Array(Type.String({ pattern: '^[a-z]{2}$', maxLength: 2 }), { maxItems: 10 }),
          ),
          communes: Type.Optional(Type.Array(Nis, { maxItems: 600 })),
          /** Whole provinces by name (French or Dutch), or "brussels" for the Brussels region. */
          provinces: Type.Optional(
            Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 11 }),
          ),
          /** Communes taken out of those provinces. */
          exceptCommunes: Type.Optional(Type.Array(Nis, { maxItems: 600 })),
          /** False for a network whose clinicians are not in Passerelle (the finder links to it instead). */
          listedInPasserelle: Type.Optional(Type.Boolean()),
          /** Where the network lists its clinicians itself, when they are not in Passerelle. */
          cliniciansUrl: Type.Optional(Type.Union([Url, Type.Null()])),
          /** Where the facts come from. */
          source: Type.Optional(Type.String({ maxLength: 500 })),
        },
        { additionalProperties: false },
      ),
    ),
    zones: Type.Array(
      Type.Object(
        {
          id: Id,
          area: Id,
          names: Names,
          email: Email,
          phone: Type.Optional(Type.Union([Type.String(), Type.Null()])),
          networks: Type.Array(Id, { minItems: 1 }),
        },
        { additionalProperties: false },
      ),
    ),
    /** Deciding bodies: who validates applications for which networks, and their quorum. */
    bodies: Type.Optional(
      Type.Array(
        Type.Object(
          {
            id: BodyId,
            names: Names,
            networks: Type.Array(Id, { minItems: 1, maxItems: 40 }),
            delegatedBy: Type.Optional(Type.Array(BodyId, { maxItems: 40 })),
            /** Where the facts come from (who decides; whether the quorum is published). */
            source: Type.Optional(Type.String({ maxLength: 500 })),
            quorum: Type.Object(
              {
                minimumPresent: Type.Integer({ minimum: 1, maximum: 200 }),
                majorityOfMembers: Type.Boolean(),
              },
              { additionalProperties: false },
            ),
          },
          { additionalProperties: false },
        ),
      ),
    ),
    rules: Type.Array(
      Type.Object(
        {
          area: Id,
          requester: Type.Unsafe<Requester>(
            Type.Union(REQUESTERS.map((requester) => Type.Literal(requester))),
          ),
          language: Type.String({ pattern: '^[a-z]{2}$', maxLength: 2 }),
          zone: Id,
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export type ReferencePack = Static<typeof ReferencePackSchema>;
export type PackNetwork = ReferencePack['networks'][number];
export type PackBody = NonNullable<ReferencePack['bodies']>[number];

/** A pack's network as routing sees it, its territory resolved (`territoryOf`). */
export function networkFromPack(n: PackNetwork, communes: ReadonlySet<string>): Network {
  return {
    id: n.id,
    kind: n.kind,
    names: withGermanName(n.names),
    minAge: n.minAge,
    maxAge: n.maxAge,
    website: n.website ?? null,
    email: n.email ?? null,
    phone: n.phone ?? null,
    languages: n.languages ?? [],
    listedInPasserelle: n.listedInPasserelle ?? true,
    cliniciansUrl: n.cliniciansUrl ?? null,
    communes,
  };
}

/** A network's territory as NIS codes: its communes, plus its provinces less the exceptions. */
export function territoryOf(network: PackNetwork, national: BelgianCommunes): Set<string> {
  const communes = new Set(network.communes ?? []);
  for (const name of network.provinces ?? []) {
    const unit = national.unitNamed(name);
    for (const nis of (unit && national.units.get(unit)) || []) communes.add(nis);
  }
  for (const nis of network.exceptCommunes ?? []) communes.delete(nis);
  return communes;
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

/**
 * Checks what a schema cannot: ids are unique and every reference points at something that
 * exists in the pack, the database (`existing`) or the postcodes imported alongside.
 */
export function checkPackReferences(
  pack: ReferencePack,
  existing: { areas: ReadonlySet<string>; networks: ReadonlySet<string>; communes: ReadonlySet<string> },
  national: BelgianCommunes,
): RowError[] {
  const errors: RowError[] = [];
  const areas = new Set([...existing.areas, ...pack.areas.map((a) => a.id)]);
  const networks = new Set([...existing.networks, ...pack.networks.map((n) => n.id)]);
  const zones = new Set(pack.zones.map((z) => z.id));
  for (const [list, ids] of [
    ['areas', pack.areas.map((a) => a.id)],
    ['networks', pack.networks.map((n) => n.id)],
    ['zones', pack.zones.map((z) => z.id)],
  ] as const) {
    for (const id of duplicates([...ids]))
      errors.push({ row: 0, column: list, code: 'duplicate-id', values: { value: id } });
  }
  pack.networks.forEach((network, index) => {
    const column = `networks[${index}]`;
    if (network.maxAge !== null && network.maxAge < network.minAge)
      errors.push({ row: 0, column, code: 'age-range' });
    // A territory may name communes whose postcodes are not loaded yet: the national list knows them.
    for (const nis of [...(network.communes ?? []), ...(network.exceptCommunes ?? [])]) {
      if (!existing.communes.has(nis) && !national.byNis.has(nis))
        errors.push({ row: 0, column, code: 'unknown-commune', values: { value: nis } });
    }
    for (const name of network.provinces ?? []) {
      if (!national.unitNamed(name))
        errors.push({ row: 0, column, code: 'unknown-province', values: { value: name } });
    }
    if (network.listedInPasserelle === false && !network.cliniciansUrl && !network.website)
      errors.push({ row: 0, column, code: 'external-without-link' });
  });
  const bodies = pack.bodies ?? [];
  for (const id of duplicates(bodies.map((b) => b.id)))
    errors.push({ row: 0, column: 'bodies', code: 'duplicate-id', values: { value: id } });
  bodies.forEach((body, index) => {
    const column = `bodies[${index}]`;
    for (const id of body.networks) {
      if (!networks.has(id)) errors.push({ row: 0, column, code: 'unknown-network', values: { value: id } });
    }
    for (const id of body.delegatedBy ?? []) {
      if (id === body.id || !bodies.some((other) => other.id === id))
        errors.push({ row: 0, column, code: 'unknown-body', values: { value: id } });
    }
  });
  pack.zones.forEach((zone, index) => {
    const column = `zones[${index}]`;
    if (!areas.has(zone.area))
      errors.push({ row: 0, column, code: 'unknown-area', values: { value: zone.area } });
    for (const id of zone.networks) {
      if (!networks.has(id)) errors.push({ row: 0, column, code: 'unknown-network', values: { value: id } });
    }
  });
  pack.rules.forEach((rule, index) => {
    const column = `rules[${index}]`;
    if (!areas.has(rule.area))
      errors.push({ row: 0, column, code: 'unknown-area', values: { value: rule.area } });
    if (!zones.has(rule.zone))
      errors.push({ row: 0, column, code: 'unknown-zone', values: { value: rule.zone } });
  });
  return errors;
}
