import type { Translations } from '../i18n/index.ts';

const fr = {
  title: 'Journal d’audit',
  intro:
    'Chaque lecture et chaque modification d’un dossier par le personnel, et chaque changement de rôle, y est inscrit. Rien ne peut y être modifié ni effacé.',
  filters: 'Filtrer',
  network: 'Réseau',
  allNetworks: 'Tous les réseaux',
  actor: 'Personne (adresse e-mail)',
  action: 'Action',
  actionHint: 'Par exemple case.read, ou case pour toutes les actions sur les dossiers.',
  resourceId: 'Identifiant du dossier ou du compte',
  from: 'Du (JJ/MM/AAAA)',
  to: 'Au (JJ/MM/AAAA)',
  fromInvalid:
    'Du\u202f: «\u202f{value}\u202f» n’est pas une date qui existe. Écrivez-la au format JJ/MM/AAAA.',
  toInvalid:
    'Au\u202f: «\u202f{value}\u202f» n’est pas une date qui existe. Écrivez-la au format JJ/MM/AAAA.',
  apply: 'Appliquer',
  columns: {
    what: 'Ce qui s’est passé',
    code: 'Code (pour le filtre Action)',
  },
  none: 'Aucune entrée ne correspond.',
  older: 'Entrées plus anciennes',
};

export const auditMessages: Translations<typeof fr> = {
  fr,
  nl: {
    title: 'Auditlogboek',
    intro:
      'Elke raadpleging en wijziging van een dossier door medewerkers, en elke rolwijziging, wordt hier ingeschreven. Niets kan worden gewijzigd of gewist.',
    filters: 'Filteren',
    network: 'Netwerk',
    allNetworks: 'Alle netwerken',
    actor: 'Persoon (e-mailadres)',
    action: 'Actie',
    actionHint: 'Bijvoorbeeld case.read, of case voor alle acties op dossiers.',
    resourceId: 'Identificatie van het dossier of account',
    from: 'Van (DD/MM/JJJJ)',
    to: 'Tot (DD/MM/JJJJ)',
    fromInvalid: 'Van: ‘{value}’ is geen bestaande datum. Schrijf ze in de vorm DD/MM/JJJJ.',
    toInvalid: 'Tot: ‘{value}’ is geen bestaande datum. Schrijf ze in de vorm DD/MM/JJJJ.',
    apply: 'Toepassen',
    columns: {
      what: 'Wat er gebeurde',
      code: 'Code (voor de filter Actie)',
    },
    none: 'Geen overeenkomende inschrijvingen.',
    older: 'Oudere inschrijvingen',
  },
  en: {
    title: 'Audit log',
    intro:
      'Every staff read and change of a case, and every change of role, is written here. Nothing can be changed or erased.',
    filters: 'Filter',
    network: 'Network',
    allNetworks: 'All networks',
    actor: 'Person (email address)',
    action: 'Action',
    actionHint: 'For example case.read, or case for every action on cases.',
    resourceId: 'Identifier of the case or account',
    from: 'From (DD/MM/YYYY)',
    to: 'To (DD/MM/YYYY)',
    fromInvalid: 'From: ‘{value}’ is not a date that exists. Write it as DD/MM/YYYY.',
    toInvalid: 'To: ‘{value}’ is not a date that exists. Write it as DD/MM/YYYY.',
    apply: 'Apply',
    columns: {
      what: 'What happened',
      code: 'Code (for the Action filter)',
    },
    none: 'No entries match.',
    older: 'Older entries',
  },
  de: {
    title: 'Prüfprotokoll',
    intro:
      'Jede Einsicht und jede Änderung einer Akte durch das Personal sowie jeder Rollenwechsel wird hier eingetragen. Nichts davon kann geändert oder gelöscht werden.',
    filters: 'Filtern',
    network: 'Netzwerk',
    allNetworks: 'Alle Netzwerke',
    actor: 'Person (E-Mail-Adresse)',
    action: 'Aktion',
    actionHint: 'Zum Beispiel case.read, oder case für alle Aktionen an Akten.',
    resourceId: 'Kennung der Akte oder des Kontos',
    from: 'Vom (TT.MM.JJJJ)',
    to: 'Bis (TT.MM.JJJJ)',
    fromInvalid: 'Vom: „{value}“ ist kein existierendes Datum. Schreiben Sie es im Format TT.MM.JJJJ.',
    toInvalid: 'Bis: „{value}“ ist kein existierendes Datum. Schreiben Sie es im Format TT.MM.JJJJ.',
    apply: 'Anwenden',
    columns: {
      what: 'Was geschah',
      code: 'Code (für den Filter „Aktion“)',
    },
    none: 'Keine passenden Einträge.',
    older: 'Ältere Einträge',
  },
};
