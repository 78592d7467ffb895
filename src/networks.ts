// Composition: a reference pack describes networks with their deciding bodies, and bodies belong
// to the committees capability. Whoever imports packs (start-up, the command line, the admin
// page) opens the reference service through here, so a pack's bodies are written in the same
// transaction as its networks.

import { writePackBodies } from './committees/pack-bodies.ts';
import type { Database } from './platform/db/database.ts';
import { ReferenceService } from './reference/service.ts';

export function openReference(database: Database): Promise<ReferenceService> {
  return ReferenceService.open(database, { writeBodies: writePackBodies });
}
