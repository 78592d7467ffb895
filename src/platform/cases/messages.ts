import type { Translations } from '../i18n/index.ts';

// The words every case page shares: the confirmation step of an action that cannot be undone.

const fr = {
  actions: 'Actions',
  otherActions: 'Autres actions',
  timeline: 'Historique',
  confirmTitle: 'Confirmer\u202f: {action}',
  irreversible: 'Cela ne pourra pas être annulé.',
  youTyped: 'Ce que vous avez écrit',
  confirm: 'Oui, {action}',
  cancel: 'Non, revenir au dossier',
};

export const caseLayoutMessages: Translations<typeof fr> = {
  fr,
  nl: {
    actions: 'Acties',
    otherActions: 'Andere acties',
    timeline: 'Geschiedenis',
    confirmTitle: 'Bevestigen: {action}',
    irreversible: 'Dit kan niet ongedaan worden gemaakt.',
    youTyped: 'Wat u schreef',
    confirm: 'Ja, {action}',
    cancel: 'Nee, terug naar het dossier',
  },
  en: {
    actions: 'Actions',
    otherActions: 'Other actions',
    timeline: 'History',
    confirmTitle: 'Confirm: {action}',
    irreversible: 'This cannot be undone.',
    youTyped: 'What you wrote',
    confirm: 'Yes, {action}',
    cancel: 'No, go back to the case',
  },
  de: {
    actions: 'Aktionen',
    otherActions: 'Weitere Aktionen',
    timeline: 'Verlauf',
    confirmTitle: 'Bestätigen: {action}',
    irreversible: 'Das kann nicht rückgängig gemacht werden.',
    youTyped: 'Was Sie geschrieben haben',
    confirm: 'Ja, {action}',
    cancel: 'Nein, zurück zur Akte',
  },
};
