// An application's budget impact, read from the networks' budgets whenever a page shows it (the
// case page and the committees' agenda give the same figure), and its convention's contingent
// committed at signing and released when it is suspended or ended.

import type { BudgetService } from '../budget/service.ts';
import type { LiveBudgetImpact } from '../committees/domain/decision-desk.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import { brusselsDay } from '../platform/identifiers/belgian-date.ts';
import type { ReferenceService } from '../reference/service.ts';
import { mainFunction } from './domain/service-application.ts';

/** What the impact and the contingent are computed from: the application's row and its case. */
export interface ImpactSource {
  caseId: string;
  kind: string;
  /** Sessions a week for a clinician, hours a week for a service. */
  sessionsPerWeek: number;
  details: Record<string, unknown>;
  clinicianId: string | null;
  zoneId: string | null;
}

/** The contingent an application asks for in one network (its holder once the convention exists). */
export function contingentOf(source: ImpactSource, zoneIdInNetwork: string | null) {
  const functions = Array.isArray(source.details.functions) ? source.details.functions : [];
  const holderKind = source.kind === 'service' ? ('service' as const) : ('clinician' as const);
  return {
    // A clinician's sessions are counted under their directory id (the care counters' key); a
    // service has no directory entry, so its case stands for it.
    holderId: holderKind === 'service' ? source.caseId : source.clinicianId,
    holderKind,
    perWeek: source.sessionsPerWeek,
    // A service's hours are valued at the hourly rate whatever the function; the function places
    // the contingent in the plan's function envelopes.
    function: mainFunction(functions.map(String)),
    mode: 'individual',
    zoneId: zoneIdInNetwork,
  } as const;
}

export class LiveBudget {
  constructor(
    private readonly budgets: BudgetService,
    private readonly reference: ReferenceService,
  ) {}

  /** The case's zone when it belongs to the network (a contingent draws on that zone's envelope). */
  private zoneIn(networkId: string, zoneId: string | null): string | null {
    if (zoneId === null) return null;
    const zone = this.reference.snapshot().zones.get(zoneId);
    return zone?.networkIds.includes(networkId) ? zoneId : null;
  }

  /** The live impact in each network, in the order given. */
  async impacts(source: ImpactSource, networkIds: readonly string[]): Promise<LiveBudgetImpact[]> {
    return Promise.all(
      networkIds.map(async (networkId): Promise<LiveBudgetImpact> => {
        const impact = await this.budgets.impactOf(
          networkId,
          contingentOf(source, this.zoneIn(networkId, source.zoneId)),
        );
        return { networkId, ...impact };
      }),
    );
  }

  /**
   * Commits (set) or releases (end) the convention's contingent in each network that approved it,
   * for the year of the action. A network without a budget that year has nothing to commit to.
   */
  async follow(
    person: CurrentUser,
    source: ImpactSource,
    networkIds: readonly string[],
    change: { kind: 'set'; reason: string | null } | { kind: 'end'; reason: string },
    at: Date,
  ): Promise<void> {
    const year = Number(brusselsDay(at).slice(0, 4));
    for (const networkId of networkIds) {
      const contingent = contingentOf(source, this.zoneIn(networkId, source.zoneId));
      if (contingent.holderId === null) continue;
      const holderId = contingent.holderId;
      await this.budgets.followConvention(
        person,
        networkId,
        year,
        change.kind === 'set'
          ? { kind: 'set-contingent', contingent: { ...contingent, holderId }, reason: change.reason }
          : { kind: 'end-contingent', holderId, reason: change.reason },
      );
    }
  }
}
