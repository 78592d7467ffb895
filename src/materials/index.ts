// The materials capability as the composition root registers it: printed materials and their
// orders, the professionals' page and its contacts, seeded at start when missing.

import type { FastifyInstance } from 'fastify';
import type { CareService } from '../care/service.ts';
import type { Clock } from '../platform/clock.ts';
import type { Database } from '../platform/db/database.ts';
import type { ReferenceService } from '../reference/service.ts';
import { ProfessionalContacts } from './contacts.ts';
import { registerContactsPage } from './contacts-page.tsx';
import { registerMaterialPages } from './pages.tsx';
import { registerProfessionalsPage } from './professionals-page.tsx';
import { MaterialsService } from './service.ts';

export interface MaterialsDependencies {
  database: Database;
  reference: ReferenceService;
  care: CareService;
  clock: Clock;
  publicUrl: string;
}

export async function registerMaterials(
  app: FastifyInstance,
  dependencies: MaterialsDependencies,
): Promise<MaterialsService> {
  const contacts = new ProfessionalContacts(dependencies.database, dependencies.reference);
  await contacts.seed();
  const materials = new MaterialsService(
    dependencies.database,
    dependencies.reference,
    dependencies.care,
    contacts,
    {
      publicUrl: dependencies.publicUrl,
      clock: dependencies.clock,
    },
  );
  registerMaterialPages(app, materials);
  registerProfessionalsPage(app, materials);
  registerContactsPage(app, contacts);
  return materials;
}
