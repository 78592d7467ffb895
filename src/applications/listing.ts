import { randomUUID } from 'node:crypto';
import type { NewClinician } from '../directory/domain/types.ts';
import { SPECIALITIES } from '../directory/domain/types.ts';
import { audit } from '../platform/audit/audit.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import { insertGrant } from '../platform/auth/store.ts';
import type { Declaration } from './domain/declaration.ts';
import type { ApplicationService } from './service.ts';
import * as store from './store.ts';

// A signed convention makes the clinician findable: their directory profile (from the
// declaration), membership of the networks that approved, and the `clinician` role on their
// account. Suspension or end takes them out of the finder; resuming puts them back.

export class Listing {
  constructor(private readonly service: ApplicationService) {}

  private profile(row: store.ApplicationRow, id: string, listed: boolean): NewClinician {
    const d = row.details as unknown as Declaration;
    const locality = [...this.service.reference.snapshot().localities.values()].find(
      (l) => l.postcode === d.practice.postcode,
    );
    const known = new Set<string>(SPECIALITIES);
    return {
      id,
      kind: d.kind,
      givenName: d.givenName,
      familyName: d.familyName,
      inami: d.inami,
      visa: d.visa,
      languages: d.languages,
      ageGroups: d.ageGroups,
      functions: d.functions,
      modes: d.outreach ? ['individual', 'outreach'] : ['individual'],
      specialities: d.specialities.filter((s) => known.has(s)) as NewClinician['specialities'],
      acceptingNewPatients: true,
      waitingBand: 'within-a-month',
      phone: d.phone,
      email: row.applicantEmail,
      website: null,
      listed,
      networks: row.approvedNetworkIds ?? [],
      locations: locality
        ? [
            {
              kind: 'practice',
              name: null,
              street: d.practice.street,
              postcode: d.practice.postcode,
              lat: locality.lat,
              lon: locality.lon,
              wheelchair: false,
            },
          ]
        : [],
    };
  }

  /** After the signature: profile saved (created or updated), account linked and made a clinician. */
  async publish(person: CurrentUser, caseId: string): Promise<void> {
    const db = this.service.database.db;
    const row = await store.findApplication(db, caseId);
    if (row?.kind !== 'clinician') return;
    const directory = this.service.directory;
    // A clinician already in the directory (another network's convention) keeps their profile.
    const existing = row.clinicianId ? null : await directory.clinicianForAccount(row.accountId);
    const id = row.clinicianId ?? existing?.id ?? randomUUID();
    const profile = this.profile(row, id, true);
    if (existing) profile.networks = [...new Set([...existing.networks, ...profile.networks])];
    await directory.saveClinicians([profile]);
    await directory.linkAccount(id, row.accountId);
    await directory.setListed(id, true, {
      reason: 'convention signed',
      actor: { accountId: person.accountId, label: person.displayName },
    });
    await db.transaction(async (tx) => {
      await store.updateApplication(tx, caseId, { clinicianId: id });
      const grantId = await insertGrant(
        tx,
        row.accountId,
        { role: 'clinician', networkId: null, zoneId: null, bodyId: null },
        person.accountId,
      );
      await audit.record(tx, {
        actor: person,
        action: 'application.list-clinician',
        resource: { type: 'case', id: caseId },
        detail: { clinicianId: id, networkIds: row.approvedNetworkIds, grantId },
      });
    });
  }

  /** In or out of the finder, with the reason (the case action carries it too). */
  async setListed(person: CurrentUser, caseId: string, listed: boolean, reason: string): Promise<void> {
    const db = this.service.database.db;
    const row = await store.findApplication(db, caseId);
    if (row?.kind !== 'clinician' || !row.clinicianId) return;
    await this.service.directory.setListed(row.clinicianId, listed, {
      reason,
      actor: { accountId: person.accountId, label: person.displayName },
    });
    await db.transaction((tx) =>
      audit.record(tx, {
        actor: person,
        action: listed ? 'application.relist-clinician' : 'application.unlist-clinician',
        resource: { type: 'case', id: caseId },
        detail: { clinicianId: row.clinicianId, reason },
      }),
    );
  }
}
