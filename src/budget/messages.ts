// The budget capability's strings. French is the source; Dutch, English and German are typed
// against it.

import type { Translations } from '../platform/i18n/index.ts';

const fr = {
  api: {
    unauthorized:
      'Identifiez-vous\u202f: jeton d’API (Authorization: Bearer) ou session d’un administrateur du réseau.',
    forbidden: 'Vous n’avez pas accès au budget de ce réseau.',
    networkNotFound: 'Réseau «\u202f{network}\u202f» inconnu.',
    notSet: 'Aucun budget n’est encore fixé pour {year}.',
  },
  errors: {
    'over-allocation':
      'les enveloppes dépassent le montant alloué\u202f: chaque répartition, avec l’enveloppe de soutien à la première ligne, doit tenir dans le montant.',
    'below-envelopes': 'ce montant est inférieur aux enveloppes déjà réparties\u202f: réduisez-les d’abord.',
    'duplicate-envelope': 'deux enveloppes portent l’identifiant «\u202f{value}\u202f».',
    'reason-required': 'indiquez la raison de ce changement.',
    'unknown-envelope': 'enveloppe «\u202f{value}\u202f» inconnue.',
    'unknown-contingent': 'aucun contingent pour «\u202f{value}\u202f».',
    'not-set': 'fixez d’abord le montant de l’année.',
    'unknown-zone': 'zone «\u202f{value}\u202f» inconnue pour ce réseau\u202f; zones\u202f: {allowed}.',
    'unknown-function': 'fonction «\u202f{value}\u202f» inconnue\u202f; fonctions\u202f: {allowed}.',
    'label-required': 'donnez un nom à l’enveloppe.',
    'key-required': 'une enveloppe de zone ou de fonction dit laquelle (key).',
    'year-range': 'année «\u202f{value}\u202f» non valide\u202f: de 2000 à 2100.',
    'date-format': 'date «\u202f{value}\u202f» non valide\u202f: AAAA-MM-JJ attendu.',
    'split-needed':
      'la commune {value} s’étend sur plusieurs zones ({allowed})\u202f: indiquez la part de ses habitants dans chacune.',
    'split-sum': 'les parts de la commune {value} doivent faire 1 ensemble.',
    'unknown-commune': 'la commune {value} n’est dans aucune zone de ce réseau.',
    'no-population-year':
      'aucun chiffre de population n’est chargé pour {value} ou avant\u202f: importez-les d’abord.',
    'no-weight': 'donnez un poids à au moins un critère.',
    'missing-figures': 'les chiffres de {year} n’ont pas ce critère pour les communes {value}.',
    'no-population': 'les chiffres de {year} ne donnent aucun habitant pour ce critère.',
  },
};

export const budgetMessages: Translations<typeof fr> = {
  fr,
  nl: {
    api: {
      unauthorized:
        'Meld u aan: API-token (Authorization: Bearer) of sessie van een beheerder van het netwerk.',
      forbidden: 'U hebt geen toegang tot het budget van dit netwerk.',
      networkNotFound: 'Onbekend netwerk ‘{network}’.',
      notSet: 'Er is nog geen budget vastgelegd voor {year}.',
    },
    errors: {
      'over-allocation':
        'de enveloppen overschrijden het toegekende bedrag: elke verdeling moet, samen met de enveloppe voor ondersteuning van de eerste lijn, binnen het bedrag blijven.',
      'below-envelopes': 'dit bedrag is lager dan de al verdeelde enveloppen: verlaag die eerst.',
      'duplicate-envelope': 'twee enveloppen dragen de identificatie ‘{value}’.',
      'reason-required': 'geef de reden voor deze wijziging.',
      'unknown-envelope': 'onbekende enveloppe ‘{value}’.',
      'unknown-contingent': 'geen contingent voor ‘{value}’.',
      'not-set': 'leg eerst het bedrag van het jaar vast.',
      'unknown-zone': 'zone ‘{value}’ is onbekend voor dit netwerk; zones: {allowed}.',
      'unknown-function': 'onbekende functie ‘{value}’; functies: {allowed}.',
      'label-required': 'geef de enveloppe een naam.',
      'key-required': 'een enveloppe per zone of functie zegt welke (key).',
      'year-range': 'ongeldig jaar ‘{value}’: van 2000 tot 2100.',
      'date-format': 'ongeldige datum ‘{value}’: JJJJ-MM-DD verwacht.',
      'split-needed':
        'gemeente {value} ligt in meerdere zones ({allowed}): geef het aandeel van haar inwoners in elke zone.',
      'split-sum': 'de aandelen van gemeente {value} moeten samen 1 zijn.',
      'unknown-commune': 'gemeente {value} ligt in geen enkele zone van dit netwerk.',
      'no-population-year':
        'er zijn geen bevolkingscijfers geladen voor {value} of eerder: importeer ze eerst.',
      'no-weight': 'geef minstens één criterium een gewicht.',
      'missing-figures': 'de cijfers van {year} hebben dit criterium niet voor de gemeenten {value}.',
      'no-population': 'de cijfers van {year} geven geen inwoners voor dit criterium.',
    },
  },
  en: {
    api: {
      unauthorized:
        'Sign in: an API token (Authorization: Bearer) or a session of one of the network’s admins.',
      forbidden: 'You do not have access to this network’s budget.',
      networkNotFound: 'Unknown network ‘{network}’.',
      notSet: 'No budget has been set for {year} yet.',
    },
    errors: {
      'over-allocation':
        'the envelopes exceed the amount allocated: each split, with the first-line support envelope, must fit within the amount.',
      'below-envelopes': 'this amount is below the envelopes already split: lower them first.',
      'duplicate-envelope': 'two envelopes have the id ‘{value}’.',
      'reason-required': 'give the reason for this change.',
      'unknown-envelope': 'unknown envelope ‘{value}’.',
      'unknown-contingent': 'no contingent for ‘{value}’.',
      'not-set': 'set the year’s amount first.',
      'unknown-zone': 'zone ‘{value}’ is not one of this network’s; zones: {allowed}.',
      'unknown-function': 'unknown function ‘{value}’; functions: {allowed}.',
      'label-required': 'give the envelope a name.',
      'key-required': 'a zone or function envelope says which one (key).',
      'year-range': 'invalid year ‘{value}’: from 2000 to 2100.',
      'date-format': 'invalid date ‘{value}’: YYYY-MM-DD expected.',
      'split-needed':
        'commune {value} spans several zones ({allowed}): give the share of its inhabitants in each.',
      'split-sum': 'the shares of commune {value} must add up to 1.',
      'unknown-commune': 'commune {value} is in none of this network’s zones.',
      'no-population-year': 'no population figures are loaded for {value} or earlier: import them first.',
      'no-weight': 'give at least one criterion a weight.',
      'missing-figures': 'the {year} figures lack this criterion for communes {value}.',
      'no-population': 'the {year} figures give no inhabitants for this criterion.',
    },
  },
  de: {
    api: {
      unauthorized:
        'Melden Sie sich an: mit einem API-Token (Authorization: Bearer) oder als Administratorin oder Administrator des Netzwerks.',
      forbidden: 'Sie haben keinen Zugriff auf das Budget dieses Netzwerks.',
      networkNotFound: 'Unbekanntes Netzwerk „{network}“.',
      notSet: 'Für {year} ist noch kein Budget festgelegt.',
    },
    errors: {
      'over-allocation':
        'die Teilbudgets überschreiten den zugewiesenen Betrag: Jede Aufteilung muss zusammen mit dem Teilbudget zur Unterstützung der Erstlinie im Betrag Platz finden.',
      'below-envelopes':
        'dieser Betrag ist niedriger als die bereits verteilten Teilbudgets: Verringern Sie diese zuerst.',
      'duplicate-envelope': 'zwei Teilbudgets haben die Kennung „{value}“.',
      'reason-required': 'geben Sie den Grund für diese Änderung an.',
      'unknown-envelope': 'unbekanntes Teilbudget „{value}“.',
      'unknown-contingent': 'kein Kontingent für „{value}“.',
      'not-set': 'legen Sie zuerst den Betrag des Jahres fest.',
      'unknown-zone': 'die Zone „{value}“ ist für dieses Netzwerk unbekannt; Zonen: {allowed}.',
      'unknown-function': 'unbekannte Funktion „{value}“; Funktionen: {allowed}.',
      'label-required': 'geben Sie dem Teilbudget einen Namen.',
      'key-required': 'ein Teilbudget je Zone oder Funktion gibt an, für welche es gilt (key).',
      'year-range': 'ungültiges Jahr „{value}“: von 2000 bis 2100.',
      'date-format': 'ungültiges Datum „{value}“: JJJJ-MM-TT erwartet.',
      'split-needed':
        'die Gemeinde {value} erstreckt sich über mehrere Zonen ({allowed}): Geben Sie den Anteil ihrer Einwohner in jeder Zone an.',
      'split-sum': 'die Anteile der Gemeinde {value} müssen zusammen 1 ergeben.',
      'unknown-commune': 'die Gemeinde {value} liegt in keiner Zone dieses Netzwerks.',
      'no-population-year':
        'für {value} oder früher sind keine Bevölkerungszahlen geladen: Importieren Sie diese zuerst.',
      'no-weight': 'geben Sie mindestens einem Kriterium ein Gewicht.',
      'missing-figures': 'die Zahlen von {year} enthalten dieses Kriterium nicht für die Gemeinden {value}.',
      'no-population': 'die Zahlen von {year} ergeben keine Einwohner für dieses Kriterium.',
    },
  },
};

export type BudgetErrorCode = keyof typeof fr.errors;
