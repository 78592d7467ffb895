// Conventioned services in the finder: once a service's convention is signed, the service is
// listed with the functions it offers, and the directory's clinicians it employs (named by their
// INAMI number in its application) are listed under it, each linking to it from their own page.

import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database, Executor } from '../platform/db/database.ts';
import { isValidInami, normalizeInami } from '../platform/identifiers/inami.ts';
import { clinicians, conventionedServices, serviceClinicians } from './tables.ts';

export interface ConventionedService {
  id: string;
  name: string;
  postcode: string;
  functions: string[];
  networkIds: string[];
  signedOn: string;
  listed: boolean;
}

/**
 * The valid INAMI numbers written in a free text, one clinician a line as the application asks
 * ("Claire Martin, psychologue, 5.12345.09.890"): digits with the separators people type.
 */
export function inamisIn(text: string): string[] {
  const found = new Set<string>();
  for (const candidate of text.match(/\d(?:[\s./-]?\d){10}/g) ?? []) {
    if (isValidInami(candidate)) found.add(normalizeInami(candidate));
  }
  return [...found];
}

/**
 * The names of services and clinicians by id, for pages of other capabilities that list both
 * (the budget's contingents): a service by its name, a clinician by given and family name.
 */
export async function holderNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const uuids = ids.filter((id) => UUID.test(id));
  if (uuids.length === 0) return new Map();
  const [services, people] = await Promise.all([
    db
      .select({ id: conventionedServices.id, name: conventionedServices.name })
      .from(conventionedServices)
      .where(inArray(conventionedServices.id, uuids)),
    db
      .select({ id: clinicians.id, givenName: clinicians.givenName, familyName: clinicians.familyName })
      .from(clinicians)
      .where(inArray(clinicians.id, uuids)),
  ]);
  return new Map([
    ...services.map((row): [string, string] => [row.id, row.name]),
    ...people.map((row): [string, string] => [row.id, `${row.givenName} ${row.familyName}`]),
  ]);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class ConventionedServices {
  constructor(private readonly database: Database) {}

  /**
   * Lists a service whose convention was signed (or updates it on a new signature), and links
   * the directory's clinicians with the INAMI numbers given. Answers the linked clinicians' ids.
   * The numbers are kept with the service: a clinician who joins the directory later is linked
   * then, by the database (migration 0030, service-sessions).
   */
  async publish(
    tx: Executor,
    service: Omit<ConventionedService, 'listed'>,
    inamis: readonly string[],
  ): Promise<string[]> {
    await tx
      .insert(conventionedServices)
      .values({ ...service, listed: true, namedInamis: [...inamis] })
      .onConflictDoUpdate({
        target: conventionedServices.id,
        set: {
          name: service.name,
          postcode: service.postcode,
          functions: service.functions,
          networkIds: service.networkIds,
          signedOn: service.signedOn,
          listed: true,
          namedInamis: [...inamis],
        },
      });
    if (inamis.length === 0) return [];
    const employed = await tx
      .select({ id: clinicians.id })
      .from(clinicians)
      .where(inArray(clinicians.inami, [...inamis]));
    if (employed.length > 0) {
      await tx
        .insert(serviceClinicians)
        .values(employed.map((c) => ({ serviceId: service.id, clinicianId: c.id })))
        .onConflictDoNothing();
    }
    return employed.map((c) => c.id).sort();
  }

  /** A suspension or an end takes the service out of the finder; a resumption puts it back. */
  async setListed(tx: Executor, serviceId: string, listed: boolean): Promise<void> {
    await tx.update(conventionedServices).set({ listed }).where(eq(conventionedServices.id, serviceId));
  }

  /** A listed service and the ids of the clinicians it employs (listed or not: the caller filters). */
  async listed(serviceId: string): Promise<{ service: ConventionedService; clinicianIds: string[] } | null> {
    const db = this.database.db;
    const [service] = await db
      .select()
      .from(conventionedServices)
      .where(and(eq(conventionedServices.id, serviceId), eq(conventionedServices.listed, true)));
    if (!service) return null;
    const rows = await db
      .select({ clinicianId: serviceClinicians.clinicianId })
      .from(serviceClinicians)
      .where(eq(serviceClinicians.serviceId, serviceId));
    return { service, clinicianIds: rows.map((row) => row.clinicianId) };
  }

  /** The listed services a clinician works in, by name (their page links to each). */
  async of(clinicianId: string): Promise<Array<{ id: string; name: string }>> {
    return this.database.db
      .select({ id: conventionedServices.id, name: conventionedServices.name })
      .from(serviceClinicians)
      .innerJoin(conventionedServices, eq(conventionedServices.id, serviceClinicians.serviceId))
      .where(and(eq(serviceClinicians.clinicianId, clinicianId), eq(conventionedServices.listed, true)))
      .orderBy(asc(conventionedServices.name));
  }
}
