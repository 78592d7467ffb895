// One loaded network written back as a reference pack, so that a platform admin changes it with
// the same import (validated, all or nothing, audited) instead of a second way of writing
// reference data. The territory comes out as the communes it resolved to; zones, areas, rules
// and bodies are left out, and an import of the pack leaves them as they are.

import type { ReferencePack } from './pack.ts';
import type { Network } from './types.ts';

export function packOfNetwork(network: Network): ReferencePack {
  const { fr, nl, en, de } = network.names;
  return {
    areas: [],
    networks: [
      {
        id: network.id,
        kind: network.kind,
        // A German name equal to the French one is the stand-in, not a name the pack gave.
        names: de !== fr ? { fr, nl, en, de } : { fr, nl, en },
        minAge: network.minAge,
        maxAge: network.maxAge,
        website: network.website,
        email: network.email,
        phone: network.phone,
        languages: [...network.languages],
        communes: [...network.communes].sort(),
        listedInPasserelle: network.listedInPasserelle,
        cliniciansUrl: network.cliniciansUrl,
      },
    ],
    zones: [],
    rules: [],
  };
}

/** The pack as people read and edit it: indented, one commune per line. */
export function packText(pack: ReferencePack): string {
  return JSON.stringify(pack, null, 2);
}
