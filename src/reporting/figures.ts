// The dashboard's and the yearly report's figures beyond sessions, for one scope and period:
// patients per 10,000 inhabitants by commune, group sessions held and their participants,
// applications' median days per stage, clinicians against their contingent, and who accepts new
// patients. Exact counts: the yearly report suppresses them (yearly-report.ts) before they leave.

import { isPossiblyOutOfDate, staleBefore } from '../directory/domain/staleness.ts';
import type { WaitingBand } from '../directory/domain/types.ts';
import { WAITING_BANDS } from '../directory/domain/types.ts';
import type { Locale } from '../platform/i18n/index.ts';
import { startOfBrusselsDay } from '../platform/identifiers/belgian-date.ts';
import { brusselsDate } from '../platform/working-days.ts';
import { placeName } from '../reference/domain/types.ts';
import type { Scope } from './dashboard.ts';
import { type ContingentUse, contingentUse } from './domain/contingent-use.ts';
import { addMonthsTo, type Month, monthOf, monthsBetween } from './domain/months.ts';
import { perTenThousand } from './domain/rates.ts';
import { type StageMedian, stageMedians } from './domain/stage-durations.ts';
import type { FigureSources } from './figure-sources.ts';
import type { ReportingService } from './service.ts';

export interface Period {
  first: Month;
  last: Month;
}

export interface CommuneFigure {
  nis: string;
  names: { fr: string; nl: string };
  patients: number;
  inhabitants: number | null;
  /** Patients per 10,000 inhabitants; null when the population is unknown. */
  rate: number | null;
}

export interface CommuneFigures {
  communes: CommuneFigure[];
  /** Patients who gave no postcode, or one outside the communes listed. */
  elsewhere: number;
  populationYear: number;
}

export interface GroupMonth {
  month: Month;
  groups: number;
  participants: number;
}

export interface ListingFigures {
  listed: number;
  accepting: number;
  /** Declared waiting bands of the clinicians listed. */
  bands: Record<WaitingBand, number>;
  outOfDate: number;
}

export interface DashboardFigures {
  period: Period;
  communes: CommuneFigures;
  groups: GroupMonth[] | null;
  stages: StageMedian[] | null;
  clinicians: ContingentUse | null;
  /** The period clinicians were measured over. */
  clinicianPeriod: Period;
  listing: ListingFigures | null;
}

/** The first instant of a month, in Brussels. */
export const monthStartsAt = (month: Month) => startOfBrusselsDay(`${month}-01`);

/** Brussels' communes (and any other commune the network serves), with their patients and rates. */
export async function communeFigures(
  reporting: ReportingService,
  scope: Scope,
  period: Period,
): Promise<CommuneFigures> {
  const rows = await reporting.countSessions(
    {
      networkId: scope.networkId,
      zoneId: scope.zoneId,
      from: period.first,
      to: period.last,
    },
    ['commune'],
  );
  const snapshot = reporting.snapshot();
  const network = snapshot.networks.get(scope.networkId);
  const shown = [...snapshot.communes.values()].filter(
    (commune) => commune.nis.startsWith('21') || network?.communes.has(commune.nis),
  );
  const populationYear = Number(period.last.slice(0, 4));
  const patientsOf = new Map(rows.map((row) => [String(row.keys.commune), row.patients]));
  const communes = await Promise.all(
    shown
      .sort((a, b) => (a.nis < b.nis ? -1 : 1))
      .map(async (commune) => {
        const patients = patientsOf.get(commune.nis) ?? 0;
        const inhabitants = await reporting.options.inhabitants.inhabitants(commune.nis, populationYear);
        return {
          nis: commune.nis,
          names: commune.names,
          patients,
          inhabitants,
          rate: perTenThousand(patients, inhabitants),
        };
      }),
  );
  const listed = new Set(communes.map((c) => c.nis));
  const elsewhere = rows
    .filter((row) => row.keys.commune === null || !listed.has(String(row.keys.commune)))
    .reduce((sum, row) => sum + row.patients, 0);
  return { communes, elsewhere, populationYear };
}

export const communeLabel = (commune: CommuneFigure, locale: Locale) => placeName(commune.names, locale);

function zonesOf(reporting: ReportingService, scope: Scope): string[] {
  if (scope.zoneId) return [scope.zoneId];
  return [...reporting.snapshot().zones.values()]
    .filter((zone) => zone.networkIds.includes(scope.networkId))
    .map((zone) => zone.id);
}

async function groupMonths(sources: FigureSources, zoneIds: string[], period: Period, now: Date) {
  const from = monthStartsAt(period.first);
  const end = monthStartsAt(addMonthsTo(period.last, 1));
  const held = await sources.heldGroups({ zoneIds, from, to: end < now ? end : now });
  return monthsBetween(period.first, period.last).map((month) => {
    const ofMonth = held.filter((group) => monthOf(brusselsDate(group.startsAt)) === month);
    return {
      month,
      groups: ofMonth.length,
      participants: ofMonth.reduce((sum, group) => sum + group.attended, 0),
    };
  });
}

async function clinicianFigures(
  sources: FigureSources,
  scope: Scope,
  period: Period,
  zonePostcodes: Set<string> | null,
) {
  const until = addMonthsTo(period.last, 1);
  const [sessions, contingents] = await Promise.all([
    sources.clinicianSessions(scope.networkId, `${period.first}-01`, `${until}-01`),
    sources.contingents(scope.networkId, Number(period.last.slice(0, 4))),
  ]);
  const days = (Date.parse(`${until}-01`) - Date.parse(`${period.first}-01`)) / 86_400_000;
  if (!zonePostcodes) return contingentUse(sessions, contingents, days);
  // A zone: the clinicians with a practice or outreach place in it (sessions are not counted per zone and clinician).
  const inZone = new Set(
    sources
      .listedClinicians()
      .filter(
        (c) => c.networks.includes(scope.networkId) && c.locations.some((l) => zonePostcodes.has(l.postcode)),
      )
      .map((c) => c.id),
  );
  const keep = <T>(map: Map<string, T>) => new Map([...map].filter(([id]) => inZone.has(id)));
  return contingentUse(keep(sessions), keep(contingents), days);
}

function listingFigures(sources: FigureSources, scope: Scope, zonePostcodes: Set<string> | null, now: Date) {
  const cutoff = staleBefore(now);
  const clinicians = sources
    .listedClinicians()
    .filter(
      (c) =>
        c.networks.includes(scope.networkId) &&
        (!zonePostcodes || c.locations.some((l) => zonePostcodes.has(l.postcode))),
    );
  const bands = Object.fromEntries(WAITING_BANDS.map((band) => [band, 0])) as Record<WaitingBand, number>;
  for (const c of clinicians) bands[c.waitingBand]++;
  return {
    listed: clinicians.length,
    accepting: clinicians.filter((c) => c.acceptingNewPatients).length,
    bands,
    outOfDate: clinicians.filter((c) => isPossiblyOutOfDate(c.updatedAt, cutoff)).length,
  };
}

export async function readFigures(
  reporting: ReportingService,
  scope: Scope,
  period: Period,
  clinicianPeriod: Period,
  now: Date,
): Promise<DashboardFigures> {
  const sources = reporting.options.figures;
  const zone = scope.zoneId ? reporting.snapshot().zones.get(scope.zoneId) : undefined;
  const zonePostcodes = zone ? new Set(zone.postcodes) : null;
  const zoneIds = scope.zoneId ? [scope.zoneId] : undefined;
  const [communes, groups, stages, clinicians] = await Promise.all([
    communeFigures(reporting, scope, period),
    sources ? groupMonths(sources, zonesOf(reporting, scope), period, now) : null,
    sources
      ? sources
          .stageHistory({ networkId: scope.networkId, zoneIds })
          .then((histories) =>
            stageMedians(histories, monthStartsAt(period.first), monthStartsAt(addMonthsTo(period.last, 1))),
          )
      : null,
    sources ? clinicianFigures(sources, scope, clinicianPeriod, zonePostcodes) : null,
  ]);
  const listing = sources ? listingFigures(sources, scope, zonePostcodes, now) : null;
  return { period, communes, groups, stages, clinicians, clinicianPeriod, listing };
}
