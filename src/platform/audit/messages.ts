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
  from: 'Du (AAAA-MM-JJ)',
  to: 'Au (AAAA-MM-JJ)',
  dateInvalid: 'Indiquez une date au format AAAA-MM-JJ.',
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
    from: 'Van (JJJJ-MM-DD)',
    to: 'Tot (JJJJ-MM-DD)',
    dateInvalid: 'Vul een datum in als JJJJ-MM-DD.',
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
    from: 'From (YYYY-MM-DD)',
    to: 'To (YYYY-MM-DD)',
    dateInvalid: 'Enter a date as YYYY-MM-DD.',
    apply: 'Apply',
    columns: {
      what: 'What happened',
      code: 'Code (for the Action filter)',
    },
    none: 'No entries match.',
    older: 'Older entries',
  },
};
