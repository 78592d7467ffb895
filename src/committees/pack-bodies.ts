// A reference pack's deciding bodies (see src/reference/domain/pack.ts), as this capability
// keeps them. Importing a pack states each body as the network describes it now: its names,
// networks, delegations and quorum replace the previous ones; meetings stay.

import type { Executor } from '../platform/db/database.ts';
import type { PackBody } from '../reference/domain/pack.ts';
import type { BodyWriter } from '../reference/service.ts';
import { type DecidingBody, germanName } from './domain/bodies.ts';
import { upsertBodies } from './store.ts';

export function bodiesFromPack(bodies: readonly PackBody[]): DecidingBody[] {
  return bodies.map((body) => ({
    id: body.id,
    // A German name the pack gives is kept; otherwise the French one stands in.
    names: { fr: body.names.fr, nl: body.names.nl, en: body.names.en, de: germanName(body.names) },
    networkIds: [...body.networks],
    delegatedBy: [...(body.delegatedBy ?? [])],
    quorum: { ...body.quorum },
  }));
}

/** The writer the reference import calls in its transaction (wired in src/networks.ts). */
export const writePackBodies: BodyWriter = (tx: Executor, bodies) => upsertBodies(tx, bodiesFromPack(bodies));
