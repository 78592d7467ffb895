import type { Translations } from '../platform/i18n/index.ts';
import { vocabularyLabels } from '../platform/vocabulary/index.ts';
import type { LocationKind, WaitingBand } from './domain/types.ts';

// Labels of the directory's controlled lists, in each language: the shared vocabularies (kinds,
// age groups, functions, modes, specialities) come from platform/vocabulary; the lists only the
// directory has are here. Codes stay English everywhere else (API, CSV, database).
const fr = {
  ...vocabularyLabels.fr,

  waitingBands: {
    'within-a-week': 'moins d’une semaine',
    'within-a-month': 'moins d’un mois',
    'one-to-three-months': 'un à trois mois',
    'over-three-months': 'plus de trois mois',
  } satisfies Record<WaitingBand, string>,
  locationKinds: {
    practice: 'Cabinet',
    outreach: 'Lieu d’accroche',
  } satisfies Record<LocationKind, string>,
};

export const directoryLabels: Translations<typeof fr> = {
  fr,
  nl: {
    ...vocabularyLabels.nl,
    waitingBands: {
      'within-a-week': 'minder dan een week',
      'within-a-month': 'minder dan een maand',
      'one-to-three-months': 'één tot drie maanden',
      'over-three-months': 'meer dan drie maanden',
    },
    locationKinds: {
      practice: 'Praktijk',
      outreach: 'Vindplaats',
    },
  },
  en: {
    ...vocabularyLabels.en,
    waitingBands: {
      'within-a-week': 'less than a week',
      'within-a-month': 'less than a month',
      'one-to-three-months': 'one to three months',
      'over-three-months': 'more than three months',
    },
    locationKinds: {
      practice: 'Practice',
      outreach: 'Outreach venue',
    },
  },
  de: {
    ...vocabularyLabels.de,
    waitingBands: {
      'within-a-week': 'weniger als eine Woche',
      'within-a-month': 'weniger als ein Monat',
      'one-to-three-months': 'ein bis drei Monate',
      'over-three-months': 'mehr als drei Monate',
    },
    locationKinds: {
      practice: 'Praxis',
      outreach: 'Anlaufstelle',
    },
  },
};
