// Where the dashboard's figures beyond sessions come from: events (group sessions held and who
// came), applications (their stages), the budget (contingents), care's statement counters
// (sessions per clinician) and the directory (who accepts new patients). Each capability reads
// its own tables; reporting only combines what they answer, through this one interface.

import { applicationStageHistory, type StageHistoryQuery } from '../applications/stage-history.ts';
import { currentContingents } from '../budget/current-contingents.ts';
import { sessionsPerClinician } from '../care/statement-rows.ts';
import type { Clinician } from '../directory/domain/types.ts';
import { type HeldGroup, type HeldGroupsQuery, heldGroupSessions } from '../events/held-groups.ts';
import type { Database } from '../platform/db/database.ts';
import type { StageEntry } from './domain/stage-durations.ts';

export interface FigureSources {
  heldGroups(query: HeldGroupsQuery): Promise<HeldGroup[]>;
  stageHistory(query: StageHistoryQuery): Promise<StageEntry[][]>;
  /** Sessions a week the network's plan for the year commits, per clinician. */
  contingents(networkId: string, year: number): Promise<Map<string, number>>;
  /** Sessions (not cancelled) per clinician in a network, from a month's first day to a later one's. */
  clinicianSessions(networkId: string, from: string, until: string): Promise<Map<string, number>>;
  listedClinicians(): Clinician[];
}

export function figureSourcesOf(
  database: Database,
  directory: { listedClinicians(): Clinician[] },
): FigureSources {
  return {
    heldGroups: (query) => heldGroupSessions(database.db, query),
    stageHistory: (query) => applicationStageHistory(database.db, query),
    contingents: async (networkId, year) => {
      const perWeek = new Map<string, number>();
      for (const contingent of await currentContingents(database.db, networkId, year)) {
        if (contingent.holderKind !== 'clinician') continue;
        perWeek.set(contingent.holderId, (perWeek.get(contingent.holderId) ?? 0) + contingent.perWeek);
      }
      return perWeek;
    },
    clinicianSessions: (networkId, from, until) =>
      sessionsPerClinician(database.db, { networkId, from, until }),
    listedClinicians: () => directory.listedClinicians(),
  };
}
