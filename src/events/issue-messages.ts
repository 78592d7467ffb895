// What is wrong with an event or a registration, field by field (issues.ts), for the pages and
// the API alike. French is the source; Dutch, English and German are typed against it.

import type { Translations } from '../platform/i18n/index.ts';

const fr = {
  required: 'Complétez le champ «\u202f{field}\u202f».',
  'too-long': 'Le champ «\u202f{field}\u202f» est trop long.',
  invalid: 'Le champ «\u202f{field}\u202f» n’est pas valable.',
  'holds-niss': 'Le champ «\u202f{field}\u202f» semble contenir un numéro national. Retirez-le.',
  'in-past': 'La date et l’heure doivent être dans le futur.',
  'ends-before-start': 'L’heure de fin doit suivre l’heure de début.',
  'venue-or-link': 'Indiquez un lieu ou un lien en ligne.',
  'venue-required': 'Une séance de groupe a lieu dans un lieu\u202f: indiquez-le.',
  'co-leader-required': 'Une séance de groupe est co-animée\u202f: indiquez la co-animation.',
};

export const eventIssueMessages: Translations<typeof fr> = {
  fr,
  nl: {
    required: 'Vul het veld “{field}” in.',
    'too-long': 'Het veld “{field}” is te lang.',
    invalid: 'Het veld “{field}” is niet geldig.',
    'holds-niss': 'Het veld “{field}” lijkt een rijksregisternummer te bevatten. Verwijder het.',
    'in-past': 'Datum en uur moeten in de toekomst liggen.',
    'ends-before-start': 'Het einduur moet na het beginuur komen.',
    'venue-or-link': 'Vul een plaats of een onlinelink in.',
    'venue-required': 'Een groepssessie vindt op een plaats plaats: vul die in.',
    'co-leader-required': 'Een groepssessie wordt samen begeleid: vul de co-begeleiding in.',
  },
  en: {
    required: 'Fill in “{field}”.',
    'too-long': '“{field}” is too long.',
    invalid: '“{field}” is not valid.',
    'holds-niss': '“{field}” seems to contain a national number. Remove it.',
    'in-past': 'The date and time must be in the future.',
    'ends-before-start': 'The end time must come after the start time.',
    'venue-or-link': 'Enter a venue or an online link.',
    'venue-required': 'A group session takes place at a venue: enter it.',
    'co-leader-required': 'A group session is co-led: enter who co-leads it.',
  },
  de: {
    required: 'Füllen Sie das Feld „{field}“ aus.',
    'too-long': 'Das Feld „{field}“ ist zu lang.',
    invalid: 'Das Feld „{field}“ ist ungültig.',
    'holds-niss':
      'Das Feld „{field}“ scheint eine Nationalregisternummer (INSZ) zu enthalten. Entfernen Sie sie.',
    'in-past': 'Datum und Uhrzeit müssen in der Zukunft liegen.',
    'ends-before-start': 'Die Endzeit muss nach der Anfangszeit liegen.',
    'venue-or-link': 'Geben Sie einen Ort oder einen Online-Link an.',
    'venue-required': 'Eine Gruppensitzung findet an einem Ort statt: Geben Sie ihn an.',
    'co-leader-required': 'Eine Gruppensitzung hat eine Co-Leitung: Geben Sie sie an.',
  },
};
