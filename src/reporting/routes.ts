// The public statistics API: sessions and patients of a network, grouped as asked, small
// numbers suppressed. Contract (issue 14): GET /api/v1/statistics/sessions?network=…&from=YYYY-MM
// &to=YYYY-MM&groupBy=month[,function,ageBand,commune].

import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import type { Clinician } from '../directory/domain/types.ts';
import type { Database } from '../platform/db/database.ts';
import { type FieldError, invalidParameters } from '../platform/http/problem.ts';
import { LangParam, MonthString, Problem } from '../platform/http/schemas.ts';
import { format, type Locale } from '../platform/i18n/index.ts';
import type { ReferenceService } from '../reference/service.ts';
import { registerDashboardPages } from './dashboard-page.tsx';
import type { Month } from './domain/months.ts';
import { figureSourcesOf } from './figure-sources.ts';
import { type InhabitantsSource, NO_INHABITANTS } from './inhabitants.ts';
import { reportingMessages } from './messages.ts';
import { registerReportingPages } from './pages.tsx';
import type { RequestWaitsSource } from './request-waits.ts';
import { MAX_MONTHS, PUBLIC_DIMENSIONS, ReportingService, type StatisticsProblem } from './service.ts';
import { registerYearlyReport } from './yearly-report.ts';

export const StatisticsQuerySchema = Type.Object(
  {
    network: Type.String({ minLength: 1, maxLength: 64 }),
    from: MonthString,
    to: MonthString,
    groupBy: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    lang: LangParam,
  },
  { additionalProperties: false },
);

const Nullable = <T extends Type.TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const StatisticsAnswer = Type.Object({
  network: Type.String(),
  from: Type.String(),
  to: Type.String(),
  groupBy: Type.Array(Type.String()),
  rows: Type.Array(
    Type.Object({
      month: Type.Optional(Type.String()),
      function: Type.Optional(Type.String()),
      ageBand: Type.Optional(Type.String()),
      commune: Type.Optional(Nullable(Type.String())),
      sessions: Nullable(Type.Integer()),
      patients: Nullable(Type.Integer()),
      suppressed: Type.Boolean(),
    }),
  ),
});

function problemMessage(locale: Locale, problem: StatisticsProblem, networks: string[]): FieldError {
  const m = reportingMessages[locale].api;
  switch (problem.code) {
    case 'unknown-network':
      return {
        field: problem.field,
        code: problem.code,
        message: format(locale, m.unknownNetwork, { value: problem.value, networks: networks.join(', ') }),
      };
    case 'unknown-group-by':
      return {
        field: problem.field,
        code: problem.code,
        message: format(locale, m.unknownGroupBy, {
          value: problem.value,
          dimensions: PUBLIC_DIMENSIONS.join(', '),
        }),
      };
    case 'to-before-from':
      return { field: problem.field, code: problem.code, message: m.toBeforeFrom };
    case 'too-long':
      return {
        field: problem.field,
        code: problem.code,
        message: format(locale, m.tooLong, { months: MAX_MONTHS }),
      };
  }
}

/**
 * Reporting's API and pages, on the services the app already opened. Population comes from the
 * budget capability's reference table once it lands; until then rates say they are not available.
 */
export function registerReporting(
  app: FastifyInstance,
  database: Database,
  services: {
    reference: ReferenceService;
    requests?: RequestWaitsSource;
    directory?: { listedClinicians(): Clinician[] };
  },
  inhabitants: InhabitantsSource = NO_INHABITANTS,
): ReportingService {
  const reporting = new ReportingService(database, services.reference, {
    inhabitants,
    requests: services.requests,
    figures: services.directory ? figureSourcesOf(database, services.directory) : undefined,
  });
  registerReportingRoutes(app, reporting);
  registerReportingPages(app, reporting, () => new Date());
  registerDashboardPages(app, reporting, database, () => new Date());
  registerYearlyReport(app, reporting, database, () => new Date());
  return reporting;
}

export function registerReportingRoutes(app: FastifyInstance, reporting: ReportingService): void {
  app.get(
    '/api/v1/statistics/sessions',
    {
      schema: {
        summary: 'Sessions and patients of a network by month, function, age band or commune (public)',
        description:
          '`groupBy` takes `month`, `function`, `ageBand` and `commune` (the Statbel NIS code of where patients live), ' +
          'combined with commas; default `month`. Counts are of sessions not cancelled and of distinct patients. ' +
          'A row about fewer than 5 patients has `suppressed: true` and null for `sessions` and `patients`. ' +
          `At most ${MAX_MONTHS} months per call. Unknown network, grouping or a bad month answer 400 naming the parameter.`,
        tags: ['statistics'],
        querystring: StatisticsQuerySchema,
        response: { 200: StatisticsAnswer, 400: Problem },
      },
    },
    async (request) => {
      const query = request.query as Type.Static<typeof StatisticsQuerySchema>;
      const asked = {
        network: query.network,
        from: query.from as Month,
        to: query.to as Month,
        groupBy: query.groupBy ?? 'month',
      };
      const { problems, groupBy } = reporting.checkStatisticsQuery(asked);
      if (problems.length > 0) {
        const networks = reporting.networkIds();
        throw invalidParameters(
          request.locale,
          problems.map((problem) => problemMessage(request.locale, problem, networks)),
        );
      }
      const rows = await reporting.publicSessionStatistics(asked, groupBy);
      return {
        network: asked.network,
        from: asked.from,
        to: asked.to,
        groupBy,
        rows: rows.map((row) => ({
          ...row.keys,
          sessions: row.sessions,
          patients: row.patients,
          suppressed: row.suppressed,
        })),
      };
    },
  );
}
