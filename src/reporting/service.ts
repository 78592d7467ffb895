// Reporting: what networks achieve, read from the counters the database keeps beside the
// sessions (tables.ts). Figures that leave the staff screens go through suppression
// (domain/suppression.ts) before anyone sees them.

import type { Database } from '../platform/db/database.ts';
import type { Locale } from '../platform/i18n/index.ts';
import type { Network, ReferenceSnapshot } from '../reference/domain/types.ts';
import type { ReferenceService } from '../reference/service.ts';
import { type Month, monthsBetween } from './domain/months.ts';
import { SUPPRESSION_THRESHOLD } from './domain/suppression.ts';
import type { FigureSources } from './figure-sources.ts';
import type { InhabitantsSource } from './inhabitants.ts';
import { foldAndTidy } from './pending.ts';
import type { RequestWaitsSource } from './request-waits.ts';
import {
  type CellQuery,
  type CountedRow,
  countNewPatients,
  countSessions,
  type Dimension,
  type QuarterBandRow,
  quarterlyBands,
} from './store.ts';

/** The groupings the public statistics API offers. */
export const PUBLIC_DIMENSIONS = [
  'month',
  'function',
  'ageBand',
  'commune',
] as const satisfies readonly Dimension[];
export type PublicDimension = (typeof PUBLIC_DIMENSIONS)[number];

/** The longest period one statistics call may ask for. */
export const MAX_MONTHS = 60;

export interface PublicRow {
  keys: Partial<Record<PublicDimension, string | null>>;
  sessions: number | null;
  patients: number | null;
  suppressed: boolean;
}

export type StatisticsProblem =
  | { field: 'network'; code: 'unknown-network'; value: string }
  | { field: 'groupBy'; code: 'unknown-group-by'; value: string }
  | { field: 'to'; code: 'to-before-from' }
  | { field: 'to'; code: 'too-long' };

export interface StatisticsQuery {
  network: string;
  from: Month;
  to: Month;
  groupBy: string;
}

export interface ReportingOptions {
  inhabitants: InhabitantsSource;
  /** The requests capability, for the waits of GPs and organisations; absent, the dashboard has none. */
  requests?: RequestWaitsSource;
  /** Events, applications, budget, statements and directory; absent, the dashboard shows sessions only. */
  figures?: FigureSources;
}

export class ReportingService {
  constructor(
    private readonly database: Database,
    private readonly reference: ReferenceService,
    readonly options: ReportingOptions,
  ) {}

  /** The networks, in the order of their identifiers. */
  networks(): Network[] {
    return [...this.reference.snapshot().networks.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  snapshot(): ReferenceSnapshot {
    return this.reference.snapshot();
  }

  networkName(id: string, locale: Locale): string {
    const network = this.reference.snapshot().networks.get(id);
    return network ? network.names[locale] : id;
  }

  zoneName(id: string, locale: Locale): string {
    const zone = this.reference.snapshot().zones.get(id);
    return zone ? zone.names[locale] : id;
  }

  /**
   * Folds the recordings queued since the last fold into the counters (pending.ts); the poller's
   * call. Without the statement time limit: after a bulk load the queue can take minutes, and
   * readers' own folds, which have the limit, would never get through it.
   */
  foldPendingChanges(): Promise<number> {
    return foldAndTidy(this.database.longWork.pool);
  }

  quarterlyBands(networkId: string, year: number): Promise<QuarterBandRow[]> {
    return quarterlyBands(this.database.pool, networkId, year);
  }

  networkIds(): string[] {
    return [...this.reference.snapshot().networks.keys()].sort();
  }

  /** The problems of a public statistics query, each naming its parameter; empty when it can be answered. */
  checkStatisticsQuery(query: StatisticsQuery): {
    problems: StatisticsProblem[];
    groupBy: PublicDimension[];
  } {
    const problems: StatisticsProblem[] = [];
    if (!this.reference.snapshot().networks.has(query.network)) {
      problems.push({ field: 'network', code: 'unknown-network', value: query.network });
    }
    const groupBy: PublicDimension[] = [];
    for (const part of query.groupBy.split(',').map((value) => value.trim())) {
      if ((PUBLIC_DIMENSIONS as readonly string[]).includes(part)) {
        if (!groupBy.includes(part as PublicDimension)) groupBy.push(part as PublicDimension);
      } else if (!problems.some((problem) => problem.field === 'groupBy')) {
        problems.push({ field: 'groupBy', code: 'unknown-group-by', value: part });
      }
    }
    if (query.to < query.from) problems.push({ field: 'to', code: 'to-before-from' });
    else if (monthsBetween(query.from, query.to).length > MAX_MONTHS)
      problems.push({ field: 'to', code: 'too-long' });
    return { problems, groupBy };
  }

  /**
   * Sessions and patients of a network grouped as asked, for anyone: a row about fewer than 5
   * patients shows neither figure. No totals are given, so no row can be worked out from others.
   */
  async publicSessionStatistics(
    query: StatisticsQuery,
    groupBy: readonly PublicDimension[],
  ): Promise<PublicRow[]> {
    const rows = await countSessions(this.database.pool, cellQuery(query), groupBy);
    return rows.map((row) => publicRow(row));
  }

  /** New patients per month of a network (and zones). */
  newPatients(query: CellQuery): Promise<Map<Month, number>> {
    return countNewPatients(this.database.pool, query);
  }

  /** Exact counts, for staff within their scope. */
  countSessions(query: CellQuery, groupBy: readonly Dimension[]): Promise<CountedRow[]> {
    return countSessions(this.database.pool, query, groupBy);
  }
}

function cellQuery(query: StatisticsQuery): CellQuery {
  return { networkId: query.network, from: query.from, to: query.to };
}

function publicRow(row: CountedRow): PublicRow {
  const keys = Object.fromEntries(
    Object.entries(row.keys).map(([key, value]) => [key, value === null ? null : String(value)]),
  );
  const suppressed = row.patients < SUPPRESSION_THRESHOLD;
  return {
    keys,
    sessions: suppressed ? null : row.sessions,
    patients: suppressed ? null : row.patients,
    suppressed,
  };
}
