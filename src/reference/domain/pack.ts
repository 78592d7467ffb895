import Type, { type Static } from 'typebox';
import type { RowError } from '../../platform/csv.ts';
import { EMAIL_MAX_LENGTH, EMAIL_PATTERN } from '../../platform/identifiers/email.ts';
import { NIS_PATTERN } from './places.ts';
import { NETWORK_KINDS, REQUESTERS } from './types.ts';

// A reference pack describes a region's networks, coordination areas, zones and routing rules
// (data/brussels-reference.json). Zone territories come from the postcodes file's `zone` column.

const Id = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,62}$', maxLength: 63 });
const Names = Type.Object(
  { fr: Type.String({ minLength: 1 }), nl: Type.String({ minLength: 1 }), en: Type.String({ minLength: 1 }) },
  { additionalProperties: false },
);
const Email = Type.String({ pattern: EMAIL_PATTERN, maxLength: EMAIL_MAX_LENGTH });

export const ReferencePackSchema = Type.Object(
  {
    areas: Type.Array(Type.Object({ id: Id, names: Names, email: Email }, { additionalProperties: false })),
    networks: Type.Array(
      Type.Object(
        {
          id: Id,
          kind: Type.Union(NETWORK_KINDS.map((kind) => Type.Literal(kind))),
          names: Names,
          minAge: Type.Integer({ minimum: 0, maximum: 120 }),
          maxAge: Type.Union([Type.Integer({ minimum: 0, maximum: 120 }), Type.Null()]),
          website: Type.Optional(Type.Union([Type.String(), Type.Null()])),
          email: Type.Optional(Type.Union([Email, Type.Null()])),
          communes: Type.Array(Type.String({ pattern: NIS_PATTERN.source, maxLength: 5 })),
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
    rules: Type.Array(
      Type.Object(
        {
          area: Id,
          requester: Type.Union(REQUESTERS.map((requester) => Type.Literal(requester))),
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
    for (const nis of network.communes) {
      if (!existing.communes.has(nis))
        errors.push({ row: 0, column, code: 'unknown-commune', values: { value: nis } });
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
