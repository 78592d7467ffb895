// The professionals' contacts and links as reference data: seeded once from
// data/brussels-contacts.json and the reference data's zone mailboxes, then edited by network
// admins (professional-info.edit on the networks the area, network or zone belongs to; audited).

import { readFileSync } from 'node:fs';
import { audit } from '../platform/audit/audit.ts';
import { authorize, can, type Resource, requireUser } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import type { Database } from '../platform/db/database.ts';
import type { ReferenceService } from '../reference/service.ts';
import { CONTACT_FIELDS, type ContactData, type ContactScope, checkContacts } from './domain/contacts.ts';
import * as store from './store.ts';

const SEED = new URL('./data/brussels-contacts.json', import.meta.url);

interface SeedFile {
  areas: Record<string, ContactData>;
  networks: Record<string, ContactData>;
  zones: Record<string, ContactData>;
}

export interface ContactsView {
  area(id: string): ContactData;
  network(id: string): ContactData;
  zone(id: string): ContactData;
}

/** Every field of the scope, empty where nothing is known. */
function complete(scope: ContactScope, data: ContactData | undefined): ContactData {
  return Object.fromEntries(Object.keys(CONTACT_FIELDS[scope]).map((field) => [field, data?.[field] ?? '']));
}

export class ProfessionalContacts {
  constructor(
    private readonly database: Database,
    readonly reference: ReferenceService,
  ) {}

  /** Writes the seed values of every known area, network and zone that has no row yet. */
  async seed(): Promise<void> {
    const seed = JSON.parse(readFileSync(SEED, 'utf8')) as SeedFile;
    const { areas, networks, zones } = this.reference.snapshot();
    const db = this.database.db;
    for (const id of areas.keys()) await store.seedContacts(db, 'area', id, complete('area', seed.areas[id]));
    for (const id of networks.keys())
      await store.seedContacts(db, 'network', id, complete('network', seed.networks[id]));
    for (const [id, zone] of zones) {
      const phone = zone.phone ?? seed.zones[id]?.phone ?? '';
      await store.seedContacts(db, 'zone', id, complete('zone', { email: zone.email, phone }));
    }
  }

  async view(): Promise<ContactsView> {
    const rows = await store.allContacts(this.database.db);
    const of = (scope: ContactScope, id: string) =>
      complete(scope, rows.find((row) => row.scopeType === scope && row.scopeId === id)?.data);
    return {
      area: (id) => of('area', id),
      network: (id) => of('network', id),
      zone: (id) => of('zone', id),
    };
  }

  /** The networks a scope belongs to: an area's networks are those of its zones. */
  resourceOf(scope: ContactScope, id: string): Resource | null {
    const snapshot = this.reference.snapshot();
    const networkIds =
      scope === 'network'
        ? snapshot.networks.has(id)
          ? [id]
          : null
        : scope === 'zone'
          ? (snapshot.zones.get(id)?.networkIds ?? null)
          : snapshot.areas.has(id)
            ? [
                ...new Set(
                  [...snapshot.zones.values()].filter((z) => z.areaId === id).flatMap((z) => z.networkIds),
                ),
              ]
            : null;
    return networkIds ? { type: 'network', networkIds } : null;
  }

  /** Every scope the person may edit, in page order: areas, networks, zones. */
  editable(user: CurrentUser | null): Array<{ scope: ContactScope; id: string }> {
    const snapshot = this.reference.snapshot();
    const all = [
      ...[...snapshot.areas.keys()].map((id) => ({ scope: 'area' as const, id })),
      ...[...snapshot.networks.keys()].map((id) => ({ scope: 'network' as const, id })),
      ...[...snapshot.zones.keys()].map((id) => ({ scope: 'zone' as const, id })),
    ];
    return all.filter(({ scope, id }) => {
      const resource = this.resourceOf(scope, id);
      return resource !== null && can(user, 'professional-info.edit', resource);
    });
  }

  async save(
    user: CurrentUser | null,
    scope: ContactScope,
    id: string,
    form: Readonly<Record<string, string>>,
  ): Promise<ReturnType<typeof checkContacts> | null> {
    const person = requireUser(user);
    const resource = this.resourceOf(scope, id);
    if (!resource) return null;
    authorize(person, 'professional-info.edit', resource);
    const checked = checkContacts(scope, form);
    if (!checked.ok) return checked;
    await this.database.db.transaction(async (tx) => {
      await store.saveContacts(tx, scope, id, checked.value);
      for (const networkId of resource.networkIds ?? [])
        await audit.record(tx, {
          actor: person,
          action: 'professional-info.edit',
          resource: { type: `${scope}-contacts`, id },
          networkId,
          detail: { scope, id },
        });
    });
    return checked;
  }
}
