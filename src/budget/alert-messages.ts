// The e-mail a network's admins get when a budget alert is raised, in each admin's language.

import { format, formatEuros, type Locale, type Translations } from '../platform/i18n/index.ts';
import type { BudgetAlert, EnvelopeFigures, Figures } from './domain/index.ts';

const fr = {
  subject: 'Budget {year} de {network}\u202f: seuil d’alerte dépassé',
  intro: 'Le budget {year} de {network} a franchi un seuil d’alerte\u202f:',
  whole: 'l’ensemble du budget',
  consumption: '{envelope}\u202f: {threshold}\u202f% du montant consommé ({consumed} sur {allocation}).',
  forecast: '{envelope}\u202f: la prévision au 31 décembre ({forecast}) dépasse le montant ({allocation}).',
  outro: 'Chaque seuil n’est signalé qu’une fois par an. Le détail est sur la page Budget de Passerelle.',
};

export const alertMessages: Translations<typeof fr> = {
  fr,
  nl: {
    subject: 'Budget {year} van {network}: waarschuwingsdrempel overschreden',
    intro: 'Het budget {year} van {network} heeft een waarschuwingsdrempel overschreden:',
    whole: 'het hele budget',
    consumption: '{envelope}: {threshold}% van het bedrag verbruikt ({consumed} van {allocation}).',
    forecast: '{envelope}: de prognose tot 31 december ({forecast}) overschrijdt het bedrag ({allocation}).',
    outro:
      'Elke drempel wordt maar één keer per jaar gemeld. De details staan op de pagina Budget van Passerelle.',
  },
  en: {
    subject: '{network} budget {year}: alert threshold passed',
    intro: 'The {year} budget of {network} has passed an alert threshold:',
    whole: 'the whole budget',
    consumption: '{envelope}: {threshold}% of the amount consumed ({consumed} of {allocation}).',
    forecast: '{envelope}: the forecast to 31 December ({forecast}) exceeds the amount ({allocation}).',
    outro: 'Each threshold is reported once a year. The details are on Passerelle’s Budget page.',
  },
  de: {
    subject: 'Budget {year} von {network}: Warnschwelle überschritten',
    intro: 'Das Budget {year} von {network} hat eine Warnschwelle überschritten:',
    whole: 'das gesamte Budget',
    consumption: '{envelope}: {threshold}\u00a0% des Betrags verbraucht ({consumed} von {allocation}).',
    forecast: '{envelope}: Die Prognose zum 31. Dezember ({forecast}) übersteigt den Betrag ({allocation}).',
    outro:
      'Jede Schwelle wird nur einmal pro Jahr gemeldet. Die Einzelheiten finden Sie auf der Seite „Budget“ in Passerelle.',
  },
};

/** The subject and text of the alert e-mail for the alerts just raised. */
export function alertMail(
  locale: Locale,
  input: {
    year: number;
    network: string;
    alerts: readonly BudgetAlert[];
    figuresOf: (
      envelopeId: string,
    ) => { label: string | null; figures: Figures | EnvelopeFigures } | undefined;
  },
): { subject: string; text: string } {
  const m = alertMessages[locale];
  const lines = input.alerts.map((alert) => {
    const found = input.figuresOf(alert.envelopeId);
    const figures = found?.figures;
    const values = {
      envelope: found?.label ?? m.whole,
      threshold: alert.threshold,
      consumed: formatEuros(locale, figures?.consumedCents ?? 0),
      allocation: formatEuros(locale, figures?.allocationCents ?? 0),
      forecast: formatEuros(locale, figures?.forecastCents ?? 0),
    };
    return `- ${format(locale, alert.kind === 'forecast' ? m.forecast : m.consumption, values)}`;
  });
  const names = { year: input.year, network: input.network };
  return {
    subject: format(locale, m.subject, names),
    text: [format(locale, m.intro, names), '', ...lines, '', m.outro].join('\n'),
  };
}
