// Platform admins import reference packs from a page: the same import as the command line,
// authorized by the policy and audited in the import's transaction.

import { recordAudit } from '../platform/audit/audit.ts';
import { authorize } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import type { ImportOutcome, ReferenceService } from './service.ts';

const NETWORKS = { type: 'network' } as const;

/** Who may see the networks page and import: throws 401/403 for anyone else. */
export function authorizeImport(user: CurrentUser | null): CurrentUser {
  return authorize(user, 'network.import', NETWORKS);
}

export function importAsAdmin(
  reference: ReferenceService,
  user: CurrentUser | null,
  input: { packJson: string; postcodesCsv?: string },
): Promise<ImportOutcome> {
  const admin = authorizeImport(user);
  const networkIds = networkIdsOf(input.packJson);
  return reference.importReference(input, (tx) =>
    recordAudit(tx, {
      actor: admin,
      action: 'network.import',
      resource: { type: 'reference-pack' },
      detail: { networks: networkIds, postcodes: input.postcodesCsv !== undefined },
    }),
  );
}

/** The ids of the networks a pack states, for the audit entry (the pack is valid when this is used). */
function networkIdsOf(packJson: string): string[] {
  try {
    const pack = JSON.parse(packJson) as { networks?: Array<{ id?: unknown }> };
    return (pack.networks ?? []).flatMap((n) => (typeof n.id === 'string' ? [n.id] : [])).slice(0, 40);
  } catch {
    return [];
  }
}
