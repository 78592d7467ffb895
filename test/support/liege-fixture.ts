// The second region of the tests (test/fixtures/liege): the province of Liège with the
// German-speaking Community and its mixed network, imported as `passerelle import postcodes
// postcodes.csv --pack reference.json` does.

import { readFileSync } from 'node:fs';
import type { ReferenceService } from '../../src/reference/service.ts';

export const LIEGE_PACK = new URL('../fixtures/liege/reference.json', import.meta.url);
export const LIEGE_POSTCODES = new URL('../fixtures/liege/postcodes.csv', import.meta.url);

export function importLiege(reference: ReferenceService) {
  return reference.importReference({
    packJson: readFileSync(LIEGE_PACK, 'utf8'),
    postcodesCsv: readFileSync(LIEGE_POSTCODES, 'utf8'),
  });
}
