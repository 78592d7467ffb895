// The yearly activity report of a network (or a coordinator's zone): the dashboard's figures for
// a calendar year as an XLSX, ready to send. It leaves the staff screens, so every count of
// people under 5 is shown as "< 5", with what would give it back (domain/suppression.ts).
// Who may download it is the dashboard's policy ('network.report'); every download is audited.

import type { FastifyInstance } from 'fastify';
import type { CurrentUser } from '../platform/auth/roles.ts';
import type { Database } from '../platform/db/database.ts';
import { localizedPaths } from '../platform/http/pages.ts';
import { format, formatDate, type Locale } from '../platform/i18n/index.ts';
import { newWorkbook } from '../platform/workbook.ts';
import { brusselsDate } from '../platform/working-days.ts';
import { askedScope, authorizeReport, type Scope, scopeKey } from './dashboard.ts';
import { dimensionLabel } from './dashboard-page.tsx';
import { addSheets, type SheetTable } from './dashboard-workbook.ts';
import { type Month, monthOf } from './domain/months.ts';
import { percent } from './domain/rates.ts';
import { isPublishable } from './domain/suppression.ts';
import { figureMessages } from './figure-messages.ts';
import { figureTables } from './figure-tables.ts';
import { readFigures } from './figures.ts';
import { reportingMessages } from './messages.ts';
import { monthAndYear } from './month-names.ts';
import { FIRST_YEAR } from './pages.tsx';
import { readDashboardWaits } from './request-waits.ts';
import type { ReportingService } from './service.ts';
import type { CellQuery, CountedRow } from './store.ts';

/** The year asked, when it is one the convention has figures for; otherwise the current year. */
export function askedYear(value: unknown, current: number): number {
  const year = typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
  return year >= FIRST_YEAR && year <= current ? year : current;
}

/** The year's tables, every count of people suppressed. */
export async function yearlyTables(
  reporting: ReportingService,
  locale: Locale,
  scope: Scope,
  year: number,
  now: Date,
): Promise<SheetTable[]> {
  const m = reportingMessages[locale].dashboard;
  const f = figureMessages[locale];
  const small = f.small;
  const first = `${year}-01` as Month;
  const last = (
    year < Number(brusselsDate(now).slice(0, 4)) ? `${year}-12` : monthOf(brusselsDate(now))
  ) as Month;
  const base = { networkId: scope.networkId, zoneIds: scope.zoneId ? [scope.zoneId] : undefined };
  const period: CellQuery = { networkId: scope.networkId, zoneId: scope.zoneId, from: first, to: last };
  const requests = reporting.options.requests;
  const [perMonth, fresh, byFunction, byOutcome, byAgeBand, byBim, waits, figures] = await Promise.all([
    reporting.countSessions(period, ['month']),
    reporting.newPatients(period),
    reporting.countSessions(period, ['function']),
    reporting.countSessions(period, ['outcome']),
    reporting.countSessions(period, ['ageBand']),
    reporting.countSessions(period, ['bim']),
    requests ? readDashboardWaits(requests, base, first, last, now) : null,
    readFigures(reporting, scope, { first, last }, { first, last }, now),
  ]);
  const people = (n: number) => (isPublishable(n) ? n : small);
  /** A row's sessions are shown only with its patients: together they would tell a small count. */
  const sessions = (row: { sessions: number; patients: number }) =>
    isPublishable(row.patients) ? row.sessions : small;
  const label = (dimension: string, value: unknown) => dimensionLabel(locale, dimension, value);
  const grouped = (
    caption: string,
    dimension: 'function' | 'outcome' | 'ageBand' | 'bim',
    rows: CountedRow[],
  ) => ({
    caption,
    head: [m[dimension], m.sessions, m.patients],
    rows: rows.map((row) => [label(dimension, row.keys[dimension]), sessions(row), people(row.patients)]),
  });
  const monthName = (month: Month) => monthAndYear(locale, month);
  const tables: SheetTable[] = [
    {
      caption: m.trendCaption,
      head: [m.month, m.sessions, m.patients, m.newPatients],
      rows: perMonth.map((row) => {
        const month = row.keys.month as Month;
        return [monthName(month), sessions(row), people(row.patients), people(fresh.get(month) ?? 0)];
      }),
    },
    grouped(m.byFunction, 'function', byFunction),
    grouped(m.byOutcome, 'outcome', byOutcome),
    grouped(m.byAgeBand, 'ageBand', byAgeBand),
    grouped(m.byBim, 'bim', byBim),
  ];
  if (waits) {
    const w = reportingMessages[locale].waits;
    tables.push({
      caption: w.caption,
      head: [w.month, w.received, w.withinTarget, w.toFirstContact, w.toScheduled],
      rows: waits.months.map(({ month, waits: x }) => {
        const shareShown = isPublishable(x.withinTarget) && isPublishable(x.judged - x.withinTarget);
        return [
          monthName(month),
          people(x.received),
          shareShown ? percent(x.withinTarget, x.judged) : small,
          isPublishable(x.received) ? x.medianToFirstContact : small,
          isPublishable(x.received) ? x.medianToScheduled : small,
        ];
      }),
    });
  }
  const more = figureTables(locale, figures, { month: monthName, period: String(year) }, true);
  tables.push(
    more.communes,
    ...[more.groups, more.stages, more.clinicians, more.listing].filter((t) => t !== null),
  );
  return tables;
}

async function yearlyWorkbook(
  reporting: ReportingService,
  locale: Locale,
  scope: Scope,
  year: number,
  now: Date,
) {
  const f = figureMessages[locale];
  const m = reportingMessages[locale].dashboard;
  const network = reporting.networkName(scope.networkId, locale);
  const scopeName = scope.zoneId
    ? format(locale, m.zone, { network, zone: reporting.zoneName(scope.zoneId, locale) })
    : format(locale, m.wholeNetwork, { network });
  const book = await newWorkbook();
  const cover = book.addWorksheet(String(year));
  cover.addRow([format(locale, f.yearlyTitle, { year, scope: scopeName })]).font = { bold: true, size: 14 };
  cover.addRow([formatDate(locale, now)]);
  cover.addRow([f.yearlySuppression]);
  cover.getColumn(1).width = 80;
  addSheets(book, await yearlyTables(reporting, locale, scope, year, now));
  return Buffer.from(await book.xlsx.writeBuffer());
}

export function registerYearlyReport(
  app: FastifyInstance,
  reporting: ReportingService,
  database: Database,
  now: () => Date,
): void {
  for (const { path, locale } of localizedPaths('/reporting/yearly.xlsx')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const query = (request.query ?? {}) as Record<string, unknown>;
      const user = request.user as CurrentUser | null | undefined;
      const scope = askedScope(user, query.scope);
      const year = askedYear(query.year, Number(brusselsDate(now()).slice(0, 4)));
      await authorizeReport(database, user, scope, { year, report: 'yearly' });
      const name = `activity-report-${scopeKey(scope).replace(/[^a-z0-9-]/gi, '-')}-${year}.xlsx`;
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(await yearlyWorkbook(reporting, locale, scope, year, now()));
    });
  }
}
