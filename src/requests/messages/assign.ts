import type { Translations } from '../../platform/i18n/index.ts';

// Proposing a clinician for a case: the search of the zone's conventioned clinicians, in FR
// (source), NL, EN and DE. The inbox's catalogue carries it, with the case page's.
const fr = {
  assign: {
    title: 'Proposer un clinicien pour {reference}',
    intro:
      'Les cliniciens conventionnés de la zone, filtrés selon la demande. Modifiez les filtres si besoin.',
    zone: 'Zone',
    function: 'Fonction',
    anyFunction: 'Toutes',
    search: 'Chercher',
    results: '{count, plural, =0 {Aucun clinicien ne correspond} one {# clinicien} other {# cliniciens}}',
    languages: 'Langues',
    accepting: 'Accepte de nouveaux patients',
    notAccepting: 'N’accepte pas de nouveaux patients',
    choose: 'Proposer {name}',
  },
};

export const assignMessages: Translations<typeof fr> = {
  fr,
  nl: {
    assign: {
      title: 'Een zorgverlener voorstellen voor {reference}',
      intro:
        'De geconventioneerde zorgverleners van de zone, gefilterd volgens de aanvraag. Pas de filters aan indien nodig.',
      zone: 'Zone',
      function: 'Functie',
      anyFunction: 'Alle',
      search: 'Zoeken',
      results:
        '{count, plural, =0 {Geen zorgverleners gevonden} one {# zorgverlener} other {# zorgverleners}}',
      languages: 'Talen',
      accepting: 'Neemt nieuwe patiënten aan',
      notAccepting: 'Neemt geen nieuwe patiënten aan',
      choose: '{name} voorstellen',
    },
  },
  en: {
    assign: {
      title: 'Propose a clinician for {reference}',
      intro: 'The zone’s conventioned clinicians, filtered by the request. Change the filters if needed.',
      zone: 'Zone',
      function: 'Function',
      anyFunction: 'All',
      search: 'Search',
      results: '{count, plural, =0 {No clinician matches} one {# clinician} other {# clinicians}}',
      languages: 'Languages',
      accepting: 'Accepting new patients',
      notAccepting: 'Not accepting new patients',
      choose: 'Propose {name}',
    },
  },
  de: {
    assign: {
      title: 'Eine Fachkraft für {reference} vorschlagen',
      intro:
        'Die konventionierten Fachkräfte der Zone, nach der Anfrage gefiltert. Ändern Sie die Filter bei Bedarf.',
      zone: 'Zone',
      function: 'Funktion',
      anyFunction: 'Alle',
      search: 'Suchen',
      results: '{count, plural, =0 {Keine passende Fachkraft} one {# Fachkraft} other {# Fachkräfte}}',
      languages: 'Sprachen',
      accepting: 'Nimmt neue Patientinnen und Patienten auf',
      notAccepting: 'Nimmt keine neuen Patientinnen und Patienten auf',
      choose: '{name} vorschlagen',
    },
  },
};
