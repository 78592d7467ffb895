import { audit } from '../platform/audit/audit.ts';
import { authorize, reach, requireUser } from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import type { Database } from '../platform/db/database.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import * as store from './store.ts';

// Per-network settings of the request inbox, which network admins change (not code): the
// first-contact target in working days.

export class FirstContactSettings {
  constructor(
    private readonly database: Database,
    private readonly options: { defaultFirstContactDays: number },
  ) {}

  /** The first-contact target of each network the person configures. 401 signed out, 403 none. */
  async list(user: CurrentUser | null): Promise<Array<{ networkId: string; days: number; own: boolean }>> {
    const person = requireUser(user);
    const networks = reach(person, 'network.configure').networkIds;
    if (networks.length === 0) throw new StandardProblem(403, 'forbidden');
    const settings = await store.readSettings(this.database.db);
    return [...new Set(networks)].sort().map((networkId) => ({
      networkId,
      days: settings.get(networkId) ?? this.options.defaultFirstContactDays,
      own: settings.has(networkId),
    }));
  }

  /** Sets a network's first-contact target (1–60 working days); applies to cases submitted from now on. */
  async set(user: CurrentUser | null, networkId: string, days: number, now = new Date()): Promise<void> {
    const person = authorize(user, 'network.configure', {
      type: 'network',
      id: networkId,
      networkIds: [networkId],
    });
    if (!Number.isInteger(days) || days < 1 || days > 60)
      throw new StandardProblem(400, 'invalid-parameters');
    await this.database.db.transaction(async (tx) => {
      await store.writeSetting(tx, networkId, days, now);
      await audit.record(tx, {
        actor: person,
        action: 'network.configure',
        resource: { type: 'network', id: networkId },
        networkId,
        detail: { firstContactDays: days },
      });
    });
  }
}
