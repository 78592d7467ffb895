// The dashboard's further figures: the Brussels map with its table, groups, applications,
// clinicians against their contingents and the directory, each table with its definition.

import { POSSIBLY_OUT_OF_DATE_AFTER_DAYS } from '../directory/domain/staleness.ts';
import { format, formatNumber, type Locale } from '../platform/i18n/index.ts';
import { Table } from '../platform/views/components.tsx';
import { rateBands } from './domain/commune-tiles.ts';
import type { Month } from './domain/months.ts';
import { figureMessages } from './figure-messages.ts';
import { type Cell, type FigureTable, figureTables } from './figure-tables.ts';
import type { DashboardFigures } from './figures.ts';
import { TileMap } from './tile-map.tsx';

export function cellText(locale: Locale, cell: Cell): string {
  if (cell === null) return figureMessages[locale].none;
  if (typeof cell === 'string') return cell;
  return formatNumber(locale, cell, Number.isInteger(cell) ? 0 : 1);
}

function FigureTableView({ locale, table }: { locale: Locale; table: FigureTable }) {
  return (
    <Table
      caption={table.caption}
      head={table.head}
      rows={table.rows.map((row) => ({
        key: String(row[0]),
        cells: row.map((cell) => cellText(locale, cell)),
      }))}
    />
  );
}

export function FiguresSection({
  locale,
  figures,
  monthName,
}: {
  locale: Locale;
  figures: DashboardFigures;
  monthName: (month: Month) => string;
}) {
  const m = figureMessages[locale];
  const first = monthName(figures.period.first);
  const last = monthName(figures.period.last);
  const tables = figureTables(locale, figures, {
    month: monthName,
    period: monthName(figures.clinicianPeriod.last),
  });
  const bands = rateBands(figures.communes.communes.map((c) => c.rate));
  return (
    <>
      <section aria-labelledby="communes-heading">
        <h2 id="communes-heading">{m.mapHeading}</h2>
        <TileMap
          locale={locale}
          title={m.mapTitle}
          description={format(locale, m.mapDescription, { first, last })}
          communes={figures.communes.communes}
          bands={bands}
        />
        <FigureTableView locale={locale} table={tables.communes} />
        <p>{format(locale, m.elsewhere, { count: formatNumber(locale, figures.communes.elsewhere) })}</p>
        <p>{format(locale, m.ratesDefinition, { first, last, year: figures.communes.populationYear })}</p>
      </section>
      {tables.groups ? (
        <section aria-labelledby="groups-heading">
          <h2 id="groups-heading">{m.groupsHeading}</h2>
          <FigureTableView locale={locale} table={tables.groups} />
          <p>{m.groupsDefinition}</p>
        </section>
      ) : null}
      {tables.stages ? (
        <section aria-labelledby="stages-heading">
          <h2 id="stages-heading">{m.stagesHeading}</h2>
          <FigureTableView locale={locale} table={tables.stages} />
          <p>{format(locale, m.stagesDefinition, { first, last })}</p>
        </section>
      ) : null}
      {tables.clinicians ? (
        <section aria-labelledby="clinicians-heading">
          <h2 id="clinicians-heading">{m.cliniciansHeading}</h2>
          <FigureTableView locale={locale} table={tables.clinicians} />
          <p>{m.cliniciansDefinition}</p>
        </section>
      ) : null}
      {tables.listing ? (
        <section aria-labelledby="listing-heading">
          <h2 id="listing-heading">{m.listingHeading}</h2>
          <FigureTableView locale={locale} table={tables.listing} />
          <p>{format(locale, m.listingDefinition, { days: POSSIBLY_OUT_OF_DATE_AFTER_DAYS })}</p>
        </section>
      ) : null}
    </>
  );
}
