// The further figures as tables of raw cells (numbers stay numbers for the XLSX; null is "none"),
// shared by the dashboard, its XLSX and the yearly report. `published` tables leave the staff
// screens: every count of people under 5 becomes "< 5", and where a total printed beside them
// would give them back, figures are hidden too (domain/suppression.ts).

import { WAITING_BANDS } from '../directory/domain/types.ts';
import { directoryLabels } from '../directory/labels.ts';
import { format, type Locale } from '../platform/i18n/index.ts';
import { USE_BANDS } from './domain/contingent-use.ts';
import type { Month } from './domain/months.ts';
import { isPublishable, suppressList } from './domain/suppression.ts';
import { figureMessages } from './figure-messages.ts';
import { communeLabel, type DashboardFigures } from './figures.ts';

export type Cell = string | number | null;

export interface FigureTable {
  caption: string;
  head: string[];
  rows: Cell[][];
}

export interface FigureTables {
  communes: FigureTable;
  groups: FigureTable | null;
  stages: FigureTable | null;
  clinicians: FigureTable | null;
  listing: FigureTable | null;
}

export function figureTables(
  locale: Locale,
  figures: DashboardFigures,
  names: { month: (month: Month) => string; period: string },
  published = false,
): FigureTables {
  const m = figureMessages[locale];
  const small = m.small;
  /** A count of people as it may be shown: exact on staff screens, "< 5" once published. */
  const people = (n: number): Cell => (!published || isPublishable(n) ? n : small);
  /** A figure derived from a count of people, shown only when that count is. */
  const derived = (count: number, value: number | null): Cell =>
    !published || isPublishable(count) ? value : value === null ? null : small;
  const hiddenList = (values: number[]): Cell[] => {
    if (!published) return [...values, values.reduce((a, b) => a + b, 0)];
    const list = suppressList(values);
    return [...list.values, list.total].map((value) => (value === null ? small : value));
  };

  const communes: FigureTable = {
    caption: m.communesCaption,
    head: [m.commune, m.patients, m.inhabitants, m.rate],
    rows: figures.communes.communes.map((c) => [
      communeLabel(c, locale),
      people(c.patients),
      c.inhabitants,
      derived(c.patients, c.rate),
    ]),
  };

  let groups: FigureTable | null = null;
  if (figures.groups) {
    const participants = hiddenList(figures.groups.map((g) => g.participants));
    const held = figures.groups.map((g) => g.groups);
    groups = {
      caption: m.groupsCaption,
      head: [m.month, m.groups, m.participants],
      rows: [
        ...figures.groups.map((g, i) => [names.month(g.month), g.groups, participants[i]!]),
        [m.wholePeriod, held.reduce((a, b) => a + b, 0), participants[participants.length - 1]!],
      ],
    };
  }

  const stages = figures.stages && {
    caption: m.stagesCaption,
    head: [m.stage, m.applications, m.medianDays],
    rows: figures.stages.map((s) => [
      m.stages[s.stage],
      people(s.applications),
      derived(s.applications, s.medianDays),
    ]),
  };

  let clinicians: FigureTable | null = null;
  if (figures.clinicians) {
    const c = figures.clinicians;
    const bands = hiddenList(USE_BANDS.map((band) => c.bands[band]));
    clinicians = {
      caption: format(locale, m.cliniciansCaption, { period: names.period }),
      head: [m.figure, m.value],
      rows: [
        [m.active, people(c.activeClinicians)],
        [m.medianSessions, derived(c.activeClinicians, c.medianSessions)],
        [m.withContingent, bands[bands.length - 1]!],
        [m.sessionsOfHolders, derived(c.withContingent, c.sessionsOfHolders)],
        [m.expected, derived(c.withContingent, c.expected)],
        ...USE_BANDS.map((band, i) => [m.useBands[band], bands[i]!]),
      ],
    };
  }

  let listing: FigureTable | null = null;
  if (figures.listing) {
    const l = figures.listing;
    const bands = hiddenList(WAITING_BANDS.map((band) => l.bands[band]));
    const acceptingShown =
      !published || (isPublishable(l.accepting) && isPublishable(l.listed - l.accepting));
    const labels = directoryLabels[locale].waitingBands;
    listing = {
      caption: m.listingCaption,
      head: [m.figure, m.value],
      rows: [
        [m.listed, bands[bands.length - 1]!],
        [m.accepting, acceptingShown ? l.accepting : small],
        ...WAITING_BANDS.map((band, i) => [format(locale, m.waitingBand, { band: labels[band] }), bands[i]!]),
        [m.outOfDate, people(l.outOfDate)],
      ],
    };
  }
  return { communes, groups, stages, clinicians, listing };
}
