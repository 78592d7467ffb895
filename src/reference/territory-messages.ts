// Sentences of the territory check (`passerelle check territory`, imports, the admin page).

import { format, type Locale, type Translations } from '../platform/i18n/index.ts';
import type { TerritoryGap, TerritoryProblem, TerritoryReport } from './domain/territory.ts';
import { placeName } from './domain/types.ts';

const fr = {
  complete:
    '{units, plural, one {# territoire chargé} other {# territoires chargés}} ({list}), {communes, plural, one {# commune} other {# communes}}\u202f: chacune a un réseau pour enfants et jeunes et un réseau pour adultes, ou un réseau mixte.',
  incomplete:
    '{count, plural, one {# commune n’a pas} other {# communes n’ont pas}} exactement un réseau pour enfants et jeunes et un réseau pour adultes (ou un réseau mixte), sur {communes} dans {list}\u202f:',
  gap: '{nis} {name}\u202f: {problems}{networks, select, none {} other { (réseaux\u202f: {networks})}}.',
  nothingLoaded: 'Aucun réseau n’a encore de territoire.',
  problems: {
    'no-youth': 'aucun réseau pour enfants et jeunes',
    'no-adult': 'aucun réseau pour adultes',
    'several-youth': 'plusieurs réseaux pour enfants et jeunes',
    'several-adult': 'plusieurs réseaux pour adultes',
    'several-mixed': 'plusieurs réseaux mixtes',
    'mixed-and-other': 'un réseau mixte et un autre réseau',
  } satisfies Record<TerritoryProblem, string>,
};

export const territoryMessages: Translations<typeof fr> = {
  fr,
  nl: {
    complete:
      '{units, plural, one {# geladen gebied} other {# geladen gebieden}} ({list}), {communes, plural, one {# gemeente} other {# gemeenten}}: elke gemeente heeft één netwerk voor kinderen en jongeren en één voor volwassenen, of één gemengd netwerk.',
    incomplete:
      '{count, plural, one {# gemeente heeft} other {# gemeenten hebben}} niet precies één netwerk voor kinderen en jongeren en één voor volwassenen (of één gemengd netwerk), van de {communes} in {list}:',
    gap: '{nis} {name}: {problems}{networks, select, none {} other { (netwerken: {networks})}}.',
    nothingLoaded: 'Nog geen enkel netwerk heeft een gebied.',
    problems: {
      'no-youth': 'geen netwerk voor kinderen en jongeren',
      'no-adult': 'geen netwerk voor volwassenen',
      'several-youth': 'meerdere netwerken voor kinderen en jongeren',
      'several-adult': 'meerdere netwerken voor volwassenen',
      'several-mixed': 'meerdere gemengde netwerken',
      'mixed-and-other': 'een gemengd netwerk en nog een ander netwerk',
    },
  },
  en: {
    complete:
      '{units, plural, one {# territory loaded} other {# territories loaded}} ({list}), {communes, plural, one {# commune} other {# communes}}: each has one network for children and young people and one for adults, or one mixed network.',
    incomplete:
      '{count, plural, one {# commune does not have} other {# communes do not have}} exactly one network for children and young people and one for adults (or one mixed network), of {communes} in {list}:',
    gap: '{nis} {name}: {problems}{networks, select, none {} other { (networks: {networks})}}.',
    nothingLoaded: 'No network has a territory yet.',
    problems: {
      'no-youth': 'no network for children and young people',
      'no-adult': 'no network for adults',
      'several-youth': 'several networks for children and young people',
      'several-adult': 'several networks for adults',
      'several-mixed': 'several mixed networks',
      'mixed-and-other': 'a mixed network and another network',
    },
  },
  de: {
    complete:
      '{units, plural, one {# geladenes Gebiet} other {# geladene Gebiete}} ({list}), {communes, plural, one {# Gemeinde} other {# Gemeinden}}: Jede Gemeinde hat ein Netzwerk für Kinder und Jugendliche und ein Netzwerk für Erwachsene, oder ein gemischtes Netzwerk.',
    incomplete:
      '{count, plural, one {# Gemeinde hat} other {# Gemeinden haben}} nicht genau ein Netzwerk für Kinder und Jugendliche und ein Netzwerk für Erwachsene (oder ein gemischtes Netzwerk), von {communes} in {list}:',
    gap: '{nis} {name}: {problems}{networks, select, none {} other { (Netzwerke: {networks})}}.',
    nothingLoaded: 'Noch kein Netzwerk hat ein Gebiet.',
    problems: {
      'no-youth': 'kein Netzwerk für Kinder und Jugendliche',
      'no-adult': 'kein Netzwerk für Erwachsene',
      'several-youth': 'mehrere Netzwerke für Kinder und Jugendliche',
      'several-adult': 'mehrere Netzwerke für Erwachsene',
      'several-mixed': 'mehrere gemischte Netzwerke',
      'mixed-and-other': 'ein gemischtes Netzwerk und ein anderes Netzwerk',
    },
  },
};

export function describeGap(locale: Locale, gap: TerritoryGap): string {
  const m = territoryMessages[locale];
  return format(locale, m.gap, {
    nis: gap.nis,
    name: placeName(gap.names, locale),
    problems: gap.problems.map((problem) => m.problems[problem]).join(', '),
    networks: gap.networkIds.length > 0 ? gap.networkIds.join(', ') : 'none',
  });
}

/** The report as lines: a summary, then one line per commune that does not resolve. */
export function describeTerritory(locale: Locale, report: TerritoryReport): string[] {
  const m = territoryMessages[locale];
  if (report.units.length === 0) return [m.nothingLoaded];
  const list = report.units.map((unit) => report.unitNames[unit]![locale]).join(', ');
  if (report.gaps.length === 0)
    return [format(locale, m.complete, { units: report.units.length, list, communes: report.communes })];
  return [
    format(locale, m.incomplete, { count: report.gaps.length, communes: report.communes, list }),
    ...report.gaps.map((gap) => `  ${describeGap(locale, gap)}`),
  ];
}
