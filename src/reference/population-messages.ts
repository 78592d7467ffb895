// Sentences for the problems of a population file (the common ones are the platform's).

import type { Translations } from '../platform/i18n/index.ts';

const fr = {
  'nis-format': 'code INS «\u202f{value}\u202f» non valide\u202f: 5 chiffres attendus.',
  'year-format': 'année «\u202f{value}\u202f» non valide\u202f: 4 chiffres attendus, de 1990 à 2100.',
  'count-format': 'nombre «\u202f{value}\u202f» non valide\u202f: un nombre entier sans séparateur attendu.',
  'more-than-inhabitants': '{value} jeunes habitants, soit plus que d’habitants.',
  'share-format':
    'part «\u202f{value}\u202f» non valide\u202f: une fraction de 0 à 1 (0,27) ou un pourcentage (27\u202f%) attendu.',
  'duplicate-commune-year': 'la commune {value} figure déjà pour {year} à la ligne {first}.',
};

export const populationImportMessages: Translations<typeof fr> = {
  fr,
  nl: {
    'nis-format': 'ongeldige NIS-code ‘{value}’: 5 cijfers verwacht.',
    'year-format': 'ongeldig jaar ‘{value}’: 4 cijfers verwacht, van 1990 tot 2100.',
    'count-format': 'ongeldig aantal ‘{value}’: een geheel getal zonder scheidingsteken verwacht.',
    'more-than-inhabitants': '{value} jonge inwoners, meer dan er inwoners zijn.',
    'share-format':
      'ongeldig aandeel ‘{value}’: een breuk van 0 tot 1 (0,27) of een percentage (27 %) verwacht.',
    'duplicate-commune-year': 'gemeente {value} staat voor {year} al op rij {first}.',
  },
  en: {
    'nis-format': 'invalid NIS code ‘{value}’: 5 digits expected.',
    'year-format': 'invalid year ‘{value}’: 4 digits expected, from 1990 to 2100.',
    'count-format': 'invalid number ‘{value}’: a whole number without separators expected.',
    'more-than-inhabitants': '{value} young inhabitants, more than there are inhabitants.',
    'share-format': 'invalid share ‘{value}’: a fraction from 0 to 1 (0.27) or a percentage (27%) expected.',
    'duplicate-commune-year': 'commune {value} is already listed for {year} on row {first}.',
  },
  de: {
    'nis-format': 'ungültiger NIS-Code „{value}“: 5 Ziffern erwartet.',
    'year-format': 'ungültiges Jahr „{value}“: 4 Ziffern erwartet, von 1990 bis 2100.',
    'count-format': 'ungültige Zahl „{value}“: eine ganze Zahl ohne Trennzeichen erwartet.',
    'more-than-inhabitants': '{value} junge Einwohner, also mehr als Einwohner.',
    'share-format':
      'ungültiger Anteil „{value}“: ein Bruch von 0 bis 1 (0,27) oder ein Prozentsatz (27 %) erwartet.',
    'duplicate-commune-year': 'die Gemeinde {value} steht für {year} bereits in Zeile {first}.',
  },
};
