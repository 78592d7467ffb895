import { randomUUID } from 'node:crypto';
import type { ConventionEventKind } from '../directory/conventions.ts';
import type { NewClinician } from '../directory/domain/types.ts';
import { inamisIn } from '../directory/services.ts';
import { audit } from '../platform/audit/audit.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import { deleteGrant, grantsOf, insertGrant } from '../platform/auth/store.ts';
import type { Executor } from '../platform/db/database.ts';
import { brusselsDay } from '../platform/identifiers/belgian-date.ts';
import { isOneOf, SPECIALITIES } from '../platform/vocabulary/index.ts';
import type { Declaration } from './domain/declaration.ts';
import { readServiceApplication } from './domain/service-application.ts';
import type { ApplicationService } from './service.ts';
import * as store from './store.ts';

// A signed convention makes the clinician findable: their directory profile (from the
// declaration), membership of the networks that approved, the convention's dated record in the
// directory, and the `clinician` role on their account. Suspension, resumption and end are
// recorded with the date they take effect; the finder lists the clinician while one of their
// conventions is in force, and the role follows the conventions: it goes when the last one
// ends, and comes back with a new signature.

export class Listing {
  constructor(private readonly service: ApplicationService) {}

  private profile(row: store.ApplicationRow, id: string, listed: boolean): NewClinician {
    const d = row.details as unknown as Declaration;
    const locality = [...this.service.reference.snapshot().localities.values()].find(
      (l) => l.postcode === d.practice.postcode,
    );
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
      // Stored declarations are read as they were written: a code no longer known is left out.
      specialities: d.specialities.filter((s) => isOneOf(SPECIALITIES, s)),
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
  async publish(person: CurrentUser, caseId: string, signedOn: string): Promise<void> {
    const db = this.service.database.db;
    const row = await store.findApplication(db, caseId);
    if (row?.kind === 'service') return this.publishService(person, row, signedOn);
    if (row?.kind !== 'clinician') return;
    const directory = this.service.directory;
    const existing = row.clinicianId
      ? await directory.getClinician(row.clinicianId)
      : await directory.clinicianForAccount(row.accountId);
    const id = existing?.id ?? row.clinicianId ?? randomUUID();
    // Networks that already list the clinician with no dated convention (imported) keep them
    // conventioned with no start date: a signature must not make earlier sessions unrecordable.
    const undated = existing ? await directory.conventions.unrecordedMemberships(id) : [];
    const declared = this.profile(row, id, true);
    // A clinician already in the directory (another network's convention, an earlier one) keeps
    // the profile they keep up to date, and their places keep their ids (sessions point to them).
    const profile: NewClinician = existing
      ? { ...existing, listed: true, networks: [...new Set([...existing.networks, ...declared.networks])] }
      : declared;
    await directory.saveClinicians([profile]);
    await directory.linkAccount(id, row.accountId);
    await directory.setListed(id, true, {
      reason: 'convention signed',
      actor: { accountId: person.accountId, label: person.displayName },
    });
    await db.transaction(async (tx) => {
      await store.updateApplication(tx, caseId, { clinicianId: id });
      await directory.conventions.record(tx, {
        clinicianId: id,
        networkIds: (row.approvedNetworkIds ?? []).filter((networkId) => !undated.includes(networkId)),
        kind: 'signed',
        effectiveDate: signedOn,
        reason: null,
        caseId,
        actor: { accountId: person.accountId, label: person.email },
      });
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

  /**
   * A signed service is listed in the finder with the functions it offers, and the directory's
   * clinicians its application names by INAMI number are listed under it (audited). Only
   * clinicians the directory already holds are linked: nobody is invented.
   */
  private async publishService(person: CurrentUser, row: store.ApplicationRow, signedOn: string) {
    const s = readServiceApplication(row.details);
    await this.service.database.db.transaction(async (tx) => {
      const clinicianIds = await this.service.directory.services.publish(
        tx,
        {
          id: row.caseId,
          name: s.organisation.name,
          postcode: s.organisation.postcode,
          functions: s.functions,
          networkIds: row.approvedNetworkIds ?? [],
          signedOn,
        },
        inamisIn(s.clinicians),
      );
      await audit.record(tx, {
        actor: person,
        action: 'application.list-service',
        resource: { type: 'case', id: row.caseId },
        detail: { clinicianIds, networkIds: row.approvedNetworkIds },
      });
    });
  }

  /**
   * A suspension, resumption or end, in the transaction of the case action: effective the day it
   * is taken (Brussels), for every network of the convention. When none of the clinician's
   * conventions stands any more, their account loses the clinician role (audited).
   */
  async recordChange(
    tx: Executor,
    person: CurrentUser,
    row: store.ApplicationRow,
    kind: Exclude<ConventionEventKind, 'signed'>,
    reason: string | null,
    at: Date,
  ): Promise<void> {
    if (row.kind === 'service') {
      // A service is in the finder while its convention stands: suspended or ended, it is not.
      await this.service.directory.services.setListed(tx, row.caseId, kind === 'resumed');
      return;
    }
    if (row.kind !== 'clinician' || !row.clinicianId) return;
    const conventions = this.service.directory.conventions;
    await conventions.record(tx, {
      clinicianId: row.clinicianId,
      networkIds: row.approvedNetworkIds ?? [],
      kind,
      effectiveDate: brusselsDay(at),
      reason,
      caseId: row.caseId,
      actor: { accountId: person.accountId, label: person.email },
    });
    if (kind === 'ended' && !(await conventions.hasLive(tx, row.clinicianId))) {
      await this.revokeClinicianRole(tx, person, row);
    }
  }

  private async revokeClinicianRole(tx: Executor, person: CurrentUser, row: store.ApplicationRow) {
    const held = (await grantsOf(tx, [row.accountId])).get(row.accountId) ?? [];
    for (const grant of held.filter((g) => g.role === 'clinician')) {
      await deleteGrant(tx, row.accountId, grant.id);
      await audit.record(tx, {
        actor: person,
        action: 'grant.revoke',
        resource: { type: 'account', id: row.accountId },
        detail: { grantId: grant.id, role: 'clinician', reason: 'convention ended', caseId: row.caseId },
      });
    }
  }

  /** In the finder while one of the clinician's conventions is in force today, with the reason. */
  async follow(person: CurrentUser, caseId: string, reason: string, at: Date): Promise<void> {
    const db = this.service.database.db;
    const row = await store.findApplication(db, caseId);
    if (row?.kind !== 'clinician' || !row.clinicianId) return;
    const directory = this.service.directory;
    const listed = await directory.conventions.inForceSomewhere(db, row.clinicianId, brusselsDay(at));
    await directory.setListed(row.clinicianId, listed, {
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
